package kr.corepolicy.service.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import kr.corepolicy.domain.kpi.KpiAssessment;
import kr.corepolicy.domain.kpi.KpiTrajectory;
import kr.corepolicy.domain.report.KpiActual;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.platform.KpiStandingsBackfill;

/**
 * Keeps {@link kr.corepolicy.domain.kpi.KpiStanding} in step with what it is computed from, inside the caller's transaction: when a report
 * becomes its task's official report ({@code ReportDocumentHandler}) and when a task's KPIs, targets or period are
 * edited ({@code TaskService}). Two statements and one insert per KPI; the dashboards then count instead of
 * assessing every KPI of the city per request.
 */
@ApplicationScoped
public class KpiStandings {

    @PersistenceContext
    private EntityManager em;

    /** Rewrites the standings of {@code task}'s KPIs from its official report (none: the task has no rows). */
    public void refresh(PolicyTask task) {
        ProgressReport official = task.getOfficialReportId() == null ? null
                : em.find(ProgressReport.class, task.getOfficialReportId());
        refresh(task, official);
    }

    /** Rewrites the standings of {@code task}'s KPIs from {@code official} (null: none). */
    public void refresh(PolicyTask task, ProgressReport official) {
        // KPIs added in this transaction get their ids at the flush; the rows of removed ones go with them.
        em.flush();
        em.createNativeQuery("DELETE FROM kpi_standing WHERE task_id = ?").setParameter(1, task.getId())
                .executeUpdate();
        if (official == null) {
            return;
        }
        Map<Long, BigDecimal> actuals = new HashMap<>();
        for (KpiActual a : official.getKpiActuals()) {
            actuals.put(a.getKpiId(), a.getValue());
        }
        int year = official.getPeriod().getYear();
        int month = official.getPeriod().lastDay().getMonthValue();
        for (Kpi k : task.getKpis()) {
            KpiAssessment a = new KpiTrajectory(k.getDirection(), k.getBaseline(), k.getTargets())
                    .assess(year, month, actuals.get(k.getId()));
            // Written by SQL, not persisted: a second refresh in one transaction must not meet the first's
            // entities in the persistence context.
            em.createNativeQuery(KpiStandingsBackfill.INSERT).setParameter(1, k.getId()).setParameter(2, task.getId())
                    .setParameter(3, official.getId()).setParameter(4, official.getPeriod().getId())
                    .setParameter(5, a.target()).setParameter(6, a.expected()).setParameter(7, a.actual())
                    .setParameter(8, a.achievementPercent()).executeUpdate();
        }
    }
}
