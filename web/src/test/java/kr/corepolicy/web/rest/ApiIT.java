package kr.corepolicy.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as a script or another system sees it, against the real WAR on Payara Micro: health, HTTP Basic
 * against the database accounts, errors as problem documents, a change that is saved and read back.
 */
@ExtendWith(SharedServer.class)
class ApiIT {

    private static final String PASSWORD = "demo1234";

    private final URL base = SharedServer.url();

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void readyOnlyWithTheMigratedDatabase() {
        Reply ready = api().get("/health/ready", null, null);
        assertEquals(200, ready.status(), ready.toString());
        JsonObject check = ready.json().getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals("corepolicy-database")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"));

        Reply status = api().get("api/admin/status", "admin", PASSWORD);
        assertEquals(200, status.status(), status.toString());
        assertTrue(status.json().getBoolean("ready"), status.toString());
        assertTrue(Integer.parseInt(status.json().getString("schemaVersion")) >= 2,
                "migrated to the portfolio schema at least");
    }

    @Test
    void everyDemoUserSignsInWithBasicAndGetsTheRolesOfTheDatabase() {
        record Expected(String user, String role, String position) {
        }
        for (Expected e : List.of(new Expected("admin", "ADMIN", "TEAM_LEADER"),
                new Expected("planner", "PLANNER", "STAFF"), new Expected("officer", "OFFICER", "STAFF"),
                new Expected("teamlead", "TEAM_LEADER", "TEAM_LEADER"),
                new Expected("head", "DEPARTMENT_HEAD", "DIVISION_HEAD"), new Expected("collab", "OFFICER", "STAFF"),
                new Expected("tfleader", "TF_LEADER", "BUREAU_DIRECTOR"),
                new Expected("deputy", "EXECUTIVE", "DEPUTY_MAYOR"), new Expected("mayor", "EXECUTIVE", "MAYOR"))) {
            Reply me = api().get("api/me", e.user(), PASSWORD);
            assertEquals(200, me.status(), e.user() + ": " + me);
            JsonObject body = me.json();
            assertEquals(e.user(), body.getString("username"));
            assertEquals(e.position(), body.getString("position"));
            List<String> roles = body.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString);
            assertTrue(roles.contains("USER") && roles.contains(e.role()), e.user() + " roles " + roles);
            assertEquals(2, roles.size(), e.user() + " has exactly USER and its role: " + roles);
        }
        assertEquals("관광정책과", api().get("api/me", "head", PASSWORD).json().getString("department"));
    }

    @Test
    void wrongOrMissingCredentialsGet401WithAChallengeAndAProblemDocumentInTheCallersLanguage() {
        Reply wrong = api().get("api/me", "planner", "not-the-password");
        assertEquals(401, wrong.status());
        assertNotNull(wrong.challenge());
        assertTrue(wrong.contentType().startsWith("application/problem+json"), wrong.contentType());
        assertEquals("아이디 또는 비밀번호가 올바르지 않습니다.", wrong.json().getString("detail"));

        Reply missing = api().send(api().request("api/me", null, null).header("Accept-Language", "en-US,en;q=0.8"));
        assertEquals(401, missing.status());
        assertTrue(missing.challenge().startsWith("Basic"), missing.challenge());
        assertEquals("Authentication required", missing.json().getString("title"));

        assertEquals(200, api().get("api/me", "planner", PASSWORD).status(), "one failure does not lock");
    }

    @Test
    void languagePreferenceIsSavedAndReadBackAndBadValuesAreExplained() {
        Reply english = api().put("api/me/language", "collab", PASSWORD, "{\"language\":\"en\"}");
        assertEquals(200, english.status(), english.toString());
        assertEquals("en", api().get("api/me", "collab", PASSWORD).json().getString("language"));

        Reply bad = api().put("api/me/language", "collab", PASSWORD, "{\"language\":\"fr\"}");
        assertEquals(400, bad.status());
        assertEquals("language", bad.json().getString("field"));
        assertEquals("언어는 ko 또는 en 이어야 합니다.", bad.json().getString("detail"));

        Reply broken = api().put("api/me/language", "collab", PASSWORD, "{not json");
        assertEquals(400, broken.status(), broken.toString());
        assertTrue(broken.contentType().startsWith("application/problem+json"));

        assertEquals(200, api().put("api/me/language", "collab", PASSWORD, "{\"language\":\"ko\"}").status());
        assertEquals("ko", api().get("api/me", "collab", PASSWORD).json().getString("language"));
    }

    @Test
    void unknownAddressesGet404AsAProblemDocument() {
        Reply unknown = api().get("api/no-such-thing", "officer", PASSWORD);
        assertEquals(404, unknown.status());
        assertEquals(404, unknown.json().getInt("status"));
    }

    @Test
    void pagesRedirectToTheSignInPageAndTheSignInPageIsPublic() {
        Reply home = api().send(api().request("tasks/whatever.xhtml?x=1", null, null));
        assertEquals(302, home.status());
        Reply login = api().send(api().request("login.xhtml", null, null));
        assertEquals(200, login.status());
        assertTrue(login.body().contains("j_security_check"));
        assertTrue(login.body().contains("lang=\"ko\""), "Korean by default");
    }

    @Test
    void theOpenApiDocumentListsTheApi() {
        Reply openapi = api().send(api().request("/openapi", null, null).header("Accept", "application/json"));
        assertEquals(200, openapi.status(), openapi.toString());
        assertTrue(openapi.body().contains("/api/me"), openapi.body());
    }

    @Test
    void aBrowserSessionMayCallTheApiButChangesNeedTheAntiForgeryHeader() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(api().uri("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=teamlead&j_password=" + PASSWORD + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());
        assertTrue(signIn.headers().firstValue("Location").orElseThrow().endsWith("/"),
                "signed in and sent home, not back to the sign-in page");

        HttpResponse<String> read = browser.send(HttpRequest.newBuilder(api().uri("api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"teamlead\""));

        HttpRequest.Builder change = HttpRequest.newBuilder(api().uri("api/me/language"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"ko\"}"));
        assertEquals(403, browser.send(change.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, browser.send(change.header("X-Requested-With", "XMLHttpRequest").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void everyPagedEndpointRefusesAPageOrSizeOutOfRangeWithTheParameter() {
        record Case(String path, String user, String field) {
        }
        List<Case> cases = new java.util.ArrayList<>();
        for (String list : List.of("api/tasks?", "api/reports?", "api/approvals/inbox?box=done&")) {
            for (String page : List.of("-1", "2147483647", "abc", "99999999999")) {
                cases.add(new Case(list + "page=" + page, "planner", "page"));
            }
            for (String size : List.of("0", "-5", "100000", "x")) {
                cases.add(new Case(list + "size=" + size, "planner", "size"));
            }
        }
        for (String max : List.of("0", "100000", "many")) {
            cases.add(new Case("api/notifications?max=" + max, "officer", "max"));
            cases.add(new Case("api/audit?max=" + max, "admin", "max"));
        }
        for (Case c : cases) {
            Reply reply = api().get(c.path(), c.user(), PASSWORD);
            assertEquals(400, reply.status(), c.path() + ": " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), c.path() + ": " + reply);
            assertEquals(c.field(), reply.json().getString("field"), c.path());
        }
        JsonObject last = api().get("api/tasks?page=2&size=20", "planner", PASSWORD).json();
        assertEquals(2, last.getInt("page"), "a page in range is the page asked for");
        assertEquals(200, api().get("api/reports?page=0&size=200", "planner", PASSWORD).status());
    }
}
