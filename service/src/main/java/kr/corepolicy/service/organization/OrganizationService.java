package kr.corepolicy.service.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
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
import kr.corepolicy.service.shared.AtStartup;
import kr.corepolicy.service.shared.OrgUnits;

/**
 * The organisation chart. The web layer reads it as {@link UnitRef} and {@link PersonRef} records, never as
 * entities.
 */
@Stateless
public class OrganizationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private OrgUnits units;

    @Resource
    private SessionContext context;

    /** Every active unit, in chart order (one statement). */
    @RolesAllowed(Role.Names.USER)
    public List<UnitRef> units() {
        return active().stream().map(UnitRef::of).toList();
    }

    /** The active departments (the units that own tasks), by Korean name (one statement). */
    @RolesAllowed(Role.Names.USER)
    public List<UnitRef> departments() {
        // Only the departments are read: the teams are most of the chart (962 of 1,243 units at forty times
        // Gyeongju), and reading them all to drop them was a seventh of the task list's time (issue #12).
        // Records straight from the query, not entities: a department over other departments (a 실 over its 과) was
        // read first as their parent, and its own parent then cost a statement more (StatementCountIT).
        List<OrgUnitType> types = Arrays.stream(OrgUnitType.values()).filter(OrgUnitType::isDepartment).toList();
        return em.createQuery("select new kr.corepolicy.service.organization.UnitRef(o.id, o.code, o.nameKo, "
                        + "o.nameEn, o.type, p.code) from OrgUnit o left join o.parent p where o.active = true "
                        + "and o.type in :types order by o.nameKo, o.code", UnitRef.class)
                .setParameter("types", types).getResultList();
    }

    private List<OrgUnit> active() {
        return em.createQuery("select o from OrgUnit o left join fetch o.parent where o.active = true "
                        + "order by o.sortOrder, o.code", OrgUnit.class)
                .getResultList();
    }

    /** The active people of a department and its teams (candidates for task officer), by name. */
    @RolesAllowed(Role.Names.USER)
    public List<PersonRef> people(String unitCode) {
        return members(unitCode).stream().map(PersonRef::of).toList();
    }

    private List<UserAccount> members(String unitCode) {
        Optional<OrgUnit> unit = findByCode(unitCode == null ? "" : unitCode);
        if (unit.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UserAccount u join fetch u.orgUnit o where u.active = true and "
                        + DepartmentScope.unitOrDirectlyUnder("o", "unit") + " order by u.displayName",
                        UserAccount.class)
                .setParameter("unit", unit.get())
                .getResultList();
    }

    /** The unit of {@code code}, active or not. */
    // The demo data looks units up while the application starts, when there is no caller to check.
    @PermitAll
    public Optional<OrgUnit> findByCode(String code) {
        return units.find(code);
    }

    /** How many units the chart has, active or not. */
    // The demo data asks while the application starts, when there is no caller to check; a count tells nothing.
    @PermitAll
    public long countUnits() {
        return em.createQuery("select count(o) from OrgUnit o", Long.class).getSingleResult();
    }

    /** An administrator adds a unit to the chart; the chart rules are the entity's. */
    @RolesAllowed(Role.Names.ADMIN)
    public UnitRef createUnit(String parentCode, String code, String nameKo, String nameEn, OrgUnitType type) {
        if (findByCode(code == null ? "" : code.strip()).isPresent()) {
            throw new InvalidInputException("code", "org.unit.codeTaken", "unit code taken: " + code, code);
        }
        int order = em.createQuery("select coalesce(max(o.sortOrder), 0) from OrgUnit o", Integer.class)
                .getSingleResult() + 1;
        OrgUnit unit = add(parentCode, code == null ? null : code.strip(), nameKo, nameEn, type, order);
        audit.record(context.getCallerPrincipal().getName(), AuditAction.ORG_UNIT_CHANGED, "unit:" + unit.getCode(),
                "created under " + parentCode, null);
        return UnitRef.of(unit);
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

    /**
     * Adds a unit while the application starts (the demo data), when there is no caller yet; {@link #createUnit}
     * for people. Refused once a user is signed in, unless that user is an administrator.
     */
    // The demo data runs without a caller; the check inside refuses anyone signed in but an administrator.
    @PermitAll
    public OrgUnit addUnit(String parentCode, String code, String nameKo, String nameEn, OrgUnitType type,
            int sortOrder) {
        AtStartup.requireNoCallerOrAdministrator(context, "createUnit");
        return add(parentCode, code, nameKo, nameEn, type, sortOrder);
    }

    private OrgUnit add(String parentCode, String code, String nameKo, String nameEn, OrgUnitType type,
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
