package kr.corepolicy.service.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;

/** The organisation chart. */
@Stateless
public class OrganizationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Resource
    private SessionContext context;

    /** Every active unit, parents fetched with one query, in chart order. */
    @RolesAllowed(Role.Names.USER)
    public List<OrgUnit> activeUnits() {
        return em.createQuery("select o from OrgUnit o left join fetch o.parent where o.active = true "
                        + "order by o.sortOrder, o.code", OrgUnit.class)
                .getResultList();
    }

    /** The active people of a department and its teams (candidates for task officer), by name. */
    @RolesAllowed(Role.Names.USER)
    public List<UserAccount> peopleOf(String unitCode) {
        return em.createQuery("select u from UserAccount u join fetch u.orgUnit o where u.active = true "
                        + "and (o.code = :code or o.parent.code = :code) order by u.displayName", UserAccount.class)
                .setParameter("code", unitCode == null ? "" : unitCode)
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

    /** An administrator adds a unit to the chart; the chart rules are the entity's. */
    @RolesAllowed(Role.Names.ADMIN)
    public OrgUnit createUnit(String parentCode, String code, String nameKo, String nameEn, OrgUnitType type) {
        if (findByCode(code == null ? "" : code.strip()).isPresent()) {
            throw new InvalidInputException("code", "org.unit.codeTaken", "unit code taken: " + code, code);
        }
        int order = em.createQuery("select coalesce(max(o.sortOrder), 0) from OrgUnit o", Integer.class)
                .getSingleResult() + 1;
        OrgUnit unit = addUnit(parentCode, code == null ? null : code.strip(), nameKo, nameEn, type, order);
        audit.record(context.getCallerPrincipal().getName(), AuditAction.ORG_UNIT_CHANGED, "unit:" + unit.getCode(),
                "created under " + parentCode, null);
        return unit;
    }

    /** An administrator renames a unit or deactivates it (units are never deleted). */
    @RolesAllowed(Role.Names.ADMIN)
    public void updateUnit(String code, String nameKo, String nameEn, boolean active) {
        OrgUnit unit = findByCode(code).orElseThrow(() -> new NotFoundException("OrgUnit", code));
        unit.rename(nameKo, nameEn);
        if (!active) {
            unit.deactivate();
        }
        audit.record(context.getCallerPrincipal().getName(), AuditAction.ORG_UNIT_CHANGED, "unit:" + code,
                "renamed " + nameKo + (active ? "" : ", deactivated"), null);
    }

    /** Adds a unit at start-up (demo data, first administrator); {@link #createUnit} for people. */
    public OrgUnit addUnit(String parentCode, String code, String nameKo, String nameEn, OrgUnitType type,
            int sortOrder) {
        OrgUnit unit;
        if (parentCode == null) {
            unit = OrgUnit.city(code, nameKo, nameEn);
        } else {
            OrgUnit parent = findByCode(parentCode)
                    .orElseThrow(() -> new InvalidInputException("parent", "org.unit.unknownParent",
                            "no unit " + parentCode, String.valueOf(parentCode)));
            unit = OrgUnit.under(parent, code, nameKo, nameEn, type, sortOrder);
        }
        em.persist(unit);
        return unit;
    }
}
