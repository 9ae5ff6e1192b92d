package kr.corepolicy.web.rest.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.audit.AuditService.EntryView;
import kr.corepolicy.web.rest.Parameters;

/**
 * {@code GET /api/audit?actor=&action=&after=&max=}: the audit trail, newest first, for administrators (who,
 * what, when, from where). There is no way to change it.
 */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditService audit;

    @GET
    public List<EntryView> trail(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("after") Long after, @QueryParam("max") String max) {
        return audit.trail(actor, action == null ? null : Parameters.parse(AuditAction.class, "action", action),
                after, Parameters.integer("max", max, 100));
    }
}
