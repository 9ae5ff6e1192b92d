package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.service.audit.AuditService;
import org.junit.jupiter.api.Test;

class CorePolicyAuthenticationMechanismTest {

    @Test
    void onlyPathsInsideTheApplicationAreRedirectTargets() {
        assertEquals("/tasks/view.xhtml?id=3", CorePolicyAuthenticationMechanism.safeNext("/tasks/view.xhtml?id=3"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext(null));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("https://evil.example/"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("//evil.example/"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("/\\evil.example"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("/j_security_check"));
        assertEquals("/", CorePolicyAuthenticationMechanism.safeNext("/x\r\nSet-Cookie: a=b"));
    }

    @Test
    void aCookieIsMarkedSecureOnce() {
        assertEquals("JSESSIONID=a; Path=/; HttpOnly; SameSite=Lax; Secure",
                CorePolicyAuthenticationMechanism.secured("JSESSIONID=a; Path=/; HttpOnly; SameSite=Lax"));
        assertEquals("JSESSIONID=a; Secure; HttpOnly", CorePolicyAuthenticationMechanism.secured("JSESSIONID=a; Secure; HttpOnly"));
        assertEquals("JSESSIONID=a; secure", CorePolicyAuthenticationMechanism.secured("JSESSIONID=a; secure"));
    }

    @Test
    void aCrossSitePostWithBasicCredentialsIsRefusedBeforeTheCredentialsAreEvenChecked() throws Exception {
        Exchange exchange = new Exchange("POST", "/api/periods/1/reopen");
        exchange.headers.put("Authorization", "Basic cGxhbm5lcjpkZW1vMTIzNA==");
        exchange.headers.put("Origin", "https://evil.example");
        exchange.headers.put("Sec-Fetch-Site", "cross-site");

        // no account service: checking the credentials would fail the test with a NullPointerException
        assertEquals(AuthenticationStatus.SEND_FAILURE, exchange.validate());
        assertEquals(403, exchange.status);
        assertTrue(exchange.body.toString().contains("\"code\":\"csrf\""), exchange.body.toString());
        assertEquals(1, exchange.audited.size(), "the refusal is audited once");
        assertTrue(exchange.audited.get(0).startsWith("ACCESS_DENIED POST /api/periods/1/reopen"),
                exchange.audited.toString());
    }

    @Test
    void aPostFromAnotherOriginIsRefusedOnPagesAndAtSignInToo() throws Exception {
        Exchange page = new Exchange("POST", "/reports/edit.xhtml");
        page.headers.put("Origin", "https://evil.example");
        assertEquals(AuthenticationStatus.SEND_FAILURE, page.validate());
        assertEquals(403, page.status);

        Exchange signIn = new Exchange("POST", "/j_security_check");
        signIn.headers.put("Sec-Fetch-Site", "cross-site");
        assertEquals(AuthenticationStatus.SEND_FAILURE, signIn.validate());
        assertEquals(403, signIn.status);
    }

    @Test
    void aBrowserGetsNoBasicChallengeButAScriptDoes() throws Exception {
        Exchange browser = new Exchange("GET", "/api/me");
        browser.headers.put("Sec-Fetch-Mode", "navigate");
        browser.headers.put("Accept", "text/html,application/xhtml+xml");
        assertEquals(AuthenticationStatus.SEND_FAILURE, browser.validate());
        assertEquals(401, browser.status);
        assertNull(browser.responseHeaders.get("WWW-Authenticate"));

        Exchange htmlOnly = new Exchange("GET", "/api/me");
        htmlOnly.headers.put("Accept", "text/html");
        htmlOnly.validate();
        assertNull(htmlOnly.responseHeaders.get("WWW-Authenticate"));

        Exchange script = new Exchange("GET", "/api/me");
        script.validate();
        assertEquals(401, script.status);
        assertNotNull(script.responseHeaders.get("WWW-Authenticate"));
        assertTrue(script.responseHeaders.get("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void aSameOriginPostIsNotAForgery() throws Exception {
        Exchange own = new Exchange("POST", "/api/me/language");
        own.headers.put("Origin", "http://localhost:8080");
        own.headers.put("Sec-Fetch-Site", "same-origin");
        // not signed in: the ordinary 401, not the forgery refusal
        assertEquals(AuthenticationStatus.SEND_FAILURE, own.validate());
        assertEquals(401, own.status);
        assertTrue(own.audited.isEmpty());
    }

    /** One request and its response, faked with proxies (the mechanism needs only a few of their methods). */
    private static final class Exchange {

        final Map<String, String> headers = new HashMap<>();
        final Map<String, String> responseHeaders = new HashMap<>();
        final StringWriter body = new StringWriter();
        final List<String> audited = new ArrayList<>();
        final String method;
        final String path;
        int status = 200;

        Exchange(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("Host", "localhost:8080");
        }

        AuthenticationStatus validate() throws Exception {
            CorePolicyAuthenticationMechanism mechanism = new CorePolicyAuthenticationMechanism();
            set(mechanism, "audit", new AuditService() {
                @Override
                public void recordIndependently(String actor, AuditAction action, String target, String detail,
                        String sourceAddress) {
                    audited.add(action + " " + target + " " + detail + " " + sourceAddress);
                }
            });
            set(mechanism, "baseUrl", Optional.empty());
            HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                        case "getRequestURI" -> path;
                        case "getContextPath" -> "";
                        case "getMethod" -> method;
                        case "getScheme" -> "http";
                        case "getRemoteAddr" -> "192.0.2.7";
                        case "getHeader" -> headers.get((String) args[0]);
                        case "getSession", "getQueryString", "getParameter" -> null;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
            PrintWriter writer = new PrintWriter(body);
            HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> {
                        switch (m.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> responseHeaders.put((String) args[0], (String) args[1]);
                            case "getWriter" -> {
                                return writer;
                            }
                            case "flushBuffer" -> writer.flush();
                            case "sendRedirect" -> status = 302;
                            case "setContentType", "setCharacterEncoding" -> {
                            }
                            default -> throw new UnsupportedOperationException(m.getName());
                        }
                        return null;
                    });
            HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] { HttpMessageContext.class }, (proxy, m, args) -> switch (m.getName()) {
                        case "isProtected" -> true;
                        case "doNothing" -> AuthenticationStatus.NOT_DONE;
                        case "responseUnauthorized" -> AuthenticationStatus.SEND_FAILURE;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
            return mechanism.validateRequest(request, response, context);
        }

        private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        }
    }

    @Test
    void theAjaxRedirectIsWellFormedWhateverTheAddress() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<partial-response><redirect "
                + "url=\"/cp/login.xhtml?next=%2Fa&amp;b=&lt;&quot;\"/></partial-response>",
                CorePolicyAuthenticationMechanism.ajaxRedirect("/cp/login.xhtml?next=%2Fa&b=<\""));
    }
}
