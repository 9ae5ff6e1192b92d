package kr.corepolicy.web.rest.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.corepolicy.service.kpi.KpiHistoryService;
import kr.corepolicy.service.kpi.KpiViews.TaskKpis;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A task's KPIs over time: targets, approved actuals, achievement and status by reporting period. */
@Path("tasks/{id: \\d+}/kpis")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskKpisResource {

    @Inject
    private KpiHistoryService history;

    @GET
    @Operation(description = "The task's KPIs (성과지표) with their targets by year and, for every reporting period"
            + " with an approved report of the task (oldest first), the approved actual (null when the report has"
            + " none for the KPI), the value expected on the straight line from the previous year's target (or the"
            + " baseline) to the year's target at the end of the period, the achievement (change made ÷ change"
            + " expected × 100, one decimal, capped at 999.9) and the status under the planning office's thresholds"
            + " (ON_TRACK 정상, BEHIND 미흡, FAR_BEHIND 부진, NO_DATA 실적 없음 with the reason NO_ACTUAL or"
            + " NO_TARGET). Every figure names its report and approval document. `latestStatus` is the status in the"
            + " task's official report (the approved report of the latest period); `years` is the chart's series:"
            + " each year's target and the approved actual of its last reported period with one. Approved reports"
            + " are open to every signed-in employee; 404 for an unknown task.")
    @APIResponse(responseCode = "200", description = "The task's KPIs over time and the thresholds in force.",
            content = @Content(schema = @Schema(implementation = TaskKpis.class)))
    public TaskKpis kpis(@PathParam("id") long id) {
        return history.history(id);
    }
}
