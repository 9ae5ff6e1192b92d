package kr.corepolicy.web.rest.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.service.approval.ApprovalViews.RuleView;
import kr.corepolicy.service.approval.DelegationService;
import kr.corepolicy.web.rest.Parameters;

/** The delegation table (사무전결 규칙): everyone reads it, the administrator changes it. */
@Path("delegation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DelegationResource {

    @Inject
    private DelegationService delegation;

    @GET
    public List<RuleView> rules() {
        return delegation.rules();
    }

    @PUT
    @Path("{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleView change(@PathParam("type") String type, RuleInput input) {
        RuleInput body = Parameters.require(input);
        return delegation.change(Parameters.parse(DocumentType.class, "type", type), body.decidingPosition(),
                Parameters.required("version", body.version()));
    }
}
