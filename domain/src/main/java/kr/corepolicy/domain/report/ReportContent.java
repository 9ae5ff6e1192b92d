package kr.corepolicy.domain.report;

import java.math.BigDecimal;
import java.util.List;
import kr.corepolicy.domain.task.FundSource;
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

    /** The value of a KPI of the task for the period. */
    public record Actual(long kpiId, BigDecimal value) {
    }

    /** The money of one fiscal year and source, in won. */
    public record Funds(int fiscalYear, FundSource source, long requestedWon, long securedWon, long executedWon) {
    }
}
