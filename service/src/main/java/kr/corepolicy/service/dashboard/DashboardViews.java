package kr.corepolicy.service.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.corepolicy.domain.kpi.KpiRollup;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.domain.kpi.ThresholdsInForce;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.organization.UnitRef;

/** What the dashboards show; every figure with what it counts, so that the page can say how it is computed. */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** How many tasks are in a status. */
    public record StatusCount(TaskStatus status, long tasks) {
    }

    /**
     * The figures of a strategy, a department or the whole portfolio.
     *
     * @param tasks every task, whatever its status
     * @param byStatus tasks by status, in the vocabulary's order, every status (zero included)
     * @param counted tasks that count for the rates: all but the dropped, replaced and merged ones (폐기·대체·통합)
     * @param completed of those, 완료 and 이행후계속추진
     * @param completionPercent completed ÷ counted × 100 (추진완료율), one decimal; null when nothing counts
     * @param reported counted tasks with an approved report (their official report)
     * @param averageProgress the average progress of the official reports of the counted tasks, one decimal; null
     *        when none has one
     * @param kpis the KPIs of the counted tasks by their status in the task's official report
     * @param fundsPlannedWon the national and provincial funds (국·도비) of the counted tasks' fund plans, all years
     * @param fundsSecuredWon the national and provincial funds secured, as the counted tasks' official reports give
     *        them
     * @param fundsSecuredPercent secured ÷ planned × 100 (확보율, not the spending rate), one decimal; null without a
     *        plan
     * @param atRisk counted tasks still worked on that have at least one reason to be at risk
     */
    public record Figures(long tasks, List<StatusCount> byStatus, long counted, long completed,
            BigDecimal completionPercent, long reported, BigDecimal averageProgress, KpiRollup kpis,
            BigDecimal kpiOnTrackPercent, long fundsPlannedWon, long fundsSecuredWon, BigDecimal fundsSecuredPercent,
            long atRisk) {
    }

    /** A strategy's card. */
    public record StrategyFigures(long id, int number, String nameKo, String nameEn, Figures figures) {
    }

    /** How the approved reports of one period set their tasks' statuses (the trend chart's column). */
    public record PeriodStatuses(long periodId, String label, LocalDate lastDay, List<StatusCount> byStatus,
            long reports) {
    }

    /** What the portfolio's and a department's dashboards both show: figures counted at one time. */
    public interface CountedFigures {

        LocalDate asOf();

        Instant computedAt();

        ThresholdsInForce thresholds();

        Figures total();

        List<StrategyFigures> strategies();

        List<PeriodStatuses> trend();
    }

    /**
     * The portfolio dashboard.
     *
     * @param asOf the day (Asia/Seoul) the figures were counted for (a report is overdue after its due date)
     * @param computedAt when they were counted (집계 시각): they are kept and served until what they are made of changes
     */
    public record PortfolioDashboard(LocalDate asOf, Instant computedAt, ThresholdsInForce thresholds, Figures total,
            List<StrategyFigures> strategies, List<PeriodStatuses> trend) implements CountedFigures {
    }

    /** A department's dashboard: the same figures for the tasks it owns, by strategy. */
    public record DepartmentDashboard(LocalDate asOf, Instant computedAt, ThresholdsInForce thresholds, UnitRef department,
            Figures total, List<StrategyFigures> strategies, List<PeriodStatuses> trend) implements CountedFigures {
    }

    /** Why a task is at risk. */
    public enum RiskKind {
        /** The official report says 일부추진 or 보류. */
        REPORTED_STATUS,
        /** A report of an open period is past its due date and not submitted. */
        REPORT_OVERDUE,
        /** A KPI is behind its trajectory in the official report. */
        KPI_BEHIND,
        /** Nobody is the task's officer. */
        NO_OFFICER
    }

    /**
     * One reason, with its source: the report (and its approval document) that says so, the overdue report, or the
     * KPI's figures. Fields that do not apply to the kind are null.
     */
    public record RiskReason(RiskKind kind, Long reportId, Long documentId, String periodLabel, TaskStatus status,
            Integer progressPercent, LocalDate dueDate, Long daysOverdue, String kpiName, String kpiUnit,
            BigDecimal actual, BigDecimal expected, BigDecimal achievement, KpiStatus kpiStatus) {
    }

    /** A task at risk with every reason. */
    public record TaskAtRisk(long taskId, String managementNumber, String title, String titleEn, int strategyNumber,
            UnitRef owningUnit, String officerName, TaskStatus status, List<RiskReason> reasons) {

        public TaskAtRisk {
            reasons = List.copyOf(reasons);
        }
    }

    /** A page of the tasks at risk. */
    public record RiskPage(List<TaskAtRisk> items, long total, int page, int size) {

        public RiskPage {
            items = List.copyOf(items);
        }
    }
}
