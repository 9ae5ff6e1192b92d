package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser, an attacker's page and an unauthenticated caller see, on the real WAR: forgeries refused,
 * no Basic challenge for browsers, security headers and cookie attributes, a readiness check without details,
 * JSF refusals and expired pages answered as such, and every refusal audited once with the client address.
 */
@ExtendWith(SharedServer.class)
class HardeningIT {

    private static final String PASSWORD = "demo1234";
    private static final String EVIL = "https://evil.example";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URL base = SharedServer.url();

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void aCrossSitePostWithBasicCredentialsIsRefusedAndChangesNothing() {
        long before = newestAuditId();
        Reply forged = api().send(api().request("api/me/language", "deputy", PASSWORD)
                .header("Content-Type", "application/json").header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site").PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\"}")));
        assertEquals(403, forged.status(), forged.toString());
        assertEquals("csrf", forged.json().getString("code"));
        assertEquals("ko", api().get("api/me", "deputy", PASSWORD).json().getString("language"), "nothing changed");

        Reply reopen = api().send(api().request("api/periods/1/reopen", "planner", PASSWORD).header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, reopen.status(), reopen.toString());
        assertEquals("csrf", reopen.json().getString("code"));

        Reply oldBrowser = api().send(api().request("api/me/language", "deputy", PASSWORD)
                .header("Content-Type", "application/json").header("Origin", EVIL)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\"}")));
        assertEquals(403, oldBrowser.status(), "a foreign Origin alone is enough: " + oldBrowser);

        List<JsonObject> refusals = audit("ACCESS_DENIED", before).stream()
                .filter(e -> e.getString("target").contains("/api/me/language")).toList();
        assertEquals(2, refusals.size(), "each forgery audited once: " + refusals);
        refusals.forEach(e -> assertFalse(e.isNull("sourceAddress"), "with the client address: " + e));
    }

    @Test
    void aBrowserNeverGetsTheBasicChallengeButAScriptDoes() {
        Reply navigate = api().send(api().request("api/me", null, null).header("Sec-Fetch-Mode", "navigate")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertEquals(401, navigate.status());
        assertNull(navigate.challenge(), "no Basic challenge for a browser");

        Reply wrongFromPage = api().send(api().request("api/me", "planner", "wrong").header("Sec-Fetch-Mode", "cors")
                .header("Sec-Fetch-Site", "same-origin"));
        assertEquals(401, wrongFromPage.status());
        assertNull(wrongFromPage.challenge());

        Reply script = api().get("api/me", null, null);
        assertEquals(401, script.status());
        assertTrue(script.challenge().startsWith("Basic"), "scripts still get it");
    }

    @Test
    void pagesApiAnswersAndErrorsCarryTheSecurityHeaders() throws Exception {
        HttpClient browser = signedIn("officer");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(api().uri("tasks/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertSecurityHeaders(page.headers(), "page");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("'nonce-") && policy.contains("object-src 'none'") && !policy.contains("unsafe-eval"),
                policy);
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "PrimeFaces' scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|complete)=\".*"), "no inline handlers");

        HttpResponse<String> json = HTTP.send(api().request("api/me", "officer", PASSWORD).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        assertSecurityHeaders(json.headers(), "API answer");

        HttpResponse<String> missing = HTTP.send(api().request("api/no-such-thing", "officer", PASSWORD)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders(missing.headers(), "API error");

        HttpResponse<String> forbidden = browser.send(HttpRequest.newBuilder(api().uri("admin/users.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forbidden.statusCode());
        assertSecurityHeaders(forbidden.headers(), "error page");

        // An address that names nothing is a 404 with the "not found" page, whether the id names nothing or cannot
        // be read (the container's 500 for the mapped exception used to stay).
        for (String nothing : List.of("tasks/card.xhtml?id=987654321", "dashboard/department.xhtml?id=987654321",
                "tasks/card.xhtml?id=abc", "dashboard/department.xhtml?id=abc", "strategies/view.xhtml?id=x")) {
            HttpResponse<String> notFound = browser.send(HttpRequest.newBuilder(api().uri(nothing)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, notFound.statusCode(), nothing);
            assertTrue(notFound.body().contains("페이지를 찾을 수 없습니다"), nothing + ": " + notFound.body());
        }

        HttpResponse<String> style = browser.send(HttpRequest.newBuilder(api().uri(
                "jakarta.faces.resource/css/corepolicy.css.xhtml?ln=corepolicy")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, style.statusCode());
        assertFalse(style.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "static resources stay cacheable");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindHttps() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        // An anonymous page that keeps view state makes a session (the sign-in page keeps none, see below).
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(api().uri("bare.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymous = sessionCookie(page.headers());
        assertTrue(anonymous.matches("(?i).*;\\s*HttpOnly.*"), anonymous);
        assertTrue(anonymous.matches("(?i).*;\\s*SameSite=Lax.*"), anonymous);

        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(api().uri("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=officer&j_password=" + PASSWORD + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());
        String session = sessionCookie(signIn.headers());
        assertTrue(session.matches("(?i).*;\\s*HttpOnly.*"), session);
        assertTrue(session.matches("(?i).*;\\s*SameSite=Lax.*"), session);
        assertTrue(session.matches("(?i).*;\\s*Secure.*"), "behind the HTTPS proxy: " + session);
    }

    @Test
    void theSignInPageAndTheErrorPagesMakeNoSessionForAVisitor() throws Exception {
        // Whether a page is stateless is learnt when it is first built (StatelessViews): the second visit counts.
        for (String page : List.of("login.xhtml", "login.xhtml?next=%2Fdashboard%2Findex.xhtml", "no-such-page.xhtml",
                "tasks/card.xhtml?id=abc")) {
            for (int visit = 1; visit <= 2; visit++) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(api().uri(page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(answer.statusCode() == 200 || answer.statusCode() == 404 || answer.statusCode() == 302,
                        page + ": " + answer.statusCode());
                if (visit == 2) {
                    assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                            page + " made a session: " + answer.headers().map());
                }
            }
        }
        // The page still works without one: signing in makes the session.
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(api().uri("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(login.body().contains("name=\"j_username\""), login.body());
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(api().uri("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=officer&j_password=" + PASSWORD + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());
        sessionCookie(signIn.headers());
    }

    @Test
    void theReadinessCheckTellsStrangersOnlyUpOrDownAndAdministratorsTheDetails() {
        Reply ready = api().get("/health/ready", null, null);
        assertEquals(200, ready.status(), ready.toString());
        JsonObject check = ready.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("UP", check.getString("status"));
        assertTrue(!check.containsKey("data") || check.getJsonObject("data").isEmpty(), "nothing but the status: " + check);
        Reply health = api().get("/health", null, null);
        assertFalse(health.body().contains("jdbc:") || health.body().contains("H2"), health.body());

        Reply officer = api().get("api/admin/status", "officer", PASSWORD);
        assertEquals(403, officer.status(), officer.toString());
        Reply admin = api().get("api/admin/status", "admin", PASSWORD);
        assertEquals(200, admin.status(), admin.toString());
        assertTrue(admin.json().getString("url").startsWith("jdbc:"), admin.toString());
        assertTrue(admin.json().getBoolean("demo"));
    }

    @Test
    void aRefusedPageAnswers403AndIsAuditedOnceWithTheClientAddress() throws Exception {
        HttpClient browser = signedIn("officer");
        long before = newestAuditId();
        HttpResponse<String> users = browser.send(HttpRequest.newBuilder(api().uri("admin/delegation.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, users.statusCode());
        assertTrue(users.body().contains("권한이 없습니다"), "the forbidden page");

        List<JsonObject> refusals = audit("ACCESS_DENIED", before).stream()
                .filter(e -> e.getString("actor").equals("officer")
                        && e.getString("target").contains("/admin/delegation.xhtml"))
                .toList();
        assertEquals(1, refusals.size(), "audited exactly once: " + refusals);
        assertFalse(refusals.get(0).isNull("sourceAddress"), refusals.get(0).toString());
    }

    @Test
    void aRefusedApiCallIsAuditedOnceWithTheClientAddress() {
        long before = newestAuditId();
        Reply refused = api().put("api/delegation/PROGRESS_REPORT", "collab", PASSWORD,
                "{\"decidingPosition\":\"MAYOR\",\"version\":0}");
        assertEquals(403, refused.status(), refused.toString());
        List<JsonObject> refusals = audit("ACCESS_DENIED", before).stream()
                .filter(e -> e.getString("actor").equals("collab")).toList();
        assertEquals(1, refusals.size(), "audited exactly once: " + refusals);
        assertFalse(refusals.get(0).isNull("sourceAddress"), refusals.get(0).toString());
    }

    @Test
    void aBusinessEventCarriesTheClientAddress() {
        long before = newestAuditId();
        assertEquals(200, api().put("api/me/language", "mayor", PASSWORD, "{\"language\":\"en\"}").status());
        assertEquals(200, api().put("api/me/language", "mayor", PASSWORD, "{\"language\":\"ko\"}").status());
        List<JsonObject> changes = audit("PREFERENCE_CHANGED", before).stream()
                .filter(e -> e.getString("actor").equals("mayor")).toList();
        assertEquals(2, changes.size(), changes.toString());
        changes.forEach(e -> assertFalse(e.isNull("sourceAddress"), "with the client address: " + e));
    }

    @Test
    void anExpiredPageOffersAReloadInsteadOfAServerError() throws Exception {
        HttpClient browser = signedIn("teamlead");
        HttpResponse<String> expired = browser.send(HttpRequest.newBuilder(api().uri("notifications.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", api().uri("notifications.xhtml?x=1").toString())
                .POST(HttpRequest.BodyPublishers.ofString("shellForm=shellForm&"
                        + URLEncoder.encode("jakarta.faces.ViewState", StandardCharsets.UTF_8) + "=bogus%3A123"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("화면을 새로 고쳐 주십시오"), expired.body());
        assertTrue(expired.body().contains("notifications.xhtml?x=1\""), "a link back to the page: " + expired.body());
    }

    @Test
    void anExpiredAjaxRequestGetsTheReloadPageInTheAjaxAnswer() throws Exception {
        HttpClient browser = signedIn("teamlead");
        HttpResponse<String> expired = browser.send(HttpRequest.newBuilder(api().uri("notifications.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString("shellForm=shellForm&jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.source=shellForm&jakarta.faces.partial.execute=%40all"
                        + "&jakarta.faces.ViewState=bogus%3A123&primefaces.nonce=" + java.util.Base64.getEncoder()
                                .encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, expired.statusCode(), "an Ajax answer the browser can show: " + expired.body());
        assertTrue(expired.body().contains("<partial-response"), expired.body());
        assertTrue(expired.body().contains("화면을 새로 고쳐 주십시오"), expired.body());
    }

    @Test
    void aClickAfterTheSignInEndedOpensTheSignInPageInsteadOfDoingNothing() throws Exception {
        // A session that timed out is no session: the Ajax post of a page left open carries an unknown cookie.
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> ajax = browser.send(HttpRequest.newBuilder(api().uri("notifications.xhtml?page=2"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .header("Cookie", "JSESSIONID=ended")
                .POST(HttpRequest.BodyPublishers.ofString("shellForm=shellForm&jakarta.faces.partial.ajax=true"
                        + "&jakarta.faces.ViewState=1%3A2"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ajax.statusCode(), "an answer the page's script follows: " + ajax.body());
        assertTrue(ajax.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), ajax.headers().map()
                .toString());
        assertTrue(ajax.body().matches("(?s).*<partial-response><redirect url=\"[^\"]*/login\\.xhtml"
                + "\\?next=%2Fnotifications\\.xhtml%3Fpage%3D2\"/></partial-response>"), ajax.body());

        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(api().uri("notifications.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=ended")
                .POST(HttpRequest.BodyPublishers.ofString("shellForm=shellForm")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, post.statusCode(), "a plain post is redirected as before");
        assertTrue(post.headers().firstValue("Location").orElse("").endsWith("login.xhtml?next=%2Fnotifications.xhtml"),
                post.headers().map().toString());
    }

    @Test
    void theHeadersLanguageSwitchAndSignOutArePlainPostsThatAnotherSiteCannotSend() throws Exception {
        HttpClient browser = signedIn("collab");
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(api().uri("shell/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "another site's page cannot sign the user out: " + forged.body());
        assertEquals(200, browser.send(HttpRequest.newBuilder(api().uri("notifications.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "still signed in");

        // The switch comes back to the page with its query string, and never leaves the application.
        assertEquals(base.getPath() + "tasks/index.xhtml?strategy=2&page=1",
                switchTo(browser, "en", "/tasks/index.xhtml?strategy=2&page=1"));
        HttpResponse<String> english = browser.send(HttpRequest.newBuilder(api().uri("tasks/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("lang=\"en\""), "the page in English");
        assertEquals("en", api().get("api/me", "collab", PASSWORD).json().getString("language"), "kept as preference");
        for (String elsewhere : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "/shell/sign-out",
                "/index.xhtml\r\nSet-Cookie: x=1")) {
            assertEquals(base.getPath() + "index.xhtml", switchTo(browser, "ko", elsewhere), elsewhere);
        }
        assertEquals("ko", api().get("api/me", "collab", PASSWORD).json().getString("language"));

        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(api().uri("shell/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElse("").endsWith("login.xhtml?signedOut=true"));
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(api().uri("notifications.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, after.statusCode(), "signed out");
        assertEquals(405, browser.send(HttpRequest.newBuilder(api().uri("shell/sign-out")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a link cannot sign anyone out");
    }

    /** Posts the header's language switch as the page's form does, and answers where it sends the browser. */
    private String switchTo(HttpClient browser, String language, String back) throws Exception {
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(api().uri("shell/language"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin())
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("lang=" + language + "&back="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), answer.body());
        java.net.URI location = java.net.URI.create(answer.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static void assertSecurityHeaders(HttpHeaders headers, String what) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), what);
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null), what);
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }

    private HttpClient signedIn(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(api().uri("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + PASSWORD + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());
        return browser;
    }

    /** The audit entries of one action written after the given id, read as the administrator. */
    private List<JsonObject> audit(String action, long after) {
        Reply trail = api().get("api/audit?action=" + action + "&after=" + after + "&max=500", "admin", PASSWORD);
        assertEquals(200, trail.status(), trail.toString());
        return jakarta.json.Json.createReader(new java.io.StringReader(trail.body())).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private long newestAuditId() {
        Reply trail = api().get("api/audit?max=1", "admin", PASSWORD);
        assertEquals(200, trail.status(), trail.toString());
        return jakarta.json.Json.createReader(new java.io.StringReader(trail.body())).readArray().stream()
                .mapToLong(v -> v.asJsonObject().getJsonNumber("id").longValue()).max().orElse(0);
    }
}
