package kr.corepolicy.service.approval;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.Absence;
import kr.corepolicy.domain.approval.StandInRule;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.account.Accounts;
import kr.corepolicy.service.approval.ApprovalViews.AbsenceView;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.organization.DepartmentScope;
import kr.corepolicy.service.platform.ClockProducer;

/**
 * Absences and stand-ins (부재·대결자). A superior of the absent person (the team leader, the department's
 * head, the bureau director) or an administrator records and cancels them, never the absent person; the
 * stand-in must be one whom {@link StandInRule} allows, so that nobody can name themself or a friend far away
 * to sign in someone's place. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class AbsenceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private DepartmentScope scope;

    @Resource
    private SessionContext context;

    /** Records that {@code absent} is away from {@code firstDay} to {@code lastDay} and {@code deputy} decides. */
    public AbsenceView record(String absent, String deputy, LocalDate firstDay, LocalDate lastDay, String reason) {
        String me = caller();
        UserAccount absentee = active("absent", absent);
        UserAccount stand = active("deputy", deputy);
        requireRecorder(me, absentee, null);
        if (!StandInRule.mayStandIn(stand, absentee)) {
            throw new InvalidInputException("deputy", "absence.deputyNotEligible",
                    stand.getUsername() + " may not stand in for " + absentee.getUsername(), stand.getDisplayName(),
                    absentee.getDisplayName());
        }
        if (firstDay != null && firstDay.isBefore(today().minusDays(7))) {
            throw new InvalidInputException("firstDay", "absence.inThePast", "more than a week ago");
        }
        Absence absence = new Absence(absentee.getUsername(), stand.getUsername(), firstDay, lastDay, reason, me,
                clock.instant());
        em.persist(absence);
        em.flush();
        audit.record(me, AuditAction.ABSENCE_RECORDED, "absence:" + absence.getId(),
                absent + " " + firstDay + ".." + lastDay + " deputy " + deputy, null);
        return view(absence, Map.of(absentee.getUsername(), absentee.getDisplayName(), stand.getUsername(),
                stand.getDisplayName()));
    }

    /** Ends or withdraws an absence. */
    public void cancel(long id) {
        Absence absence = em.find(Absence.class, id);
        if (absence == null) {
            throw new NotFoundException("Absence", id);
        }
        String me = caller();
        requireRecorder(me, account(absence.getAbsentUsername()), absence.getRecordedBy());
        absence.cancel(me, clock.instant());
        audit.record(me, AuditAction.ABSENCE_CANCELLED, "absence:" + id, absence.getAbsentUsername(), null);
    }

    /** The absences of the caller's department that are in force or to come, soonest first. */
    public List<AbsenceView> ofMyDepartment() {
        OrgUnit dept = scope.me().homeDepartment();
        List<Absence> absences = em.createQuery("select a from Absence a where a.lastDay >= :d and a.absentUsername in "
                        + "(select u.username from UserAccount u where "
                        + DepartmentScope.unitOrDirectlyUnder("u.orgUnit", "dept") + ") "
                        + "order by a.firstDay, a.id", Absence.class)
                .setParameter("d", today().minusDays(30))
                .setParameter("dept", dept)
                .getResultList();
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u from UserAccount u where " + DepartmentScope.unitOrDirectlyUnder("u.orgUnit", "dept")
                        + " or u.username in (select a.deputyUsername from Absence a where a.lastDay >= :d)",
                        UserAccount.class)
                .setParameter("dept", dept).setParameter("d", today().minusDays(30)).getResultList()
                .forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
        return absences.stream().map(a -> view(a, names)).toList();
    }

    /** A superior of the absent person or an administrator, never the absent person; for a cancellation also whoever recorded it. */
    private void requireRecorder(String me, UserAccount absentee, String recordedBy) {
        if (me.equals(absentee.getUsername())) {
            throw new InvalidInputException("absent", "absence.notBySelf", "an absence is recorded by the department");
        }
        if (me.equals(recordedBy)
                || StandInRule.mayRecord(account(me), absentee, context.isCallerInRole(Role.Names.ADMIN))) {
            return;
        }
        throw new ForbiddenException("absence.notSuperior", me + " is not a superior of " + absentee.getUsername(),
                absentee.getDisplayName());
    }

    private UserAccount active(String field, String username) {
        return accounts.findActive(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidInputException(field, "absence.unknownPerson", "unknown: " + username,
                        String.valueOf(username)));
    }

    private UserAccount account(String username) {
        return accounts.require(username);
    }

    private static AbsenceView view(Absence a, Map<String, String> names) {
        return new AbsenceView(a.getId() == null ? 0 : a.getId(), a.getAbsentUsername(),
                names.getOrDefault(a.getAbsentUsername(), a.getAbsentUsername()), a.getDeputyUsername(),
                names.getOrDefault(a.getDeputyUsername(), a.getDeputyUsername()), a.getFirstDay(), a.getLastDay(),
                a.getReason(), a.getRecordedBy(), a.isCancelled());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.SEOUL));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
