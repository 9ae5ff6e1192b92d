package kr.corepolicy.service.work;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.report.PeriodState;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.dashboard.DashboardService;
import kr.corepolicy.service.inbox.InboxCountService;
import kr.corepolicy.service.inbox.InboxCounts;
import kr.corepolicy.service.organization.UnitRef;
import kr.corepolicy.service.platform.ClockProducer;
import kr.corepolicy.service.work.WorkViews.DepartmentRisks;
import kr.corepolicy.service.work.WorkViews.MyTask;
import kr.corepolicy.service.work.WorkViews.MyWork;
import kr.corepolicy.service.work.WorkViews.ReportDue;

/**
 * "My work" (내 업무) of the signed-in user, and only theirs: the caller is the signed-in principal, never a
 * parameter. Three statements whatever the data: every count in one (the header's, written once in
 * {@link InboxCountService#SELECTS}, with the reports due and the tasks), the most urgent reports due, the first
 * tasks; for a department head, also the first tasks at risk of their department ({@link DashboardService#risks}: a
 * constant number more).
 *
 * <p>A report is due when its period is open and it is not submitted ({@code ReportState.isSubmitted()} false):
 * no document yet, or a document that is a draft again (withdrawn) or returned — the rule of the reminders and
 * of the late list.
 *
 * <p>The lists are read as columns, not entities (no persistence context to fill for a page that changes nothing):
 * "my work" is the home page, the page everyone opens first (docs/performance.md). EclipseLink still prepares the
 * SQL of the two lists again on every request (seen in a profile; their page size is the likely cause).
 *
 * <p>Read without a transaction, like the dashboards it calls ({@link DashboardService}: a transaction here would
 * hold a connection while they take another).
 */
@Stateless
@RolesAllowed(Role.Names.USER)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@DeclareRoles({Role.Names.DEPARTMENT_HEAD, Role.Names.PLANNER, Role.Names.EXECUTIVE, Role.Names.TF_LEADER, Role.Names.ADMIN})
public class MyWorkService {

    /** How many reports due the answer lists (the most urgent). */
    public static final int REPORTS_SHOWN = 10;
    /** How many of the user's tasks the answer lists. */
    public static final int TASKS_SHOWN = 20;
    /** How many of a department head's department's tasks at risk the answer lists. */
    public static final int RISKS_SHOWN = 5;

    /** My reports in open periods that are not submitted: with no document, or a draft or returned one. */
    private static final String DUE = " from ProgressReport r join r.task t join r.period p left join r.document d "
            + "where t.officer.username = :me and p.state = :open "
            + "and (d is null or d.status = :draft or d.status = :returned)";

    private static final String COUNTS = "select " + InboxCountService.SELECTS + ", "
            + "(select count(r)" + DUE + "), "
            + "(select count(r)" + DUE + " and p.dueDate < :today), "
            + "(select count(t) from PolicyTask t where t.officer.username = :me) "
            + "from UserAccount u where u.username = :me";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DashboardService dashboards;

    @Resource
    private SessionContext context;

