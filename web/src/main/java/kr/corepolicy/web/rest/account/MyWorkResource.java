package kr.corepolicy.web.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.corepolicy.service.work.MyWorkService;
import kr.corepolicy.service.work.WorkViews.MyWork;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/me/work}: what the caller must do now (내 업무), as the home page shows it. */
@Path("me/work")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyWorkResource {

    @Inject
    private MyWorkService work;

    @GET
    @Operation(description = "The caller's work, and only the caller's: `waiting` (documents waiting for their"
            + " signature or for someone they stand in for today, the approval queue's waiting box), `returned`"
            + " (documents they drafted that were returned), `unread` (notifications), `reportsDue` (progress reports"
            + " of the tasks whose officer they are, in open periods, not yet submitted: not started, a draft,"
            + " withdrawn or returned) with `reportsOverdue` (of those, past the due date) and the "
            + MyWorkService.REPORTS_SHOWN + " most urgent in `reports` (earliest due date first; `daysLeft` from"
            + " today in Asia/Seoul, negative when overdue), `taskCount` and the first " + MyWorkService.TASKS_SHOWN
            + " of those tasks in `tasks` (status, and the progress of the official report, null before one), and"
            + " `portfolioDashboard`: whether the caller is one the portfolio dashboard is made for (planning office,"
            + " executives, T/F leaders, administrators); for a department head only, `departmentRisks`: their"
            + " department and the first " + MyWorkService.RISKS_SHOWN + " of its tasks at risk with every reason"
            + " (as GET /api/dashboard/risks?unit= gives them). Every signed-in user; a constant number of statements.")
    @APIResponse(responseCode = "200", description = "The caller's work today.",
            content = @Content(schema = @Schema(implementation = MyWork.class)))
    public MyWork mine() {
        return work.mine();
    }
}
