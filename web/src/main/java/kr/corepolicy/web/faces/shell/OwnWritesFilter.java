package kr.corepolicy.web.faces.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.corepolicy.web.security.AntiForgery;

/**
 * A state-changing request of a signed-in session (a post of a page, an Ajax action, a call of the API with the
 * session) makes the header count afresh on the session's next page: what the user did shows at once, also after a
 * post that redirects ({@link SignedInUser}).
 */
public class OwnWritesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignedInUser signedIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (changesState(request.getMethod()) && request.getRemoteUser() != null
                && request.getSession(false) != null) {
            signedIn.forgetCounts();
        }
        chain.doFilter(request, response);
    }

    static boolean changesState(String method) {
        return !AntiForgery.isSafe(method);
    }
}
