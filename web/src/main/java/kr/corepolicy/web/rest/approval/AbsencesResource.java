package kr.corepolicy.web.rest.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kr.corepolicy.service.approval.AbsenceService;
import kr.corepolicy.service.approval.ApprovalViews.AbsenceView;
import kr.corepolicy.web.rest.Parameters;

/** The absences of the caller's department and their stand-ins (대결자), recorded by the department. */
@Path("absences")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AbsencesResource {

    @Inject
    private AbsenceService absences;

    @GET
    public List<AbsenceView> absences() {
        return absences.ofMyDepartment();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(AbsenceInput input) {
        AbsenceInput body = Parameters.require(input);
        AbsenceView view = absences.record(body.absent(), body.deputy(), body.firstDay(), body.lastDay(),
                body.reason());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    public Response cancel(@PathParam("id") long id) {
        absences.cancel(id);
        return Response.noContent().build();
    }
}
