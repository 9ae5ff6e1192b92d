package kr.corepolicy.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The CorePolicy API. Every resource needs a signed-in user: HTTP Basic, or the browser's session. Its
 * description (title, security scheme, operations and schemas) is made by
 * {@link kr.corepolicy.web.rest.json.ApiDescription} from the resource classes.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
