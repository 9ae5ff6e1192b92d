package kr.corepolicy.web.faces.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is rendered afresh, never as a postback of the form that failed: on the error dispatch the
 * failed request's parameters are hidden. Otherwise a failed post (an expired view, a forged or incomplete one)
 * would make Faces restore the error page from the failed form's state and PrimeFaces check the failed form's
 * CSP nonce, and the error page itself would fail with a 500.
 *
 * <p>It also answers with the status the page says: an exception mapped to an error page in web.xml (a task that
 * does not exist, a page the caller may not see) leaves the container's 500, and the browser, a crawler or a
 * monitor would read "server error" under the "not found" page.
 */
public class ErrorPageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Integer status = statusOf(request.getServletPath());
        if (status != null) {
            response.setStatus(status);
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        }, response);
    }

    /** The status of an error page (by its path in the application), or null to leave the container's. */
    static Integer statusOf(String path) {
        return switch (path == null ? "" : path) {
            case "/error/not-found.xhtml" -> HttpServletResponse.SC_NOT_FOUND;
            case "/error/forbidden.xhtml" -> HttpServletResponse.SC_FORBIDDEN;
            default -> null;
        };
    }
}
