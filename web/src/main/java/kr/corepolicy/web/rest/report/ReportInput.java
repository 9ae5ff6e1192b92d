package kr.corepolicy.web.rest.report;

import java.util.List;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.task.TaskStatus;

/**
 * The body of {@code POST /api/reports} (with {@code taskId} and {@code periodId}) and
 * {@code PUT /api/reports/{id}} (with the {@code version} the client read).
 */
public record ReportInput(Long taskId, Long periodId, Long version, TaskStatus status, Integer progressPercent,
        String results, String delayReasons, String countermeasures, String nextSteps,
        List<ReportContent.Actual> kpiActuals, List<ReportContent.Funds> funds) {

    ReportContent content() {
        return new ReportContent(status, progressPercent, results, delayReasons, countermeasures, nextSteps,
                kpiActuals, funds);
    }
}
