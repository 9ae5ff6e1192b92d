package kr.corepolicy.web.rest.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.corepolicy.service.kpi.KpiThresholdService;
import kr.corepolicy.service.kpi.KpiThresholdsView;
import kr.corepolicy.web.rest.Parameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/kpi-thresholds}: the planning office's KPI thresholds. Everyone signed in reads them; the planning
 * office and the administrator change them.
 */
@Path("kpi-thresholds")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class KpiThresholdsResource {

    @Inject
    private KpiThresholdService thresholds;

    @GET
    @Operation(description = "The thresholds that turn a KPI's achievement (the change made ÷ the change expected by"
            + " the end of the period on the straight line to the year's target, in %) into its status: ON_TRACK (정상)"
            + " at or above `onTrackFrom`, BEHIND (미흡) at or above `behindFrom`, FAR_BEHIND (부진) below. With who"
            + " set them last (`updatedBy`, a name; null while they are the defaults, 90 and 60), the `version` to"
            + " send back with a change, and whether the caller may change them. Every signed-in user.")
    @APIResponse(responseCode = "200", description = "The thresholds in force.",
            content = @Content(schema = @Schema(implementation = KpiThresholdsView.class)))
    public KpiThresholdsView current() {
        return thresholds.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Sets both thresholds, whole percentages with 0 < behindFrom < onTrackFrom ≤ 100 (a 400"
            + " names `onTrackFrom` or `behindFrom`), with the `version` read (a stale one: 409, nothing changed)."
            + " Audited (KPI_THRESHOLDS_CHANGED); values equal to the current ones change nothing, not even the"
            + " version. The planning office and the administrator only (others: 403). The statuses shown everywhere"
            + " follow at once: they are counted with the thresholds in force.")
    @APIResponse(responseCode = "200", description = "The thresholds now in force, with their new version.",
            content = @Content(schema = @Schema(implementation = KpiThresholdsView.class)))
    public KpiThresholdsView change(ThresholdsInput input) {
        ThresholdsInput body = Parameters.require(input);
        return thresholds.change((int) Parameters.required("onTrackFrom", toLong(body.onTrackFrom())),
                (int) Parameters.required("behindFrom", toLong(body.behindFrom())),
                Parameters.required("version", body.version()));
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }
}
