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
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.report.PeriodState;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.domain.task.PolicyTask;
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
 * parameter. Four statements whatever the data: the header's counts ({@link InboxCountService}, the one waiting
 * rule), the counts of reports due and of tasks, the most urgent reports due, the first tasks; for a department
 * head, also the first tasks at risk of their department ({@link DashboardService#risks}: a constant number more).
 *
 * <p>A report is due when its period is open and it is not submitted ({@code ReportState.isSubmitted()} false):
 * no document yet, or a document that is a draft again (withdrawn) or returned — the rule of the reminders and
 * of the late list.
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

    /** The document statuses of a report that is not submitted (with no document at all). */
    private static final List<DocumentStatus> UNSUBMITTED = List.of(DocumentStatus.DRAFT, DocumentStatus.RETURNED);

    private static final String DUE = " from ProgressReport r join r.period p left join r.document d "
            + "where r.task.officer.username = :me and p.state = :open and (d is null or d.status in :unsubmitted)";

    private static final String COUNTS = "select "
            + "(select count(r)" + DUE + "), "
            + "(select count(r)" + DUE + " and p.dueDate < :today), "
            + "(select count(t) from PolicyTask t where t.officer.username = :me) "
            + "from UserAccount u where u.username = :me";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InboxCountService inbox;

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
        InboxCounts counts = inbox.counts();
        Object[] row = em.createQuery(COUNTS, Object[].class)
                .setParameter("me", me)
                .setParameter("open", PeriodState.OPEN)
                .setParameter("unsubmitted", UNSUBMITTED)
                .setParameter("today", today)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return new MyWork(counts.waiting(), counts.returned(), counts.unread(), 0, 0, List.of(), 0, List.of(),
                    dashboardUser(), departmentRisks(me));
        }
        // The lists are read even when a count is 0: the same statements for everyone, whatever the data.
        return new MyWork(counts.waiting(), counts.returned(), counts.unread(), number(row[0]), number(row[1]),
                reports(me, today), number(row[2]), tasks(me), dashboardUser(), departmentRisks(me));
    }

    /** The most urgent reports due: the earliest due date first, then by management number (one statement). */
    private List<ReportDue> reports(String me, LocalDate today) {
        return em.createQuery("select r from ProgressReport r join fetch r.task t join fetch r.period p "
                        + "left join fetch r.document d where t.officer.username = :me and p.state = :open "
                        + "and (d is null or d.status in :unsubmitted) "
                        + "order by p.dueDate, p.id, length(t.managementNumber), t.managementNumber",
                        ProgressReport.class)
                .setParameter("me", me)
                .setParameter("open", PeriodState.OPEN)
                .setParameter("unsubmitted", UNSUBMITTED)
                .setMaxResults(REPORTS_SHOWN)
                .getResultStream().map(r -> due(r, today)).toList();
    }

    private static ReportDue due(ProgressReport r, LocalDate today) {
        PolicyTask t = r.getTask();
        ReportingPeriod p = r.getPeriod();
        return ReportDue.on(today, r.getId(), t.getId(), t.getManagementNumber(), t.getTitle(), t.getTitleEn(),
                p.getId(), p.label(), p.getDueDate(), r.getState());
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
        OrgUnit department = em.createQuery("select u from UserAccount u join fetch u.orgUnit where u.username = :me",
                UserAccount.class).setParameter("me", me).getSingleResult().homeDepartment();
        return new DepartmentRisks(UnitRef.of(department), dashboards.risks(department.getId(), null, 0, RISKS_SHOWN));
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
