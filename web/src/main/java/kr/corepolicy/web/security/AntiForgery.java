package kr.corepolicy.web.security;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;

/**
 * The anti-forgery rules, as plain decisions on request headers (no container needed to test them).
 *
 * <ul>
 * <li>A browser tells where a request comes from: {@code Sec-Fetch-Site} (set by the browser, a page cannot
 * forge it) and {@code Origin}. A state-changing request whose {@code Sec-Fetch-Site} is {@code cross-site} or
 * {@code same-site}, or whose {@code Origin} is not this server's, is refused, whatever credentials it carries
 * (session cookie or Basic credentials the browser cached).</li>
 * <li>A script sends neither header and is not affected.</li>
 * <li>A browser never gets the HTTP Basic challenge, so that it never caches Basic credentials.</li>
 * </ul>
 */
public final class AntiForgery {

    private AntiForgery() {
    }

    /** Whether a request of this method changes nothing (the methods the anti-forgery rules let through). */
    public static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    /**
     * Whether a request must be refused as a possible forgery.
     *
     * @param method the HTTP method
     * @param fetchSite the {@code Sec-Fetch-Site} header, or null
     * @param origin the {@code Origin} header, or null
     * @param ownOrigins the origins under which this server is reached, e.g. {@code https://corepolicy.city.go.kr}
     */
    static boolean isForged(String method, String fetchSite, String origin, Collection<String> ownOrigins) {
        if (isSafe(method)) {
            return false;
        }
        if (fetchSite != null) {
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            if (site.equals("cross-site") || site.equals("same-site")) {
                return true;
            }
        }
        if (origin != null && !origin.isBlank()) {
            String normalized = normalize(origin);
            return normalized == null || ownOrigins.stream().map(AntiForgery::normalize).noneMatch(normalized::equals);
        }
        return false;
    }

    /**
     * Whether the request comes from a browser: browsers send the fetch metadata headers or an {@code Origin},
     * and ask for HTML when they navigate. Scripts and other systems do none of this.
     */
    static boolean isBrowser(String fetchMode, String fetchSite, String origin, String accept) {
        return fetchMode != null || fetchSite != null || origin != null
                || (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html"));
    }

    /** {@code scheme://host[:port]} in lower case without the default port, or null when it is no origin. */
    static String normalize(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The origin of the request as the browser saw it: the scheme and host that the reverse proxy forwarded
     * ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}), else those of the request itself.
     */
    static String requestOrigin(String scheme, String host, String forwardedProto, String forwardedHost) {
        String effectiveScheme = first(forwardedProto) != null ? first(forwardedProto) : scheme;
        String effectiveHost = first(forwardedHost) != null ? first(forwardedHost) : host;
        return effectiveHost == null ? null : effectiveScheme + "://" + effectiveHost;
    }

    private static String first(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return null;
        }
        int comma = headerValue.indexOf(',');
        return (comma < 0 ? headerValue : headerValue.substring(0, comma)).trim();
    }
}
