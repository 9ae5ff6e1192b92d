package kr.corepolicy.web.rest.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.corepolicy.service.dashboard.DashboardService;
import kr.corepolicy.service.dashboard.DashboardViews.DepartmentDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.PortfolioDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.RiskPage;
import kr.corepolicy.web.rest.Parameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The dashboards: every employee reads them (their figures come from approved reports and the task cards). Each
 * figure is documented in {@code DashboardViews.Figures}.
 */
@Path("dashboard")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    private DashboardService dashboards;

    @GET
    @Operation(description = "The portfolio dashboard: per strategy and in total the tasks by status, the completion "
            + "rate (완료 and 이행후계속추진 ÷ the tasks that count: all but 폐기, 대체, 통합), the average progress of the "
            + "official reports (each task's approved report of the latest period), the KPIs by status in the official "
            + "reports under the thresholds in force, the national and provincial funds secured (official reports) "
            + "against planned (task cards, all years), the tasks at risk; and the task statuses the approved reports "
            + "of the last eight reporting periods gave. The figures are counted once and kept until what they count "
            + "changes (a report submitted, returned or approved, a task saved, the thresholds changed), the day "
            + "changes or five minutes pass: `asOf` is the day they count for, `computedAt` when they were counted.")
    @APIResponse(responseCode = "200", description = "The dashboard.",
            content = @Content(schema = @Schema(implementation = PortfolioDashboard.class)))
    public Response portfolio() {
        // The kept figures are answered as they are stored (the same JSON-B form), not read and written again.
        return Response.ok(dashboards.portfolioJson(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("departments/{id}")
    @Operation(description = "The same figures for the tasks one department (org unit id) owns, by strategy.")
    @APIResponse(responseCode = "200", description = "The department's dashboard.",
            content = @Content(schema = @Schema(implementation = DepartmentDashboard.class)))
    @APIResponse(responseCode = "404", description = "No such org unit.")
    public Response department(@PathParam("id") long id) {
        return Response.ok(dashboards.departmentJson(id), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("risks")
    @Operation(description = "The tasks at risk, in management-number order, each with every reason and its source: "
            + "REPORTED_STATUS (the official report says 일부추진 or 보류: report, document, period), REPORT_OVERDUE (a "
            + "report of an open period past its due date and not submitted: report, period, due date, days), "
            + "KPI_BEHIND (a KPI below the on-track threshold in the official report: actual, expected, achievement), "
            + "NO_OFFICER. Optionally of one owning unit (`unit`, org unit id) or one strategy (`strategy`, number). "
            + "The number and the first 100 of a filter are counted and kept like the dashboards' figures.")
    @APIResponse(responseCode = "200", description = "A page of tasks at risk.",
            content = @Content(schema = @Schema(implementation = RiskPage.class)))
    public RiskPage risks(@QueryParam("unit") String unit, @QueryParam("strategy") String strategy,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Long unitId = unit == null || unit.isBlank() ? null : (long) Parameters.integer("unit", unit, 0);
        Integer strategyNumber = strategy == null || strategy.isBlank() ? null
                : Parameters.integer("strategy", strategy, 0);
        return dashboards.risks(unitId, strategyNumber, Parameters.integer("page", page, 0),
                Parameters.integer("size", size, 20));
    }
}
