package kr.corepolicy.service.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;

/** The organisation chart. */
@Stateless
public class OrganizationService {

    @PersistenceContext
    private EntityManager em;

    /** Every active unit, parents fetched with one query, in chart order. */
    @RolesAllowed(Role.Names.USER)
    public List<OrgUnit> activeUnits() {
        return em.createQuery("select o from OrgUnit o left join fetch o.parent where o.active = true "
                        + "order by o.sortOrder, o.code", OrgUnit.class)
                .getResultList();
    }

    public Optional<OrgUnit> findByCode(String code) {
        return em.createQuery("select o from OrgUnit o where o.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public long countUnits() {
        return em.createQuery("select count(o) from OrgUnit o", Long.class).getSingleResult();
    }

    /** Adds a unit at start-up or by an administrator; the chart rules are the entity's. */
    public OrgUnit addUnit(String parentCode, String code, String nameKo, String nameEn, OrgUnitType type,
            int sortOrder) {
        OrgUnit unit;
        if (parentCode == null) {
            unit = OrgUnit.city(code, nameKo, nameEn);
        } else {
            OrgUnit parent = findByCode(parentCode)
                    .orElseThrow(() -> new kr.corepolicy.domain.shared.NotFoundException("OrgUnit", parentCode));
            unit = OrgUnit.under(parent, code, nameKo, nameEn, type, sortOrder);
        }
        em.persist(unit);
        return unit;
    }
}
