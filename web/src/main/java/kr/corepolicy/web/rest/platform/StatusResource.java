package kr.corepolicy.web.rest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.corepolicy.service.platform.PlatformStatus;
import kr.corepolicy.service.platform.PlatformStatus.StatusView;

/**
 * {@code GET /api/admin/status}: the details that the public {@code /health/ready} no longer shows (database,
 * address without credentials, schema version, the reason when not ready). Administrators only.
 */
@Path("admin/status")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    @Inject
    private PlatformStatus platform;

    @GET
    public StatusView status() {
        return platform.describe();
    }
}
