package kr.corepolicy.service.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.ApprovalStep;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.platform.ClockProducer;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportingPeriodService;

/**
 * The demo's reporting history: the two monthly periods before the current month, opened by the planning office,
 * every active task's report written by its officer, sent on the proposed line and signed by each step's holder in
 * turn until decided, then the periods closed — through the services' start-up entry points, so that every rule of
 * a real cycle applies (the line, who signs, the document numbers, the handler that makes an approved report
 * official, the audit) and nobody is told about it. Tasks without an officer get no report written. What is
 * written comes from {@link DemoReportPlan}, when from {@link DemoSchedule}; both are fixed for a given today.
 */
@Stateless
public class DemoReportingCycle {

    /** Who runs the cycle: the demo's planning office. */
    static final String PLANNER = "planner";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReportingPeriodService periods;

    @Inject
    private ReportService reports;

    @Inject
    private ApprovalService approvals;

    @Inject
    private AuditService audit;

    /** Records the history; for a database whose portfolio was just loaded. */
    public void run() {
        DemoSchedule schedule = new DemoSchedule(ClockProducer.SEOUL);
        List<DemoSchedule.PeriodDates> history = schedule.periods(clock.instant());
        YearMonth older = history.get(0).month();
        int approved = 0;
        for (int which = 0; which < history.size(); which++) {
            DemoSchedule.PeriodDates dates = history.get(which);
            long periodId = periods.openAtStartup(PeriodKind.MONTHLY, dates.month().getYear(),
                    dates.month().getMonthValue(), dates.dueDate(), dates.graceDays(), PLANNER, dates.openedAt());
            int index = 0;
            for (ProgressReport report : reportsOf(periodId)) {
                PolicyTask task = report.getTask();
                UserAccount officer = task.getOfficer();
                if (officer == null || !officer.isActive()) {
                    continue;
                }
                reports.writeAtStartup(report.getId(), officer.getUsername(),
                        DemoReportPlan.content(facts(task), older, which), schedule.writtenAt(dates, index));
                long documentId = reports.submitAtStartup(report.getId(), officer.getUsername(),
                        schedule.submittedAt(dates, index));
                signThrough(documentId, schedule, dates, index);
                index++;
                approved++;
            }
            periods.closeAtStartup(periodId, PLANNER, dates.closedAt());
        }
        audit.record("system", AuditAction.DEMO_DATA_LOADED, null, history.size() + " reporting periods, "
                + approved + " approved reports", null);
    }

    /** The period's reports in the portfolio's order, with their tasks and officers. */
    private List<ProgressReport> reportsOf(long periodId) {
        return em.createQuery("select r from ProgressReport r join fetch r.task t join t.strategy s "
                + "left join fetch t.officer where r.period.id = :p "
                + "order by s.number, length(t.managementNumber), t.managementNumber", ProgressReport.class)
                .setParameter("p", periodId).getResultList();
    }

    /** Each open step signed by its holder, stage after stage, until the decision. */
    private void signThrough(long documentId, DemoSchedule schedule, DemoSchedule.PeriodDates dates, int index) {
        ApprovalDocument document = em.find(ApprovalDocument.class, documentId);
        for (int stage = 0; document.getStatus() == DocumentStatus.IN_PROGRESS; stage++) {
            if (stage >= ApprovalDocument.MAX_STEPS) {
                throw new IllegalStateException("document " + documentId + " was not decided");
            }
            List<ApprovalStep> open = document.pendingSteps();
            for (int k = 0; k < open.size(); k++) {
                approvals.approveAtStartup(documentId, open.get(k).getAssigneeUsername(), null,
                        schedule.signedAt(dates, index, stage, k));
            }
        }
    }

    static DemoReportPlan.TaskFacts facts(PolicyTask task) {
        return new DemoReportPlan.TaskFacts(task.getManagementNumber(), task.getTitle(), task.getStatus(),
                task.getPeriod().getStartDate(), task.getPeriod().getEndDate(),
                task.getKpis().stream().map(k -> new DemoReportPlan.KpiFacts(k.getId(), k.getDirection(),
                        k.getBaseline(), k.getTargets())).toList(),
                task.getFundPlan().stream().map(f -> new DemoReportPlan.FundLine(f.getFiscalYear(), f.getSource(),
                        f.getAmountWon())).toList());
    }
}
