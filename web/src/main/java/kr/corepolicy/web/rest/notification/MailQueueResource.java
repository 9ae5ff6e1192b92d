package kr.corepolicy.web.rest.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import kr.corepolicy.domain.notification.MailState;
import kr.corepolicy.service.notification.MailQueueService;
import kr.corepolicy.service.notification.MailQueueService.MailView;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.web.rest.Parameters;

/**
 * The e-mail outbox for administrators: {@code GET /api/admin/mail?state=pending|failed&page=&size=} (the copies
 * not sent yet, with their attempts, next attempt and last error), {@code POST /api/admin/mail/{id}/resend} and
 * {@code POST /api/admin/mail/resend-failed}. Resending is audited.
 */
@Path("admin/mail")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailQueueResource {

    @Inject
    private MailQueueService mail;

    @GET
    public Page<MailView> unsent(@QueryParam("state") String state, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        MailState wanted = Parameters.parse(MailState.class, "state", state);
        return mail.unsent(wanted, Parameters.integer("page", page, 0), Parameters.integer("size", size, 50));
    }

    @GET
    @Path("counts")
    public Map<MailState, Long> counts() {
        return mail.counts();
    }

    @POST
    @Path("{id: \\d+}/resend")
    public MailView resend(@PathParam("id") long id) {
        return mail.resend(id);
    }

    @POST
    @Path("resend-failed")
    public Map<String, Integer> resendFailed() {
        return Map.of("resent", mail.resendAllFailed());
    }
}
