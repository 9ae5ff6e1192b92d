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
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.notification.LinkTarget;
import kr.corepolicy.service.notification.NotificationService;
import kr.corepolicy.service.notification.NotificationService.NotificationView;
import kr.corepolicy.web.LinkPages;
import kr.corepolicy.web.rest.Parameters;

/** The caller's notifications: the newest, the unread count, marking read. */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    private NotificationService notifications;

    @GET
    public List<NotificationView> mine(@QueryParam("max") String max) {
        return notifications.mine(Parameters.integer("max", max, 20));
    }

    @GET
    @Path("unread")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount());
    }

    @POST
    @Path("{id: \\d+}/read")
    public Map<String, String> read(@PathParam("id") long id) {
        LinkTarget target = notifications.open(id);
        return target == null ? Map.of() : Map.of("link", LinkPages.pageOf(target));
    }

    @POST
    @Path("read-all")
    public Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }
}
