package kr.corepolicy.web.rest.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.Box;
import kr.corepolicy.service.approval.ApprovalViews.DocumentView;
import kr.corepolicy.service.approval.ApprovalViews.QueueCounts;
import kr.corepolicy.service.approval.ApprovalViews.QueueRow;
import kr.corepolicy.service.approval.ApprovalViews.QueueSort;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.web.rest.Parameters;

/** The approval queues (결재함), one document with its line, and the actions on it. */
@Path("approvals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

    @Inject
    private ApprovalService approvals;

    /**
     * One queue: {@code box} waiting (default), in-progress, done, returned, drafts; {@code sort} submitted
     * (default), title, type; {@code desc=true} for newest first; {@code page} from 0, {@code size} up to 100.
     */
    @GET
    @Path("inbox")
    public Page<QueueRow> inbox(@QueryParam("box") String box, @QueryParam("sort") String sort,
            @QueryParam("desc") @DefaultValue("true") boolean descending,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Box which = Box.parse(box);
        if (which == null) {
            throw new InvalidInputException("box", "problem.badParameter", "bad box: " + box, "box", box);
        }
        return approvals.queue(which, QueueSort.parse(sort), descending, Parameters.integer("page", page, 0),
                Parameters.integer("size", size, 20));
    }

    /** The header's counts: waiting for me, returned to me. */
    @GET
    @Path("counts")
    public QueueCounts counts() {
        return approvals.counts();
    }

    @GET
    @Path("{id: \\d+}")
    public DocumentView document(@PathParam("id") long id) {
        return approvals.document(id);
    }

    /** Approve, return or withdraw; 409 with who acted when someone else processed the step first. */
    @POST
    @Path("{id: \\d+}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentView act(@PathParam("id") long id, ActionInput input) {
        ActionInput body = Parameters.require(input);
        return approvals.act(id, ApprovalService.Action.parse(body.action()), body.comment());
    }
}
