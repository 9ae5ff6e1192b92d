package kr.corepolicy.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.approval.DocumentDecided;
import kr.corepolicy.service.audit.AuditService;

/**
 * An approved progress report is official: in the transaction of the decision, the task takes the status the
 * report gives when it is the report of the latest period, under the transitions of {@code TaskStatus} (a
 * decision that would reopen a completed task or move a dropped one is refused, naming the field). Its progress, KPI actuals and fund figures are read from the approved report itself, so every
 * figure on the card names the report and the approval it came from.
 */
@ApplicationScoped
public class ApprovedReportListener {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    void onDecision(@Observes DocumentDecided decided) {
        if (decided.type() != DocumentType.PROGRESS_REPORT) {
            return;
        }
        List<ProgressReport> found = em.createQuery("select r from ProgressReport r join fetch r.task "
                + "where r.document.id = :d", ProgressReport.class).setParameter("d", decided.documentId())
                .getResultList();
        if (found.isEmpty()) {
            return;
        }
        ProgressReport report = found.get(0);
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
        audit.record(decided.decidedBy(), AuditAction.REPORT_FIGURES_APPLIED, "task:" + task.getManagementNumber(),
                "report " + report.getId() + " status " + report.getReportedStatus() + " progress "
                        + report.getProgressPercent() + "%" + (newerApproved ? " (history: a later period is official)"
                                : ""), null);
    }
}
