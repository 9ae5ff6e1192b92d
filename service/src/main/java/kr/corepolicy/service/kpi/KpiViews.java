package kr.corepolicy.service.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.kpi.KpiAssessment;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.domain.kpi.ThresholdsInForce;
import kr.corepolicy.domain.task.KpiDirection;

/** The read models of KPI status, shared by the pages and the API. */
public final class KpiViews {

    private KpiViews() {
    }

    /**
     * A KPI in one reporting period that has an approved report of its task, and where the figure comes from (the
     * report and its approval document). {@code month} is the month the period ends with; {@code start} is where the
     * year's straight line starts (the previous year's target, else the baseline); {@code expected} the value on the
     * line at the end of the period; {@code achievementPercent} the change made ÷ the change expected × 100 (null
     * without an actual or a target, {@code noDataReason} says which).
     */
    public record KpiPeriodFigure(long periodId, String periodLabel, int year, int month, long reportId,
            long documentId, BigDecimal actual, BigDecimal start, BigDecimal target, BigDecimal expected,
            BigDecimal achievementPercent, KpiStatus status, KpiAssessment.NoDataReason noDataReason) {
    }

    /**
     * One year of a KPI as its chart shows it: the year's target (null without one) and the approved actual of the
     * year's last reported period that has one (null when none), with that period and its sources.
     */
    public record KpiYearFigure(int year, BigDecimal target, BigDecimal actual, String periodLabel, Long reportId,
            Long documentId) {
    }

    /**
     * A KPI of a task over time: its definition, its targets by year, every period with an approved report of the
     * task (oldest first), the years for the chart, and its latest status: that of the task's official report (the
     * approved report of the latest period; {@code latest} is null and the status {@link KpiStatus#NO_DATA} before
     * one).
     */
    public record KpiHistory(long id, String name, String unit, KpiDirection direction, BigDecimal baseline,
            String howMeasured, Map<Integer, BigDecimal> targets, List<KpiPeriodFigure> periods,
            List<KpiYearFigure> years, KpiStatus latestStatus, KpiPeriodFigure latest) {
    }

    /** A task's KPIs over time with the thresholds that turned their achievements into statuses. */
    public record TaskKpis(long taskId, ThresholdsInForce thresholds, Long officialReportId,
            List<KpiHistory> kpis) {
    }
}
