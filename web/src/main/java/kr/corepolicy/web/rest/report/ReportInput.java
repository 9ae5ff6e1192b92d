package kr.corepolicy.web.rest.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskStatus;

/**
 * The body of {@code POST /api/reports} (with {@code taskId} and {@code periodId}) and
 * {@code PUT /api/reports/{id}} (with the {@code version} the client read).
 */
public record ReportInput(@Positive Long taskId, @Positive Long periodId, @PositiveOrZero Long version,
        TaskStatus status, @Min(0) @Max(100) Integer progressPercent,
        @Size(max = ProgressReport.RESULTS_MAX) String results, @Size(max = ProgressReport.TEXT_MAX) String delayReasons,
        @Size(max = ProgressReport.TEXT_MAX) String countermeasures,
        @Size(max = ProgressReport.TEXT_MAX) String nextSteps,
        @Size(max = PolicyTask.MAX_KPIS) List<ReportContent.Actual> kpiActuals,
        @Size(max = ProgressReport.MAX_FUND_LINES) List<ReportContent.Funds> funds) {

    ReportContent content() {
        return new ReportContent(status, progressPercent, results, delayReasons, countermeasures, nextSteps,
                kpiActuals, funds);
    }
}
