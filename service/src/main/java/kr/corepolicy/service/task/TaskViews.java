package kr.corepolicy.service.task;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.Milestone;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;

/** The read models of the portfolio, shared by the pages and the API. */
public final class TaskViews {

    private TaskViews() {
    }

    /** An organisation unit as the portfolio shows it. */
    public record UnitRef(Long id, String code, String nameKo, String nameEn) {
    }

    /** A person as the portfolio shows them. */
    public record PersonRef(String username, String displayName, String position, String unitNameKo) {
    }

    /** A strategy with how many tasks it has, in all and by status. */
    public record StrategySummary(Long id, int number, String nameKo, String nameEn, String descriptionKo,
            String descriptionEn, long taskCount, Map<TaskStatus, Long> tasksByStatus) {
    }

    /** A strategy with its task force. */
    public record StrategyDetail(StrategySummary summary, String vision, String taskForceName, PersonRef leader,
            UnitRef coordinatingUnit, List<PersonRef> members, List<TaskRow> tasks) {
    }

    /** One line of the portfolio list. */
    public record TaskRow(Long id, String managementNumber, String title, String titleEn, int strategyNumber,
            String strategyNameKo, UnitRef owningUnit, String officerName, TaskStatus status, TaskTerm term,
            LocalDate start, LocalDate end, long version) {
    }


    /** One step of the yearly plan. */
    public record MilestoneView(@Min(ReportingPeriod.FIRST_YEAR) @Max(ReportingPeriod.LAST_YEAR) int year,
            @Min(1) @Max(4) int quarter, @Size(max = Milestone.CONTENT_MAX) String content) {
    }

    /** A KPI with its targets by year. */
    public record KpiView(@Size(max = Kpi.NAME_MAX) String name, @Size(max = Kpi.UNIT_MAX) String unit,
            KpiDirection direction, @Digits(integer = Kpi.INTEGER_DIGITS, fraction = Kpi.FRACTION_DIGITS) BigDecimal baseline,
            @Size(max = Kpi.MEASURE_MAX) String howMeasured,
            @Size(max = ReportingPeriod.LAST_YEAR - ReportingPeriod.FIRST_YEAR + 1) Map<@Min(ReportingPeriod.FIRST_YEAR) @Max(ReportingPeriod.LAST_YEAR) Integer,
                    @Digits(integer = Kpi.INTEGER_DIGITS, fraction = Kpi.FRACTION_DIGITS) BigDecimal> targets) {
    }

    /** One line of the fund plan. */
    public record FundLineView(@Min(ReportingPeriod.FIRST_YEAR) @Max(ReportingPeriod.LAST_YEAR) int fiscalYear,
            FundSource source, @PositiveOrZero @Max(PolicyTask.MAX_AMOUNT_WON) long amountWon) {
    }

    /** Where the task's status comes from: as it started (or was adopted), or the official report. */
    public enum StatusSource {
        /** The status the task was created or adopted with; no approved report has set it since. */
        INITIAL,
        /** The status of the official report ({@link OfficialFigures}). */
        REPORT
    }

    /** A KPI actual of the official report, with the KPI's target of the report's year. */
    public record OfficialKpi(long kpiId, String name, String unit, BigDecimal target, BigDecimal actual) {
    }

    /** A fund line of the official report. */
    public record OfficialFunds(int fiscalYear, FundSource source, long requestedWon, long securedWon,
            long executedWon) {
    }

    /**
     * The figures that are official now and where they come from: the approved progress report of the latest
     * period ({@code reportId}, its period, its approval document and when it was decided), whatever the order
     * in which reports were approved.
     */
    public record OfficialFigures(long reportId, long periodId, String periodLabel, LocalDate periodLastDay,
            long documentId, Instant approvedAt, TaskStatus status, Integer progressPercent,
            List<OfficialKpi> kpiActuals, List<OfficialFunds> funds) {
    }

    /**
     * The whole task card (과제관리카드). {@code official} is null until a report of the task is approved;
     * {@code statusSource} says whether the status is the official report's.
     */
    public record TaskCard(Long id, String managementNumber, String title, String titleEn, String summary,
            int strategyNumber, String strategyNameKo, String strategyNameEn, UnitRef owningUnit,
            PersonRef officer, List<UnitRef> collaboratingUnits, Set<TaskSource> sources, LocalDate start,
            LocalDate end, TaskTerm term, TaskStatus status, List<MilestoneView> milestones, List<KpiView> kpis,
            List<FundLineView> fundPlan, Map<FundSource, Long> fundsBySource, long totalFundsWon, boolean demo,
            long version, boolean editableByMe, boolean fullyEditableByMe, StatusSource statusSource,
            OfficialFigures official) {

        /** A card without official figures (the export, a new task). */
        public TaskCard(Long id, String managementNumber, String title, String titleEn, String summary,
                int strategyNumber, String strategyNameKo, String strategyNameEn, UnitRef owningUnit,
                PersonRef officer, List<UnitRef> collaboratingUnits, Set<TaskSource> sources, LocalDate start,
                LocalDate end, TaskTerm term, TaskStatus status, List<MilestoneView> milestones, List<KpiView> kpis,
                List<FundLineView> fundPlan, Map<FundSource, Long> fundsBySource, long totalFundsWon, boolean demo,
                long version, boolean editableByMe, boolean fullyEditableByMe) {
            this(id, managementNumber, title, titleEn, summary, strategyNumber, strategyNameKo, strategyNameEn,
                    owningUnit, officer, collaboratingUnits, sources, start, end, term, status, milestones, kpis,
                    fundPlan, fundsBySource, totalFundsWon, demo, version, editableByMe, fullyEditableByMe,
                    StatusSource.INITIAL, null);
        }

        /** The same card with the official figures of its latest approved report. */
        public TaskCard withOfficial(OfficialFigures figures) {
            StatusSource source = figures != null && figures.status() == status ? StatusSource.REPORT
                    : StatusSource.INITIAL;
            return new TaskCard(id, managementNumber, title, titleEn, summary, strategyNumber, strategyNameKo,
                    strategyNameEn, owningUnit, officer, collaboratingUnits, sources, start, end, term, status,
                    milestones, kpis, fundPlan, fundsBySource, totalFundsWon, demo, version, editableByMe,
                    fullyEditableByMe, source, figures);
        }
    }
}
