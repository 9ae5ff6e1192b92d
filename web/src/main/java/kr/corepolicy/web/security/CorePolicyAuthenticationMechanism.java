package kr.corepolicy.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.ApiTokens;
import kr.corepolicy.service.account.SignInResult;
import kr.corepolicy.service.audit.AuditService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one authentication mechanism of CorePolicy.
 *
 * <ul>
 * <li>{@code POST /j_security_check} (the sign-in form): checks the credentials, starts a fresh session
 * (new id) and redirects to the page the user wanted, or back to the sign-in page with the reason.</li>
 * <li>A request on a signed-in session is that user's.</li>
 * <li>Before anything else, a state-changing request that a browser sends from another site is refused
 * ({@link AntiForgery}), whatever credentials it carries.</li>
 * <li>Under {@code /api/}, HTTP Basic against the same accounts, or a personal API token
 * ({@code Authorization: Bearer cpt_…}, {@link ApiTokens}); a missing or wrong one on a protected resource gets
 * 401, with the {@code WWW-Authenticate} challenge only for scripts (a browser that got it would cache the
 * credentials). A wrong, expired or revoked token gets exactly the answer of a wrong password, and neither the
 * token nor the password is ever logged. Both are stateless: no session is created. A browser session may call
 * the API too, but a state-changing call must then carry the {@value #CSRF_HEADER} header (an anti-forgery
 * defence: a foreign page cannot set it).</li>
 * <li>Any other protected page redirects to the sign-in page.</li>
 * </ul>
 */
