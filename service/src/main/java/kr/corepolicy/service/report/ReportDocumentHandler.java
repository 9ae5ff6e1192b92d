package kr.corepolicy.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.approval.DocumentHandler;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.dashboard.DashboardSnapshots;
import kr.corepolicy.service.kpi.KpiStandings;
import kr.corepolicy.service.task.TaskKpis;

/**
 * The handler of progress reports on the approval engine. An approved progress report is official: in the
 * transaction of the decision, the task takes the status the report gives when it is the report of the latest
 * period, under the transitions of {@code TaskStatus} (a decision that would reopen a completed task or move a
 * dropped one is refused, naming the field). Its progress, KPI actuals and fund figures are read from the approved
 * report itself, so every figure on the card names the report and the approval it came from. The task records the
 * report as its official one and its KPIs' standings are rewritten from it (the dashboards count them). Returns and
 * withdrawals need nothing here: a report's state is read from its document.
 */
@ApplicationScoped
public class ReportDocumentHandler implements DocumentHandler {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private TaskKpis taskKpis;

    @Inject
    private KpiStandings kpiStandings;

    @Inject
    private DashboardSnapshots dashboards;

    @Override
    public DocumentType type() {
        return DocumentType.PROGRESS_REPORT;
    }

    @Override
    public void approved(ApprovalDocument document, String decidedBy) {
        List<ProgressReport> found = em.createQuery("select r from ProgressReport r join fetch r.task "
                + "where r.id = :r and r.document = :d", ProgressReport.class)
                .setParameter("r", document.getSubject().id()).setParameter("d", document)
                .getResultList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no report " + document.getSubject().id() + " of document "
                    + document.getId());
        }
        ProgressReport report = found.get(0);
        report.recordApproval();
        PolicyTask task = report.getTask();
        // Today's status follows the approved report of the latest period, whatever the order of approval: a
        // late approval of an older period's report is history, not today's status.
        List<ProgressReport> approved = new ArrayList<>(em.createNamedQuery(ProgressReport.APPROVED_OF_TASK,
                ProgressReport.class).setParameter("task", task).getResultList());
        if (!approved.contains(report)) {
            approved.add(report);
        }
        boolean newerApproved = ProgressReport.officialAmong(approved).map(official -> !official.equals(report))
                .orElse(false);
        if (!newerApproved && report.getReportedStatus() != null && report.getReportedStatus() != task.getStatus()) {
            task.applyReportedStatus(report.getReportedStatus());
        }
        if (!newerApproved) {
            task.recordOfficialReport(report.getId());
            taskKpis.readWithTargets(task);
            kpiStandings.refresh(task, report);
        }
        audit.record(decidedBy, AuditAction.REPORT_FIGURES_APPLIED, "task:" + task.getManagementNumber(),
                "report " + report.getId() + " status " + report.getReportedStatus() + " progress "
                        + report.getProgressPercent() + "%" + (newerApproved ? " (history: a later period is official)"
                                : ""), null);
        dashboards.changed();
    }

    /** A report sent on its line is no longer overdue (the dashboards count the overdue ones). */
    @Override
    public void beforeSubmit(ApprovalDocument document) {
        dashboards.changed();
    }

    /** A returned report of a period past its due date is overdue again. */
    @Override
    public void returned(ApprovalDocument document, String reason) {
        dashboards.changed();
    }

    /** So is a withdrawn one. */
    @Override
    public void withdrawn(ApprovalDocument document) {
        dashboards.changed();
    }
}
