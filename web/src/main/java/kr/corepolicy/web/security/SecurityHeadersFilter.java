package kr.corepolicy.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every answer: pages, API, resources and error pages (registered in web.xml for every
 * dispatch, before any other filter).
 *
 * <p>
 * Pages get their Content-Security-Policy from PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml), which
 * moves every inline script and handler into scripts carrying a fresh nonce and sends {@link #PAGE_POLICY} plus
 * that nonce. Every other answer gets {@link #OTHER_POLICY}, which allows no inline script at all.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What pages may load; PrimeFaces appends the nonce to the last directive, {@code script-src}. */
    public static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; script-src 'self'";

    /** The policy of everything that is not a page: JSON, files, resources. */
    public static final String OTHER_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        headersFor(path).forEach(response::setHeader);
        chain.doFilter(request, response);
    }

    /** The headers for a request path inside the application (a plain decision, tested without a server). */
    static Map<String, String> headersFor(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        if (!isPage(path)) {
            headers.put("Content-Security-Policy", OTHER_POLICY);
        }
        if (!isStaticResource(path)) {
            headers.put("Cache-Control", "no-store");
            headers.put("Pragma", "no-cache");
        }
        return headers;
    }

    /** A Faces page (or the welcome page, which forwards to one): PrimeFaces sends its policy with the nonce. */
    static boolean isPage(String path) {
        return path.endsWith(".xhtml") || path.isEmpty() || path.endsWith("/");
    }

    /** Style sheets, scripts and images: the same for everyone, and versioned, so they may be cached. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