@ApplicationScoped
public class CorePolicyAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String SIGN_IN_ACTION = "/j_security_check";
    public static final String CSRF_HEADER = "X-Requested-With";
    private static final String API = "/api/";
    private static final String BEARER = "Bearer ";
    private static final String FACES_AJAX = "partial/ajax";

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokens tokens;

    @Inject
    private AuditService audit;

    @Inject
    @ConfigProperty(name = "corepolicy.base-url")
    private Optional<String> baseUrl;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            boolean api = path.startsWith(API);
            HttpSession session = request.getSession(false);
            SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SessionCaller.ATTRIBUTE);
            if (AntiForgery.isForged(request.getMethod(), request.getHeader("Sec-Fetch-Site"),
                    request.getHeader("Origin"), ownOrigins(request))) {
                return refuseForgery(request, response, context, caller, "crossSite");
            }
            if (SIGN_IN_ACTION.equals(path)) {
                return signInWithForm(request, response, context);
            }
            String authorization = request.getHeader("Authorization");
            if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return signInWithBasic(authorization, request, response, context);
            }
            if (api && authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return answer(tokens.authenticate(authorization.substring(BEARER.length()).trim(),
                        ClientAddress.of(request)), request, response, context);
            }
            if (caller != null) {
                if (api && !AntiForgery.isSafe(request.getMethod()) && request.getHeader(CSRF_HEADER) == null) {
                    return refuseForgery(request, response, context, caller, "csrf");
                }
                return context.notifyContainerAboutLogin(caller.username(), caller.groups());
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            if (api) {
                challenge(request, response);
                return Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
                        language(request), context);
            }
            String signIn = request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                            StandardCharsets.UTF_8);
            if (FACES_AJAX.equals(request.getHeader("Faces-Request"))) {
                // A click on a page whose sign-in has ended (the session timed out): a 302 would hand the page's
                // script the sign-in page's HTML, which it cannot use, and the click would seem to do nothing.
                // A partial response that redirects makes the browser open the sign-in page.
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(ajaxRedirect(signIn));
                return AuthenticationStatus.SEND_CONTINUE;
            }
            response.sendRedirect(signIn);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
    }

    /** The Faces partial response that makes the page's script open {@code url}. */
    static String ajaxRedirect(String url) {
        String attribute = url.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partial-response><redirect url=\"" + attribute
                + "\"/></partial-response>";
    }

    /** A refused forgery is a refused access: audited, then 403 with the code {@code csrf}. */
    private AuthenticationStatus refuseForgery(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, SessionCaller caller, String reason) throws IOException {
        audit.recordIndependently(caller == null ? "-" : caller.username(), AuditAction.ACCESS_DENIED,
                request.getMethod() + " " + request.getRequestURI(), "forgery refused: "
                        + (reason.equals("csrf") ? "no " + CSRF_HEADER + " header" : "cross-site request"),
                ClientAddress.of(request));
        return Problems.send(response, HttpServletResponse.SC_FORBIDDEN, "csrf", reason, language(request), context);
    }

    /** The origins under which browsers reach this server: the request's own and the configured address. */
    private List<String> ownOrigins(HttpServletRequest request) {
        List<String> origins = new ArrayList<>(2);
        String own = AntiForgery.requestOrigin(request.getScheme(), request.getHeader("Host"),
                request.getHeader("X-Forwarded-Proto"), request.getHeader("X-Forwarded-Host"));
        if (own != null) {
            origins.add(own);
        }
        baseUrl.ifPresent(origins::add);
        return origins;
    }

    /**
     * The HTTP Basic challenge, for scripts only: a browser that received it would cache the credentials and
     * send them with every later request, also with requests that a foreign page makes it send.
     */
    private static void challenge(HttpServletRequest request, HttpServletResponse response) {
        if (!AntiForgery.isBrowser(request.getHeader("Sec-Fetch-Mode"), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), request.getHeader("Accept"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CorePolicy\", charset=\"UTF-8\"");
        }
    }

    private AuthenticationStatus signInWithForm(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String next = safeNext(request.getParameter("next"));
        SignInResult result = accounts.signIn(request.getParameter("j_username"), request.getParameter("j_password"),
                ClientAddress.of(request));
        if (!result.succeeded()) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error="
                    + result.outcome().name().toLowerCase(Locale.ROOT)
                    + (next.equals("/") ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        secureSessionCookieBehindHttps(request, response);
        session.setAttribute(SessionCaller.ATTRIBUTE, new SessionCaller(result.username(), Set.copyOf(result.groups())));
        session.setAttribute(SessionLanguage.ATTRIBUTE, result.preferredLanguage());
        response.sendRedirect(request.getContextPath() + next);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signInWithBasic(String authorization, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) throws IOException {
        String username = null;
        String password = null;
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                username = decoded.substring(0, colon);
                password = decoded.substring(colon + 1);
            }
        } catch (IllegalArgumentException e) {
            // malformed header: treated as wrong credentials below
        }
        return answer(username == null ? null
                : accounts.authenticateRequest(username, password, ClientAddress.of(request)), request, response,
                context);
    }

    /**
     * The answer to a request's own credentials (Basic or a token; null: malformed): the caller, or 401 with the
     * same body and challenge whatever was wrong, except the right password of a locked account (401 "locked") and
     * a throttled address (429).
     */
    private AuthenticationStatus answer(SignInResult result, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) throws IOException {
        if (result != null && result.succeeded()) {
            return context.notifyContainerAboutLogin(result.username(), result.groups());
        }
        if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
            challenge(request, response);
            return Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "locked", language(request), context);
        }
        if (result != null && result.outcome() == SignInResult.Outcome.THROTTLED) {
            response.setHeader("Retry-After", String.valueOf(result.retryAfter().toSeconds()));
            return Problems.send(response, 429, "throttled", language(request), context);
        }
        challenge(request, response);
        return Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "badCredentials", language(request),
                context);
    }

    /**
     * Behind the city's HTTPS reverse proxy the connection to Payara is plain HTTP, so the container does not mark
     * the new session cookie {@code Secure}; the proxy's {@code X-Forwarded-Proto: https} says that the browser
     * sees HTTPS, and then the cookie is marked. (Trusting the header is safe: it can only make the cookie
     * stricter.)
     */
    private static void secureSessionCookieBehindHttps(HttpServletRequest request, HttpServletResponse response) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        if (request.isSecure() || forwarded == null || !forwarded.trim().toLowerCase(Locale.ROOT).startsWith("https")) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            if (i == 0) {
                response.setHeader("Set-Cookie", secured(cookies.get(i)));
            } else {
                response.addHeader("Set-Cookie", secured(cookies.get(i)));
            }
        }
    }

    /** A {@code Set-Cookie} value with the {@code Secure} attribute. */
    static String secured(String setCookie) {
        return setCookie.matches("(?i).*;\\s*secure\\s*(;.*)?") ? setCookie : setCookie + "; Secure";
    }

    /** Only a path inside this application may be a redirect target (no open redirect). */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(SIGN_IN_ACTION) || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    private static Language language(HttpServletRequest request) {
        return Language.of(request.getHeader("Accept-Language"));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
    }
}
