package kr.corepolicy.service.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.kpi.KpiThresholds;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.kpi.KpiHistories.ApprovedReport;
import kr.corepolicy.service.kpi.KpiHistories.Definition;
import kr.corepolicy.service.kpi.KpiViews.TaskKpis;

/**
 * A task's KPIs over time (성과지표 추이): every period with an approved report of the task, each KPI's approved
 * actual there against its trajectory, the achievement and the status under the planning office's thresholds, and
 * each KPI's latest status (its task's official report). Approved reports are official and open to every signed-in
 * employee, as the task card is.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class KpiHistoryService {

    @PersistenceContext
    private EntityManager em;

    /**
     * The history of the task's KPIs; 404 for an unknown task. Six statements however many KPIs and reports: the
     * task, its KPIs with their targets, the KPI list, the approved reports with their periods and documents, all
     * their KPI actuals at once, and the thresholds.
     */
    public TaskKpis history(long taskId) {
        PolicyTask task = em.find(PolicyTask.class, taskId);
        if (task == null) {
            throw new NotFoundException("PolicyTask", taskId);
        }
        // The KPIs with their targets in one statement (as TaskKpis does for the task module; not called from here,
        // so that the KPI module does not depend on the task module, which writes the standings through it).
        em.createQuery("select distinct k from Kpi k left join fetch k.targets where k.task = :task", Kpi.class)
                .setParameter("task", task).getResultList();
        List<Definition> kpis = task.getKpis().stream().map(k -> new Definition(k.getId(), k.getName(), k.getUnit(),
                k.getDirection(), k.getBaseline(), k.getHowMeasured(), k.getTargets())).toList();
        List<ApprovedReport> reports = em.createNamedQuery(ProgressReport.APPROVED_OF_TASK, ProgressReport.class)
                .setParameter("task", task).getResultList().stream()
                .map(r -> new ApprovedReport(r.getId(), r.getPeriod().getId(), r.getPeriod().label(),
                        r.getPeriod().lastDay(), r.getDocument().getId(), r.getDocument().getDecidedAt()))
                .toList();
        Map<Long, Map<Long, BigDecimal>> actuals = new HashMap<>();
        // One statement for the actuals of every approved report, never report.getKpiActuals() one by one (and
        // always sent, so that the count does not depend on the data either).
        em.createQuery("select r.id, a.kpiId, a.value from ProgressReport r join r.kpiActuals a "
                + "where r.task = :task and r.document.status = :approved", Object[].class)
                .setParameter("task", task).setParameter("approved", DocumentStatus.APPROVED).getResultList()
                .forEach(row -> actuals.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((Long) row[1], (BigDecimal) row[2]));
        KpiThresholds stored = em.find(KpiThresholds.class, KpiThresholds.CITY);
        return KpiHistories.build(task.getId(), task.getOfficialReportId(),
                stored == null ? KpiThresholds.defaults() : stored, kpis, reports, actuals);
    }
}
