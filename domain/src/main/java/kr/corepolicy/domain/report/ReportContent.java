package kr.corepolicy.domain.report;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskStatus;

/**
 * What the officer writes in a progress report. A draft may be incomplete; {@link ProgressReport#checkComplete()}
 * says what a submission still lacks.
 */
public record ReportContent(TaskStatus status, Integer progressPercent, String results, String delayReasons,
        String countermeasures, String nextSteps, List<Actual> kpiActuals, List<Funds> funds) {

    public ReportContent {
        kpiActuals = kpiActuals == null ? List.of() : List.copyOf(kpiActuals);
        funds = funds == null ? List.of() : List.copyOf(funds);
    }

    /** Whether a report of {@code status} must give the reasons of the delay and the countermeasures. */
    public static boolean needsExplanation(TaskStatus status) {
        return status != null && status.needsExplanation();
    }

    /** Whether a report of {@code status} must give the next steps: unless the task is done (or no status yet). */
    public static boolean needsNextSteps(TaskStatus status) {
        return status != TaskStatus.DONE;
    }

    /** The value of a KPI of the task for the period. */
    public record Actual(@Positive long kpiId,
            @DecimalMin("0") @Digits(integer = Kpi.INTEGER_DIGITS, fraction = Kpi.FRACTION_DIGITS) BigDecimal value) {
    }

    /** The money of one fiscal year and source, in won. */
    public record Funds(@Min(ReportingPeriod.FIRST_YEAR) @Max(ReportingPeriod.LAST_YEAR) int fiscalYear, FundSource source,
            @PositiveOrZero @Max(PolicyTask.MAX_AMOUNT_WON) long requestedWon,
            @PositiveOrZero @Max(PolicyTask.MAX_AMOUNT_WON) long securedWon,
            @PositiveOrZero @Max(PolicyTask.MAX_AMOUNT_WON) long executedWon) {
    }
}
