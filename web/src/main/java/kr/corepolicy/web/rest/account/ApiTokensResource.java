package kr.corepolicy.web.rest.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
import kr.corepolicy.domain.account.ApiToken;
import kr.corepolicy.service.account.ApiTokenView;
import kr.corepolicy.service.account.ApiTokens;
import kr.corepolicy.service.account.IssuedApiToken;
import kr.corepolicy.web.rest.Parameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's personal API tokens: list, issue (the secret is in the answer, once), revoke. A token is used as
 * {@code Authorization: Bearer cpt_…} on any {@code /api/} call; issuing one needs a session or HTTP Basic.
 */
@Path("me/tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    /** The body of {@code POST /api/me/tokens}: a name to recognise the token by, and how many days it works. */
    public record ApiTokenInput(@Size(max = ApiToken.NAME_MAX) String name,
            @Min(ApiToken.MIN_DAYS) @Max(ApiToken.MAX_DAYS) Integer days) {
    }

    @Inject
    private ApiTokens tokens;

    @GET
    @Operation(description = "The caller's tokens that are not revoked (working and expired), newest first: name,"
            + " prefix, dates and state, never the secret.")
    public List<ApiTokenView> tokens() {
        return tokens.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(description = "Issues a token for the caller (at most " + ApiToken.MAX_ACTIVE_PER_OWNER
            + " working at once, " + ApiToken.MIN_DAYS + " to " + ApiToken.MAX_DAYS + " days). Needs a browser"
            + " session or HTTP Basic: a request authenticated by a token gets 403 (apiToken.notWithToken), so that a"
            + " stolen token cannot make more. Use the secret as `Authorization: Bearer cpt_…`.")
    @APIResponse(responseCode = "201", description = "Issued. `secret` is shown this once and never again: only its"
            + " SHA-256 is stored.", content = @Content(schema = @Schema(implementation = IssuedApiToken.class)))
    public Response issue(ApiTokenInput input) {
        ApiTokenInput body = Parameters.require(input);
        IssuedApiToken issued = tokens.issue(body.name(), body.days());
        // Every API answer is Cache-Control: no-store (SecurityHeadersFilter), so no cache keeps the secret.
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(description = "Revokes one of the caller's tokens (an administrator: anyone's); it stops working at"
            + " once. 404 for an unknown, revoked or another user's token.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
