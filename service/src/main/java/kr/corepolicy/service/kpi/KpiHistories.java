package kr.corepolicy.service.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.corepolicy.domain.kpi.KpiAssessment;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.domain.kpi.KpiThresholds;
import kr.corepolicy.domain.kpi.KpiTrajectory;
import kr.corepolicy.domain.kpi.ThresholdsInForce;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.service.kpi.KpiViews.KpiHistory;
import kr.corepolicy.service.kpi.KpiViews.KpiPeriodFigure;
import kr.corepolicy.service.kpi.KpiViews.KpiYearFigure;
import kr.corepolicy.service.kpi.KpiViews.TaskKpis;

/**
 * Builds a task's KPI history from what {@link KpiHistoryService} read: each KPI assessed by the domain's rule
 * ({@link KpiTrajectory}) in every period with an approved report, the years for its chart, and its latest status.
 * No database here, so that the assembly is tested on its own.
 */
final class KpiHistories {

    /** A KPI as it is defined now. */
    record Definition(long id, String name, String unit, KpiDirection direction, BigDecimal baseline,
            String howMeasured, Map<Integer, BigDecimal> targets) {
    }

    /** An approved report of the task: its period and its approval document. */
    record ApprovedReport(long reportId, long periodId, String periodLabel, LocalDate periodLastDay, long documentId,
            Instant decidedAt) {
    }

    /** Oldest first, as {@code ProgressReport.officialAmong} orders them: the period's end, then the decision. */
    private static final Comparator<ApprovedReport> CHRONOLOGICAL = Comparator
            .comparing(ApprovedReport::periodLastDay)
            .thenComparing(ApprovedReport::decidedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(ApprovedReport::reportId);

    private KpiHistories() {
    }

    /**
     * The history of {@code kpis} (in their order) over {@code reports}; {@code actuals} maps a report's id to its
     * actuals by KPI id (a report without one for a KPI is assessed as having none). {@code officialReportId} (null:
     * none yet) names the report whose figure is each KPI's latest.
     */
    static TaskKpis build(long taskId, Long officialReportId, KpiThresholds thresholds, List<Definition> kpis,
            List<ApprovedReport> reports, Map<Long, Map<Long, BigDecimal>> actuals) {
        List<ApprovedReport> ordered = reports.stream().sorted(CHRONOLOGICAL).toList();
        List<KpiHistory> histories = new ArrayList<>();
        for (Definition k : kpis) {
            histories.add(history(k, officialReportId, thresholds, ordered, actuals));
        }
        return new TaskKpis(taskId, ThresholdsInForce.of(thresholds),
                officialReportId, List.copyOf(histories));
    }

    private static KpiHistory history(Definition k, Long officialReportId, KpiThresholds thresholds,
            List<ApprovedReport> ordered, Map<Long, Map<Long, BigDecimal>> actuals) {
        KpiTrajectory trajectory = new KpiTrajectory(k.direction(), k.baseline(), k.targets());
        List<KpiPeriodFigure> periods = new ArrayList<>();
        KpiPeriodFigure latest = null;
        for (ApprovedReport r : ordered) {
            BigDecimal actual = actuals.getOrDefault(r.reportId(), Map.of()).get(k.id());
            int year = r.periodLastDay().getYear();
            int month = r.periodLastDay().getMonthValue();
            KpiAssessment a = trajectory.assess(year, month, actual);
            KpiPeriodFigure figure = new KpiPeriodFigure(r.periodId(), r.periodLabel(), year, month, r.reportId(),
                    r.documentId(), strip(a.actual()), strip(a.start()), strip(a.target()), strip(a.expected()),
                    a.achievementPercent(), a.status(thresholds), a.reason());
            periods.add(figure);
            if (Objects.equals(officialReportId, r.reportId())) {
                latest = figure;
            }
        }
        return new KpiHistory(k.id(), k.name(), k.unit(), k.direction(), strip(k.baseline()), k.howMeasured(),
                strip(k.targets()), List.copyOf(periods), years(k, periods),
                latest == null ? KpiStatus.NO_DATA : latest.status(), latest);
    }

    /** Every year with a target or an approved actual: the target, and the actual of its last period with one. */
    private static List<KpiYearFigure> years(Definition k, List<KpiPeriodFigure> periods) {
        TreeSet<Integer> years = new TreeSet<>(k.targets().keySet());
        Map<Integer, KpiPeriodFigure> lastActual = new TreeMap<>();
        for (KpiPeriodFigure p : periods) {
            if (p.actual() != null) {
                lastActual.put(p.year(), p);
                years.add(p.year());
            }
        }
        List<KpiYearFigure> result = new ArrayList<>();
        for (int year : years) {
            KpiPeriodFigure p = lastActual.get(year);
            result.add(new KpiYearFigure(year, strip(k.targets().get(year)), p == null ? null : p.actual(),
                    p == null ? null : p.periodLabel(), p == null ? null : p.reportId(),
                    p == null ? null : p.documentId()));
        }
        return List.copyOf(result);
    }

    /** A value without trailing zeros, never in exponent form (12.5000 → 12.5, 650.0000 → 650). */
    static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Map<Integer, BigDecimal> strip(Map<Integer, BigDecimal> targets) {
        Map<Integer, BigDecimal> result = new TreeMap<>();
        targets.forEach((year, value) -> result.put(year, strip(value)));
        return result;
    }
}
