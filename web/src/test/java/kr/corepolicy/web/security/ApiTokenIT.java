package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal API tokens over HTTP on the real WAR (#12): a token works on the API as its owner without a session, is
 * listed without its secret, stops at once when revoked, cannot issue tokens; a wrong, unknown, revoked token and a
 * wrong password get the same 401, byte for byte; and no secret reaches the server's log or the audit trail. (The
 * expired token and the locked or deactivated owner: {@code kr.corepolicy.service.account.ApiTokensIT}, which can
 * move a token's expiry and lock an account of its own.)
 */
@ExtendWith(SharedServer.class)
class ApiTokenIT {

    private static final String PASSWORD = "demo1234";
    /** A demo user that no other API test signs in with, so that its tokens are this class's alone. */
    private static final String OWNER = "mayor";

    private final URL base = SharedServer.url();
    private final ApiClient api = new ApiClient(base);
    private final List<String> secrets = new ArrayList<>();

    @Test
    void aTokenCallsTheApiAsItsOwnerWithoutASessionAndIsListedWithoutItsSecret() {
        revokeAll(OWNER);
        JsonObject issued = issue(OWNER, "보고 집계 스크립트", 30);
        String secret = issued.getString("secret");
        assertTrue(secret.matches("cpt_[A-Za-z0-9_-]{43}"), secret);
        JsonObject token = issued.getJsonObject("token");
        assertEquals("보고 집계 스크립트", token.getString("name"));
        assertEquals(secret.substring(0, 12), token.getString("prefix"), "cpt_ and 8 characters to recognise it");
        assertEquals("ACTIVE", token.getString("state"));

        Reply tasks = bearer("api/tasks?size=5", secret);
        assertEquals(200, tasks.status(), tasks.toString());
        assertEquals(api.get("api/tasks?size=5", OWNER, PASSWORD).json().getInt("total"),
                tasks.json().getInt("total"), "the same list as with the password");
        Reply me = bearer("api/me", secret);
        assertEquals(OWNER, me.json().getString("username"));
        assertFalse(me.json().getJsonArray("roles").toString().contains("API_TOKEN"), "the token is not a role");

        HttpResponse<String> raw = send(api.request("api/me", null, null).header("Authorization", "Bearer " + secret));
        assertTrue(raw.headers().allValues("Set-Cookie").isEmpty(), "stateless: no session " + raw.headers().map());

        Reply list = api.get("api/me/tokens", OWNER, PASSWORD);
        assertEquals(200, list.status(), list.toString());
        List<JsonObject> mine = array(list.body());
        JsonObject listed = mine.stream().filter(t -> t.getJsonNumber("id").longValue() == id(issued)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + list));
        assertEquals("보고 집계 스크립트", listed.getString("name"));
        assertFalse(listed.isNull("lastUsedAt"), "the use was recorded: " + listed);
        assertFalse(list.body().contains(secret.substring(12)), "the list never shows the secret");
        assertFalse(list.body().toLowerCase().contains("hash"), list.body());
        assertEquals(200, bearer("api/me/tokens", secret).status(), "a token may list its owner's tokens");
    }

    @Test
    void aRevokedTokenStopsAtOnceAndOnlyItsOwnerOrAnAdministratorMayRevokeIt() {
        revokeAll(OWNER);
        JsonObject issued = issue(OWNER, "포털 연동", 90);
        String secret = issued.getString("secret");
        assertEquals(200, bearer("api/tasks?size=1", secret).status());

        Reply other = api.delete("api/me/tokens/" + id(issued), "deputy", PASSWORD);
        assertEquals(404, other.status(), "another user's token is not found: " + other);
        assertEquals(200, bearer("api/tasks?size=1", secret).status(), "and still works");

        Reply revoked = api.delete("api/me/tokens/" + id(issued), OWNER, PASSWORD);
        assertEquals(204, revoked.status(), revoked.toString());
        Reply refused = bearer("api/tasks?size=1", secret);
        assertEquals(401, refused.status(), refused.toString());
        assertTrue(array(api.get("api/me/tokens", OWNER, PASSWORD).body()).stream()
                .noneMatch(t -> t.getJsonNumber("id").longValue() == id(issued)), "a revoked token leaves the list");
        assertEquals(404, api.delete("api/me/tokens/" + id(issued), OWNER, PASSWORD).status(), "revoked once");

        JsonObject second = issue(OWNER, "관리자가 폐기", 30);
        assertEquals(204, api.delete("api/me/tokens/" + id(second), "admin", PASSWORD).status(),
                "an administrator revokes anyone's token");
        assertEquals(401, bearer("api/me", second.getString("secret")).status());
    }

    @Test
    void aWrongUnknownOrRevokedTokenAndAWrongPasswordGetTheSameAnswer() {
        revokeAll(OWNER);
        JsonObject issued = issue(OWNER, "곧 폐기", 30);
        String secret = issued.getString("secret");
        assertEquals(204, api.delete("api/me/tokens/" + id(issued), OWNER, PASSWORD).status());

        String unknown = "cpt_" + "Q".repeat(43);
        List<Reply> refusals = List.of(
                bearer("api/tasks", secret),
                bearer("api/tasks", unknown),
                bearer("api/tasks", "not-a-token"),
                api.get("api/tasks", OWNER, "wrong-password"));
        Reply first = refusals.get(0);
        assertEquals(401, first.status(), first.toString());
        assertNotNull(first.challenge());
        for (Reply refusal : refusals) {
            assertEquals(401, refusal.status(), refusal.toString());
            assertEquals(first.body(), refusal.body(), "the same body, whatever was wrong");
            assertEquals(first.contentType(), refusal.contentType());
            assertEquals(first.challenge(), refusal.challenge(), "the same challenge");
        }
        assertEquals("badCredentials", first.json().getString("code"));
        assertEquals(200, api.get("api/me", OWNER, PASSWORD).status(), "the right password clears the failure");
    }

    @Test
    void aTokenCannotIssueATokenButASessionCan() throws Exception {
        revokeAll(OWNER);
        String secret = issue(OWNER, "스크립트", 30).getString("secret");
        Reply minted = api.send(api.request("api/me/tokens", null, null).header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"더 만들기\",\"days\":30}")));
        assertEquals(403, minted.status(), minted.toString());
        assertEquals("apiToken.notWithToken", minted.json().getString("code"));
        assertFalse(minted.body().contains("cpt_"), minted.body());
        assertTrue(array(api.get("api/me/tokens", OWNER, PASSWORD).body()).stream()
                .noneMatch(t -> t.getString("name").equals("더 만들기")), "nothing was issued");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(api.uri("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + OWNER + "&j_password=" + PASSWORD + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());
        HttpResponse<String> bySession = browser.send(HttpRequest.newBuilder(api.uri("api/me/tokens"))
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"화면에서\",\"days\":365}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, bySession.statusCode(), bySession.body());
        secrets.add(Json.createReader(new StringReader(bySession.body())).readObject().getString("secret"));

        Reply badDays = api.post("api/me/tokens", OWNER, PASSWORD, "{\"name\":\"너무 길게\",\"days\":366}");
        assertEquals(400, badDays.status(), badDays.toString());
        assertEquals("days", badDays.json().getString("field"));
        Reply noName = api.post("api/me/tokens", OWNER, PASSWORD, "{\"name\":\" \",\"days\":30}");
        assertEquals(400, noName.status(), noName.toString());
        assertEquals("name", noName.json().getString("field"));
        revokeAll(OWNER);
    }

    @Test
    void noSecretReachesTheServerLogOrTheAuditTrail() throws IOException {
        revokeAll(OWNER);
        JsonObject issued = issue(OWNER, "로그 확인", 30);
        String secret = issued.getString("secret");
        assertEquals(200, bearer("api/me", secret).status());
        api.delete("api/me/tokens/" + id(issued), OWNER, PASSWORD);
        assertEquals(401, bearer("api/me", secret).status());

        List<String> all = new ArrayList<>(secrets);
        all.add(secret);
        Reply trail = api.get("api/audit?max=500", "admin", PASSWORD);
        assertEquals(200, trail.status(), trail.toString());
        assertTrue(trail.body().contains("API_TOKEN_ISSUED") && trail.body().contains("API_TOKEN_REVOKED"),
                "issuing and revoking are audited");
        Path logs = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).toAbsolutePath()
                .getParent().resolve("shared-server");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(logs)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".log") && Files.isRegularFile(p)).toList();
        }
        assertFalse(files.isEmpty(), "the shared server's log under " + logs);
        long read = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            read += text.length();
            for (String s : all) {
                assertFalse(text.contains(s.substring(4)), "a token's secret in " + file);
            }
        }
        assertTrue(read > 0, "the log has something in it");
        for (String s : all) {
            assertFalse(trail.body().contains(s.substring(4)), "a token's secret in the audit trail");
        }
    }

    private JsonObject issue(String user, String name, int days) {
        Reply reply = api.post("api/me/tokens", user, PASSWORD,
                Json.createObjectBuilder().add("name", name).add("days", days).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        JsonObject issued = reply.json();
        secrets.add(issued.getString("secret"));
        return issued;
    }

    /** Revokes every token of {@code user}, so that a test starts under the limit of ten whatever ran before. */
    private void revokeAll(String user) {
        for (JsonObject token : array(api.get("api/me/tokens", user, PASSWORD).body())) {
            assertEquals(204, api.delete("api/me/tokens/" + token.getJsonNumber("id").longValue(), user, PASSWORD)
                    .status());
        }
    }

    private Reply bearer(String path, String secret) {
        return api.send(api.request(path, null, null).header("Authorization", "Bearer " + secret));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long id(JsonObject issued) {
        return issued.getJsonObject("token").getJsonNumber("id").longValue();
    }

    private static List<JsonObject> array(String body) {
        return Json.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject).toList();
    }
}
