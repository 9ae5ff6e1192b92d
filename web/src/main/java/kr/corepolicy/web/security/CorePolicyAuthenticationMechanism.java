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
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.SignInResult;

/**
 * The one authentication mechanism of CorePolicy.
 *
 * <ul>
 * <li>{@code POST /j_security_check} (the sign-in form): checks the credentials, starts a fresh session
 * (new id) and redirects to the page the user wanted, or back to the sign-in page with the reason.</li>
 * <li>A request on a signed-in session is that user's.</li>
 * <li>Under {@code /api/}, HTTP Basic against the same accounts; a missing or wrong one on a protected
 * resource gets 401 with {@code WWW-Authenticate}. A browser session may call the API too, but a
 * state-changing call must then carry the {@value #CSRF_HEADER} header (an anti-forgery defence: a
 * foreign page cannot set it).</li>
 * <li>Any other protected page redirects to the sign-in page.</li>
 * </ul>
 */
@ApplicationScoped
public class CorePolicyAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String SIGN_IN_ACTION = "/j_security_check";
    public static final String CSRF_HEADER = "X-Requested-With";
    private static final String API = "/api/";

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (SIGN_IN_ACTION.equals(path)) {
                return signInWithForm(request, response, context);
            }
            boolean api = path.startsWith(API);
            String authorization = request.getHeader("Authorization");
            if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return signInWithBasic(authorization, request, response, context);
            }
            HttpSession session = request.getSession(false);
            SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SessionCaller.ATTRIBUTE);
            if (caller != null) {
                if (api && !isSafe(request.getMethod()) && request.getHeader(CSRF_HEADER) == null) {
                    return Problems.send(response, HttpServletResponse.SC_FORBIDDEN, "csrf", language(request), context);
                }
                return context.notifyContainerAboutLogin(caller.username(), caller.groups());
            }
            if (!context.isProtected()) {
                return context.doNothing();
            }
            if (api) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"CorePolicy\", charset=\"UTF-8\"");
                return Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
                        language(request), context);
            }
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                            StandardCharsets.UTF_8));
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return context.responseUnauthorized();
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
                request.getRemoteAddr());
        if (!result.succeeded()) {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error="
                    + result.outcome().name().toLowerCase(Locale.ROOT)
                    + (next.equals("/") ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
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
        if (username != null) {
            SignInResult result = accounts.authenticateRequest(username, password, request.getRemoteAddr());
            if (result.succeeded()) {
                return context.notifyContainerAboutLogin(result.username(), result.groups());
            }
            if (result.outcome() == SignInResult.Outcome.LOCKED) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"CorePolicy\", charset=\"UTF-8\"");
                return Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "locked", language(request),
                        context);
            }
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"CorePolicy\", charset=\"UTF-8\"");
        return Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "badCredentials", language(request),
                context);
    }

    /** Only a path inside this application may be a redirect target (no open redirect). */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(SIGN_IN_ACTION) || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
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