    /** The caller's work today. */
    public MyWork mine() {
        String me = context.getCallerPrincipal().getName();
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SEOUL));
        Object[] row = InboxCountService.bind(em.createQuery(COUNTS, Object[].class), me, today)
                .setParameter("open", PeriodState.OPEN)
                .setParameter("draft", DocumentStatus.DRAFT)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return new MyWork(0, 0, 0, 0, 0, List.of(), 0, List.of(), dashboardUser(), departmentRisks(me));
        }
        InboxCounts counts = InboxCountService.of(row, 0);
        // The lists are read even when a count is 0: the same statements for everyone, whatever the data.
        return new MyWork(counts.waiting(), counts.returned(), counts.unread(), number(row[4]), number(row[5]),
                reports(me, today), number(row[6]), tasks(me), dashboardUser(), departmentRisks(me));
    }

    /** The most urgent reports due: the earliest due date first, then by management number (one statement). */
    private List<ReportDue> reports(String me, LocalDate today) {
        return em.createQuery("select r.id, t.id, t.managementNumber, t.title, t.titleEn, p.id, p.kind, p.year, "
                        + "p.number, p.dueDate, d.status, r.savedAt" + DUE
                        + " order by p.dueDate, p.id, length(t.managementNumber), t.managementNumber", Object[].class)
                .setParameter("me", me)
                .setParameter("open", PeriodState.OPEN)
                .setParameter("draft", DocumentStatus.DRAFT)
                .setParameter("returned", DocumentStatus.RETURNED)
                .setMaxResults(REPORTS_SHOWN)
                .getResultStream()
                .map(c -> ReportDue.on(today, (Long) c[0], (Long) c[1], (String) c[2], (String) c[3], (String) c[4],
                        (Long) c[5], ReportingPeriod.label((PeriodKind) c[6], (Integer) c[7], (Integer) c[8]),
                        (LocalDate) c[9], ReportState.of((DocumentStatus) c[10], c[11] != null)))
                .toList();
    }

    /** The caller's tasks with the progress of their official reports (one statement). */
    private List<MyTask> tasks(String me) {
        return em.createQuery("select t.id, t.managementNumber, t.title, t.titleEn, t.status, "
                        + "(select o.progressPercent from ProgressReport o where o.id = t.officialReportId), "
                        + "t.officialReportId from PolicyTask t join t.strategy s where t.officer.username = :me "
                        + "order by s.number, length(t.managementNumber), t.managementNumber", Object[].class)
                .setParameter("me", me)
                .setMaxResults(TASKS_SHOWN)
                .getResultStream()
                .map(c -> new MyTask((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (TaskStatus) c[4],
                        c[5] == null ? null : ((Number) c[5]).intValue(), (Long) c[6]))
                .toList();
    }

    /**
     * For a department head, the first {@value #RISKS_SHOWN} tasks at risk of their department (the department they
     * belong to, or the one their team belongs to), with the reasons the dashboards give; null for everyone else.
     */
    private DepartmentRisks departmentRisks(String me) {
        if (!context.isCallerInRole(Role.Names.DEPARTMENT_HEAD)) {
            return null;
        }
        UnitRef department = homeDepartment(me);
        return new DepartmentRisks(department, dashboards.risks(department.id(), null, 0, RISKS_SHOWN));
    }

    /**
     * The caller's home department ({@code UserAccount.homeDepartment()}): their unit when it is a department, else its
     * parent when that is one, read with the parent's code in one statement of columns. Anything else (a unit above
     * every department, a deeper chart) is decided by the entities' own rule.
     */
    private UnitRef homeDepartment(String me) {
        Object[] c = em.createQuery("select o.id, o.code, o.nameKo, o.nameEn, o.type, p.id, p.code, p.nameKo, "
                + "p.nameEn, p.type, pp.code from UserAccount u join u.orgUnit o left join o.parent p "
                + "left join p.parent pp where u.username = :me", Object[].class)
                .setParameter("me", me).getSingleResult();
        if (((OrgUnitType) c[4]).isDepartment()) {
            return new UnitRef((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (OrgUnitType) c[4],
                    (String) c[6]);
        }
        if (c[5] != null && ((OrgUnitType) c[9]).isDepartment()) {
            return new UnitRef((Long) c[5], (String) c[6], (String) c[7], (String) c[8], (OrgUnitType) c[9],
                    (String) c[10]);
        }
        return UnitRef.of(em.createQuery("select u from UserAccount u where u.username = :me", UserAccount.class)
                .setParameter("me", me).getSingleResult().homeDepartment());
    }

    /** The planning office, executives, T/F leaders and administrators look at the whole portfolio. */
    private boolean dashboardUser() {
        return context.isCallerInRole(Role.Names.PLANNER) || context.isCallerInRole(Role.Names.EXECUTIVE)
                || context.isCallerInRole(Role.Names.TF_LEADER) || context.isCallerInRole(Role.Names.ADMIN);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
