package kr.corepolicy.service.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.notification.LinkTarget;
import kr.corepolicy.domain.notification.NotificationKind;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.account.Accounts;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.dashboard.DashboardSnapshots;
import kr.corepolicy.service.notification.NotificationService;
import kr.corepolicy.service.platform.ClockProducer;
import kr.corepolicy.service.report.ReportViews.PeriodChoice;
import kr.corepolicy.service.report.ReportViews.PeriodView;
import kr.corepolicy.service.report.ReportViews.ReportRow;
import kr.corepolicy.service.shared.AtStartup;
import kr.corepolicy.service.shared.Constraints;

/**
 * The planning office runs the cycle here: opens a period (every active task gets a report to write, and its
 * writer is told), closes
 * and reopens it, reads the late list and consents to late submissions. Everyone reads the periods.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class ReportingPeriodService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    private NotificationService notifications;

    @Inject
    private Accounts accounts;

    /** A period opened, closed or rescheduled changes which reports are overdue and the trend's periods. */
    @Inject
    private DashboardSnapshots dashboards;

    @Resource
    private SessionContext context;

    /** Opens a period and gives every active task its report; refused when the period exists already. */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public PeriodView open(PeriodKind kind, int year, int number, LocalDate dueDate, int graceDays) {
        ReportingPeriod period = open(kind, year, number, dueDate, graceDays, caller(), clock.instant());
        tellWriters(period, reportsOf(period));
        return view(period);
    }

    /**
     * Start-up only (the demo's reporting history): {@code by}, who must be of the planning office or an
     * administrator, opened the period at {@code at}, a moment of the past, exactly as {@link #open} does; nobody
     * is told. Refused once someone other than an administrator is signed in.
     *
     * @return the new period's id
     */
    @PermitAll
    public long openAtStartup(PeriodKind kind, int year, int number, LocalDate dueDate, int graceDays, String by,
            Instant at) {
        AtStartup.requireNoCallerOrAdministrator(context, "openPeriod");
        requirePlanningOffice(by);
        return open(kind, year, number, dueDate, graceDays, by, at).getId();
    }

    /**
     * Start-up only (the demo's reporting history): {@code by}, of the planning office or an administrator, closed
     * the period at {@code at}, exactly as {@link #close} does.
     */
    @PermitAll
    public void closeAtStartup(long periodId, String by, Instant at) {
        AtStartup.requireNoCallerOrAdministrator(context, "closePeriod");
        requirePlanningOffice(by);
        close(load(periodId), by, at);
    }

    /** What {@code @RolesAllowed} checks for a signed-in caller, for a user named at start-up. */
    private void requirePlanningOffice(String username) {
        var roles = accounts.require(username).getRoles();
        if (!roles.contains(Role.PLANNER) && !roles.contains(Role.ADMIN)) {
            throw new ForbiddenException("openPeriod");
        }
    }

    private ReportingPeriod open(PeriodKind kind, int year, int number, LocalDate dueDate, int graceDays, String me,
            Instant at) {
        if (kind == null) {
            throw new InvalidInputException("kind", "period.kindRequired", "kind required");
        }
        boolean exists = !em.createQuery("select p.id from ReportingPeriod p where p.kind = :k and p.year = :y "
                        + "and p.number = :n", Long.class)
                .setParameter("k", kind).setParameter("y", year).setParameter("n", number).getResultList().isEmpty();
        ReportingPeriod period = new ReportingPeriod(kind, year, number, dueDate, graceDays, me, at);
        if (exists) {
            throw new InvalidInputException("number", "period.exists", "period exists",
                    ReportMapping.label(period));
        }
        em.persist(period);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                // The same period opened at the same moment elsewhere: the same answer as a sequential duplicate.
                throw new InvalidInputException("number", "period.exists", "period exists (race)",
                        ReportMapping.label(period));
            }
            throw e;
        }
        List<PolicyTask> active = em.createQuery("select t from PolicyTask t left join fetch t.officer "
                + "where t.status in :active", PolicyTask.class).setParameter("active", activeStatuses()).getResultList();
        for (PolicyTask task : active) {
            em.persist(new ProgressReport(task, period));
        }
        em.flush();
        audit.record(me, AuditAction.PERIOD_OPENED, "period:" + period.getId(),
                ReportMapping.label(period) + ", " + active.size() + " reports, due " + dueDate, null);
        dashboards.changed();
        return period;
    }

    /** The reports that opening {@code period} gave, with their tasks and officers. */
    private List<ProgressReport> reportsOf(ReportingPeriod period) {
        return em.createQuery("select r from ProgressReport r join fetch r.task t left join fetch t.officer "
                + "where r.period = :p order by r.id", ProgressReport.class).setParameter("p", period).getResultList();
    }

    /**
     * Tells the writer of each new report (the task's officer, as the reminders do) that the period is open and
     * when the report is due, with a link to it. In the transaction that opens the period: a period opens once
     * (its unique key), whichever server is asked, so the writers are told once; reopening a closed period is
     * not opening it and tells nobody again.
     */
    private void tellWriters(ReportingPeriod period, List<ProgressReport> reports) {
        String label = ReportMapping.label(period);
        String due = period.getDueDate().toString();
        for (ProgressReport report : reports) {
            UserAccount officer = report.getTask().getOfficer();
            if (officer != null && officer.isActive()) {
                notifications.tell(officer, NotificationKind.PERIOD_OPENED, label + " "
                        + report.getTask().getManagementNumber() + " " + report.getTask().getTitle(), due,
                        LinkTarget.of(LinkTarget.Kind.REPORT, report.getId()));
            }
        }
    }

    static List<TaskStatus> activeStatuses() {
        List<TaskStatus> active = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            if (s.isActive()) {
                active.add(s);
            }
        }
        return active;
    }

    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public PeriodView close(long periodId) {
        ReportingPeriod period = load(periodId);
        close(period, caller(), clock.instant());
        return view(period);
    }

    private void close(ReportingPeriod period, String by, Instant at) {
        period.close(by, at);
        audit.record(by, AuditAction.PERIOD_CLOSED, "period:" + period.getId(), ReportMapping.label(period), null);
        dashboards.changed();
    }

    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public PeriodView reopen(long periodId) {
        ReportingPeriod period = load(periodId);
        period.reopen();
        audit.record(caller(), AuditAction.PERIOD_REOPENED, "period:" + periodId, ReportMapping.label(period), null);
        dashboards.changed();
        return view(period);
    }

    /** Changes the due date or the grace period of an open period. */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public PeriodView reschedule(long periodId, LocalDate dueDate, int graceDays) {
        ReportingPeriod period = load(periodId);
        period.reschedule(dueDate, graceDays);
        audit.record(caller(), AuditAction.PERIOD_RESCHEDULED, "period:" + periodId, "due " + dueDate
                + " + " + graceDays, null);
        dashboards.changed();
        return view(period);
    }

    /** The planning office's consent to submitting a report after the grace period or the closing. */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public void consentToLateSubmission(long reportId) {
        ProgressReport report = em.find(ProgressReport.class, reportId);
        if (report == null) {
            throw new NotFoundException("ProgressReport", reportId);
        }
        report.consentToLateSubmission(caller(), clock.instant());
        audit.record(caller(), AuditAction.LATE_SUBMISSION_CONSENTED, "report:" + reportId,
                report.getTask().getManagementNumber() + " " + ReportMapping.label(report.getPeriod()), null);
    }

    /** Every period, newest first, with its counts (a fixed number of statements). */
    public List<PeriodView> periods() {
        List<ReportingPeriod> all = em.createQuery("select p from ReportingPeriod p order by p.year desc, "
                + "p.kind, p.number desc", ReportingPeriod.class).getResultList();
        Map<Long, long[]> counts = counts(null);
        LocalDate today = today();
        List<PeriodView> views = new ArrayList<>();
        for (ReportingPeriod p : all) {
            long[] c = counts.getOrDefault(p.getId(), new long[4]);
            views.add(ReportMapping.period(p, c[0], c[1], c[2], p.isOverdueOn(today) ? c[0] - c[1] : 0));
        }
        return views;
    }

    /**
     * Every period, newest first, to choose from: one statement that reads no reports (the counts of every period
     * group all the reports of ten years: seconds in the generated city, issue #12).
     */
    public List<PeriodChoice> choices() {
        return em.createQuery("select p from ReportingPeriod p order by p.year desc, p.kind, p.number desc",
                ReportingPeriod.class).getResultStream()
                .map(p -> new PeriodChoice(p.getId(), ReportMapping.label(p), p.getState())).toList();
    }

    public PeriodView period(long id) {
        return view(load(id));
    }

    /** Reports, submitted, approved, per period (all, or the one given), from one grouped statement. */
    private Map<Long, long[]> counts(Long periodId) {
        Map<Long, long[]> counts = new HashMap<>();
        var query = em.createQuery("select r.period.id, d.status, count(r) from ProgressReport r "
                + "left join r.document d" + (periodId == null ? "" : " where r.period.id = :p")
                + " group by r.period.id, d.status", Object[].class);
        if (periodId != null) {
            query.setParameter("p", periodId);
        }
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[4]);
            long n = (Long) row[2];
            c[0] += n;
            if (row[1] == DocumentStatus.IN_PROGRESS || row[1] == DocumentStatus.APPROVED) {
                c[1] += n;
            }
            if (row[1] == DocumentStatus.APPROVED) {
                c[2] += n;
            }
        }
        return counts;
    }

    private PeriodView view(ReportingPeriod p) {
        long[] c = counts(p.getId()).getOrDefault(p.getId(), new long[4]);
        return ReportMapping.period(p, c[0], c[1], c[2], p.isOverdueOn(today()) ? c[0] - c[1] : 0);
    }

    /**
     * The late list (미제출 현황): the period's reports not yet submitted once the due date has passed, by
     * management number; empty before the due date.
     */
    @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
    public List<ReportRow> lateList(long periodId) {
        ReportingPeriod period = load(periodId);
        LocalDate today = today();
        if (!period.isOverdueOn(today)) {
            return List.of();
        }
        return em.createQuery("select r from ProgressReport r join fetch r.task t join t.strategy s join fetch t.owningUnit "
                        + "left join fetch t.officer left join fetch r.document d where r.period = :p "
                        + "and (d is null or d.status in :open) "
                        + "order by s.number, length(t.managementNumber), t.managementNumber", ProgressReport.class)
                .setParameter("p", period)
                .setParameter("open", List.of(DocumentStatus.DRAFT, DocumentStatus.RETURNED))
                .getResultList().stream().map(r -> ReportMapping.row(r, today)).toList();
    }

    private ReportingPeriod load(long id) {
        ReportingPeriod period = em.find(ReportingPeriod.class, id);
        if (period == null) {
            throw new NotFoundException("ReportingPeriod", id);
        }
        return period;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.SEOUL));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
