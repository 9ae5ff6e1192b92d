package kr.corepolicy.service.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.IllegalTransitionException;
import kr.corepolicy.domain.approval.StepPlan;
import kr.corepolicy.domain.approval.StepState;
import kr.corepolicy.domain.approval.Subject;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.domain.shared.ConflictException;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.account.Accounts;
import kr.corepolicy.service.approval.Absences;
import kr.corepolicy.service.approval.ApprovalLines;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.organization.DepartmentScope;
import kr.corepolicy.service.platform.ClockProducer;
import kr.corepolicy.service.report.ReportViews.ReportDetail;
import kr.corepolicy.service.report.ReportViews.ReportRow;
import kr.corepolicy.service.report.ReportViews.TaskReports;
import kr.corepolicy.service.shared.AtStartup;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.service.shared.Paging;
import kr.corepolicy.service.task.TaskKpis;

/**
 * Progress reports: the list, one report, saving a draft, proposing the line and submitting. A member of the
 * owning department writes the report; once it has a document, its drafter alone changes and submits it.
 * Saving carries the version the writer saw; a stale one is refused and loses nothing already saved.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class ReportService {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private ApprovalService approvals;

    @Inject
    private ApprovalLines lines;

    @Inject
    private ReportingPeriodService periods;

    @Inject
    private Absences absences;

    @Inject
    private Accounts accounts;

    @Inject
    private TaskKpis taskKpis;

    @Inject
    private DepartmentScope scope;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Reports filtered by period, task and state, by management number, one page. */
    public Page<ReportRow> reports(Long periodId, Long taskId, ReportState state, boolean mineOnly, int page,
            int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        int pageSize = size;
        int pageNo = page;
        StringBuilder where = new StringBuilder(" from ProgressReport r join r.task t join t.strategy s "
                + "left join r.document d where 1 = 1");
        if (periodId != null) {
            where.append(" and r.period.id = :period");
        }
        if (taskId != null) {
            where.append(" and t.id = :task");
        }
        if (state != null) {
            where.append(switch (state) {
                case NOT_STARTED -> " and d is null and r.savedAt is null";
                case DRAFT -> " and ((d is null and r.savedAt is not null) or d.status = :docStatus)";
                default -> " and d.status = :docStatus";
            });
        }
        if (mineOnly) {
            where.append(" and (t.owningUnit = :dept or d.drafterUsername = :me)");
        }
        boolean readsAll = scope.readsEveryDocument();
        if (!readsAll) {
            where.append(" and (d.status = :approved or t.owningUnit = :dept or d.drafterUsername = :me or exists ("
                    + "select s from ApprovalStep s where s.document = d and (s.assigneeUsername in :people "
                    + "or s.signature.signerUsername = :me)))");
        }
        UserAccount me = mineOnly || !readsAll ? me() : null;
        List<String> people = readsAll ? List.of() : people(me.getUsername());
        var count = em.createQuery("select count(r)" + where, Long.class);
        var query = em.createQuery("select r" + where + " order by r.period.id desc, s.number, "
                + "length(t.managementNumber), t.managementNumber", ProgressReport.class);
        for (var q : List.of(count, query)) {
            if (periodId != null) {
                q.setParameter("period", periodId);
            }
            if (taskId != null) {
                q.setParameter("task", taskId);
            }
            if (state != null && state != ReportState.NOT_STARTED) {
                q.setParameter("docStatus", switch (state) {
                    case DRAFT -> DocumentStatus.DRAFT;
                    case IN_APPROVAL -> DocumentStatus.IN_PROGRESS;
                    case RETURNED -> DocumentStatus.RETURNED;
                    default -> DocumentStatus.APPROVED;
                });
            }
            if (mineOnly || !readsAll) {
                q.setParameter("dept", me.homeDepartment()).setParameter("me", me.getUsername());
            }
            if (!readsAll) {
                q.setParameter("approved", DocumentStatus.APPROVED).setParameter("people", people);
            }
        }
        long total = count.getSingleResult();
        LocalDate today = today();
        List<ReportRow> rows = query.setHint("eclipselink.join-fetch", "r.task")
                .setHint("eclipselink.join-fetch", "r.period")
                .setHint("eclipselink.left-join-fetch", "r.document")
                .setHint("eclipselink.left-join-fetch", "r.task.officer")
                .setHint("eclipselink.join-fetch", "r.task.owningUnit")
                .setFirstResult(pageNo * pageSize).setMaxResults(pageSize)
                .getResultList().stream().map(r -> ReportMapping.row(r, today)).toList();
        return new Page<>(rows, total, pageNo, pageSize);
    }

    /** One report with the task's KPIs and fund plan beside it. */
    public ReportDetail report(long id) {
        ProgressReport report = load(id);
        requireReader(report);
        taskKpis.readWithTargets(report.getTask());
        return detail(report);
    }

    /**
     * Refuses unless the caller may read the report: an approved report is official and open to every
     * employee; a report before its decision only to the owning department, the people on its line (and their
     * stand-ins today), the planning office and the executives.
     */
    public void requireReadable(long id) {
        requireReader(load(id));
    }

    private void requireReader(ProgressReport report) {
        if (!mayRead(report)) {
            throw new ForbiddenException("report.notReadable", caller() + " may not read report " + report.getId(),
                    report.getTask().getManagementNumber());
        }
    }

    private boolean mayRead(ProgressReport report) {
        if (report.isApproved() || scope.readsEveryDocument()) {
            return true;
        }
        UserAccount me = me();
        if (DepartmentScope.worksInOwningDepartment(me, report.getTask())) {
            return true;
        }
        ApprovalDocument document = report.getDocument();
        return document != null && !involvedIn(List.of(document.getId()), me.getUsername()).isEmpty();
    }

    /** The caller and the people they stand in for today: who counts as "on the line" for reading. */
    private List<String> people(String me) {
        List<String> people = new ArrayList<>(absences.standingInFor(me, today()));
        people.add(me);
        return people;
    }

    /** Of {@code documentIds}, those whose line names the caller (or someone they stand in for) or that they signed. */
    private java.util.Set<Long> involvedIn(java.util.Collection<Long> documentIds, String me) {
        if (documentIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("select distinct s.document.id from ApprovalStep s "
                        + "where s.document.id in :ids and (s.assigneeUsername in :people "
                        + "or s.signature.signerUsername = :me)", Long.class)
                .setParameter("ids", List.copyOf(documentIds)).setParameter("people", people(me))
                .setParameter("me", me).getResultList());
    }

    /** The report of a task for a period, if the period gave it one. */
    public Optional<Long> reportOf(long taskId, long periodId) {
        return em.createQuery("select r.id from ProgressReport r where r.task.id = :t and r.period.id = :p",
                Long.class).setParameter("t", taskId).setParameter("p", periodId).getResultStream().findFirst();
    }

    /** The report whose approval document this is, if any. */
    public Optional<Long> reportOfDocument(long documentId) {
        return em.createQuery("select r.id from ProgressReport r where r.document.id = :d", Long.class)
                .setParameter("d", documentId).getResultStream().findFirst();
    }

    /**
     * Saves a draft. {@code expectedVersion} is the version the writer loaded; a stale one is a conflict. A
     * task that became active after its period opened gets its report here.
     */
    public ReportDetail save(long id, long expectedVersion, ReportContent content) {
        ProgressReport report = load(id);
        String me = caller();
        requireWriter(report, me);
        if (report.getVersion() != expectedVersion) {
            throw new ConflictException("ProgressReport", id, expectedVersion, report.getVersion());
        }
        write(report, content, me, clock.instant());
        return detail(report);
    }

    /**
     * Start-up only (the demo's reporting history): {@code writer} saved {@code content} in the report at
     * {@code at}, a moment of the past, under the same rules as {@link #save}. Refused once someone other than an
     * administrator is signed in.
     */
    @PermitAll
    public void writeAtStartup(long id, String writer, ReportContent content, Instant at) {
        AtStartup.requireNoCallerOrAdministrator(context, "writeReport");
        ProgressReport report = load(id);
        requireWriter(report, writer);
        write(report, content, writer, at);
    }

    private void write(ProgressReport report, ReportContent content, String writer, Instant at) {
        long before = report.getVersion();
        report.write(content, writer, at);
        em.flush();
        if (report.getVersion() != before) {
            audit.record(writer, AuditAction.REPORT_SAVED, "report:" + report.getId(), "version "
                    + report.getVersion(), null);
        }
    }

    /** Creates the report of a task for a period where opening the period did not (the task was not active). */
    public ReportDetail create(long taskId, long periodId) {
        Optional<Long> existing = reportOf(taskId, periodId);
        if (existing.isPresent()) {
            return report(existing.get());
        }
        PolicyTask task = em.find(PolicyTask.class, taskId);
        if (task == null) {
            throw new InvalidInputException("taskId", "report.unknownTask", "no task " + taskId,
                    String.valueOf(taskId));
        }
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null) {
            throw new InvalidInputException("periodId", "report.unknownPeriod", "no period " + periodId,
                    String.valueOf(periodId));
        }
        ProgressReport report = new ProgressReport(task, period);
        requireWriter(report, caller());
        em.persist(report);
        em.flush();
        return detail(report);
    }

    /** The line proposed to the caller for this report: the chain up to the decider, the collaborators. */
    public List<LineStep> proposeLine(long id) {
        ProgressReport report = load(id);
        requireReader(report);
        return lines.propose(DocumentType.PROGRESS_REPORT, me(), consentingUnits(report));
    }

    /** The task's collaborating departments, in the organisation's order: each consents to the report. */
    private static List<OrgUnit> consentingUnits(ProgressReport report) {
        List<OrgUnit> consenting = new ArrayList<>(report.getTask().getCollaboratingUnits());
        consenting.sort(java.util.Comparator.comparingInt(OrgUnit::getSortOrder).thenComparing(OrgUnit::getCode));
        return consenting;
    }

    /**
     * 상신: checks the report is complete and in time (or consented late), then sends it on {@code line} (the
     * proposal when null on a first submission; the previous round's line when null after a return).
     */
    public ReportDetail submit(long id, long expectedVersion, List<LineStep> line) {
        return detail(submit(id, expectedVersion, line, caller(), clock.instant(), false));
    }

    /**
     * Start-up only (the demo's reporting history): {@code drafter} sent the report at {@code at}, a moment of the
     * past, on the proposed line, under the same checks as {@link #submit(long, long, List)} (complete, in time for
     * that day, the line's rules); nobody is told. Refused once someone other than an administrator is signed in.
     *
     * @return the id of the report's approval document
     */
    @PermitAll
    public long submitAtStartup(long id, String drafter, Instant at) {
        AtStartup.requireNoCallerOrAdministrator(context, "submitReport");
        ProgressReport report = load(id);
        return submit(id, report.getVersion(), null, drafter, at, true).getDocument().getId();
    }

    private ProgressReport submit(long id, long expectedVersion, List<LineStep> line, String drafter, Instant at,
            boolean atStartup) {
        ProgressReport report = em.find(ProgressReport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new NotFoundException("ProgressReport", id);
        }
        requireWriter(report, drafter);
        if (report.getVersion() != expectedVersion) {
            throw new ConflictException("ProgressReport", id, expectedVersion, report.getVersion());
        }
        if (!report.isEditable()) {
            throw new IllegalTransitionException("report.notEditable",
                    "report " + id + " is " + report.getState(), report.getState().name());
        }
        report.checkComplete();
        LocalDate day = LocalDate.ofInstant(at, ClockProducer.SEOUL);
        if (!report.maySubmitOn(day)) {
            throw new ForbiddenException("report.lateNeedsConsent", "past the deadline without consent",
                    report.getPeriod().deadline().toString());
        }
        ApprovalDocument document = report.getDocument();
        UserAccount me = accounts.require(drafter);
        List<LineStep> wanted;
        if (line != null && !line.isEmpty()) {
            wanted = line;
        } else if (document != null && document.getStatus() == DocumentStatus.RETURNED) {
            // The previous round's line, checked again: a reviewer skipped then may be back, or away now.
            wanted = document.currentRound().stream().filter(step -> step.getState() != StepState.SKIPPED)
                    .map(step -> new LineStep(step.getKind(), step.getAssigneeUsername(), step.getAssigneeName(), null,
                            null))
                    .toList();
        } else {
            wanted = lines.propose(DocumentType.PROGRESS_REPORT, me, consentingUnits(report));
        }
        List<StepPlan> plans = lines.resolve(DocumentType.PROGRESS_REPORT, me, consentingUnits(report), wanted, day);
        if (document == null) {
            document = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, report.getId()), title(report),
                    me.getUsername(), me.getDisplayName());
            report.attach(document);
        }
        if (atStartup) {
            approvals.submitAtStartup(document, plans, at);
        } else {
            approvals.submit(document, plans);
        }
        em.flush();
        return report;
    }

    /** The official title of a report's document: "2026년 4분기 추진실적 보고 (1-3 황리단길 야간경관 조성)". */
    static String title(ProgressReport report) {
        String title = ReportMapping.label(report.getPeriod()) + " 추진실적 보고 (" + report.getTask().getManagementNumber()
                + " " + report.getTask().getTitle() + ")";
        return title.length() <= ApprovalDocument.TITLE_MAX ? title
                : title.substring(0, ApprovalDocument.TITLE_MAX - 2) + "…)";
    }

    /** The reports of a task by period, and the figures of the newest approved one (the card's 추진실적). */
    public TaskReports ofTask(long taskId) {
        if (em.find(PolicyTask.class, taskId) == null) {
            throw new NotFoundException("PolicyTask", taskId);
        }
        LocalDate today = today();
        List<ProgressReport> all = em.createQuery("select r from ProgressReport r join fetch r.period p "
                        + "join fetch r.task t join fetch t.owningUnit left join fetch t.officer "
                        + "left join fetch r.document where t.id = :t order by p.dueDate desc, p.id desc",
                        ProgressReport.class)
                .setParameter("t", taskId).getResultList();
        List<ProgressReport> readable = all;
        if (!scope.readsEveryDocument()) {
            UserAccount me = me();
            boolean ownDepartment = !all.isEmpty() && DepartmentScope.worksInOwningDepartment(me, all.get(0).getTask());
            if (!ownDepartment) {
                java.util.Set<Long> involved = involvedIn(all.stream().filter(r -> r.getDocument() != null
                        && !r.isApproved()).map(r -> r.getDocument().getId()).toList(), me.getUsername());
                readable = all.stream().filter(r -> r.isApproved()
                        || r.getDocument() != null && involved.contains(r.getDocument().getId())).toList();
            }
        }
        List<ReportRow> rows = readable.stream().map(r -> ReportMapping.row(r, today)).toList();
        Optional<ProgressReport> newest = ProgressReport.officialAmong(all);
        newest.ifPresent(r -> taskKpis.readWithTargets(r.getTask()));
        ReportDetail official = newest
                .map(r -> ReportMapping.detail(r, periods.period(r.getPeriod().getId()), false, today, List.of()))
                .orElse(null);
        return new TaskReports(rows, official);
    }

    private ReportDetail detail(ProgressReport report) {
        boolean editable = report.isEditable() && mayWrite(report);
        List<ReportViews.AttachmentView> files = em.createQuery("select a from Attachment a where a.report = :r "
                + "order by a.id", kr.corepolicy.domain.report.Attachment.class).setParameter("r", report)
                .getResultStream().map(AttachmentService::view).toList();
        return ReportMapping.detail(report, periods.period(report.getPeriod().getId()), editable, today(), files);
    }

    /** Refuses unless the caller may change the report now: its writer, while it is a draft. */
    public void requireWritable(long id) {
        ProgressReport report = load(id);
        requireWriter(report, caller());
        if (!report.isEditable()) {
            throw new IllegalTransitionException("report.notEditable", "report " + id + " is " + report.getState(),
                    report.getState().name());
        }
    }

    private void requireWriter(ProgressReport report, String who) {
        if (!mayWrite(report, who)) {
            throw new ForbiddenException("report.notYourReport", who + " may not write report " + report.getId(),
                    report.getTask().getManagementNumber());
        }
    }

    private boolean mayWrite(ProgressReport report) {
        return mayWrite(report, caller());
    }

    /** Before a document exists: a member of the owning department. Afterwards: its drafter. */
    private boolean mayWrite(ProgressReport report, String who) {
        if (report.getDocument() != null) {
            return report.getDocument().getDrafterUsername().equals(who);
        }
        return DepartmentScope.worksInOwningDepartment(accounts.require(who), report.getTask());
    }

    private ProgressReport load(long id) {
        List<ProgressReport> found = em.createQuery("select r from ProgressReport r join fetch r.task t "
                        + "join fetch t.owningUnit join fetch r.period left join fetch r.document "
                        + "left join fetch t.officer where r.id = :id", ProgressReport.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("ProgressReport", id);
        }
        return found.get(0);
    }

    private UserAccount me() {
        return accounts.require(caller());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.SEOUL));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
