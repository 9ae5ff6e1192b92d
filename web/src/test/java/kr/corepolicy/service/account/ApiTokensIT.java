package kr.corepolicy.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import kr.corepolicy.domain.account.ApiToken;
import kr.corepolicy.domain.account.ApiTokenSecret;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.audit.AuditEntry;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal API tokens inside the container, on the real WAR (#12), where a test can move a token's expiry and lock
 * or deactivate an account of its own: an expired token, a locked or deactivated owner's token are refused (over
 * HTTP with the same 401 as any wrong credential), and work again when the owner may sign in again; the last use
 * is written at most once a minute; ten working tokens at most; issuing and revoking audited, failures counted
 * against the address; only the hash stored, and the secret in no audit row and no log record of the server.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ApiTokensIT.class, ApiClient.class, Reply.class);
    }

    private static final String RIGHT = "Gyeongju#2026";

    @ArquillianResource
    private URL base;

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokens tokens;

    @Inject
    private AuditService audit;

    @Test
    void anExpiredTokenIsRefusedCountedAndAuditedAndListedAsExpired() {
        String user = newUser();
        JsonObject issued = issue(user, "만료 시험", 30);
        String secret = issued.getString("secret");
        long id = id(issued);
        String address = uniqueAddress();
        SignInResult admitted = tokens.authenticate(secret, address);
        assertTrue(admitted.succeeded());
        assertEquals(user, admitted.username());
        assertEquals(Set.of("USER", "OFFICER", ApiToken.CALLER_GROUP), admitted.groups());

        assertEquals(1, sql("update api_token set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), id));
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, tokens.authenticate(secret, address).outcome());
        assertEquals(1, number("select count(*) from sign_in_failure where source_address = ?", address),
                "the failure counts against the address like a wrong password");
        AuditEntry failure = audit.recentFor(user, 1).get(0);
        assertEquals(AuditAction.SIGN_IN_FAILED, failure.getAction());
        assertEquals("api-token:" + id, failure.getTarget());
        assertEquals("expired API token", failure.getDetail());

        Reply refused = bearer("api/tasks", secret);
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("badCredentials", refused.json().getString("code"));
        JsonObject listed = array(api().get("api/me/tokens", user, RIGHT).body()).get(0);
        assertEquals("EXPIRED", listed.getString("state"));
    }

    @Test
    void aLockedOrDeactivatedAccountsTokensStopAndWorkAgainWhenItMaySignIn() {
        String user = newUser();
        String secret = issue(user, "잠금 시험", 90).getString("secret");
        String address = uniqueAddress();
        assertEquals(200, bearer("api/me", secret).status());
        for (int i = 1; i <= UserAccount.MAX_FAILED_SIGN_INS; i++) {
            accounts.signIn(user, "wrong" + i, uniqueAddress());
        }
        Reply locked = bearer("api/me", secret);
        assertEquals(401, locked.status(), locked.toString());
        assertEquals("badCredentials", locked.json().getString("code"), "no hint that the account is locked");
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, tokens.authenticate(secret, address).outcome());
        assertEquals("API token of a locked account", audit.recentFor(user, 1).get(0).getDetail());

        sql("update user_account set locked_until = ? where username = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                user);
        assertTrue(tokens.authenticate(secret, address).succeeded(), "the lock ended");

        sql("update user_account set active = ? where username = ?", false, user);
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, tokens.authenticate(secret, address).outcome());
        assertEquals("API token of an inactive account", audit.recentFor(user, 1).get(0).getDetail());
        sql("update user_account set active = ? where username = ?", true, user);
        assertTrue(tokens.authenticate(secret, address).succeeded(), "reactivated");
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        String user = newUser();
        JsonObject issued = issue(user, "사용 기록", 30);
        String secret = issued.getString("secret");
        long id = id(issued);
        assertNull(instant("select last_used_at from api_token where id = ?", id), "not used yet");
        long version = number("select version from api_token where id = ?", id);
        // Whole seconds: the MySQL driver takes MariaDB for MySQL 5.5 and sends no fractions of a second.
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertTrue(tokens.authenticate(secret, uniqueAddress()).succeeded());
        Instant first = instant("select last_used_at from api_token where id = ?", id);
        assertNotNull(first, "the first use is written");
        assertFalse(first.isBefore(before), first + " before " + before);

        Instant recent = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        sql("update api_token set last_used_at = ? where id = ?", Timestamp.from(recent), id);
        for (int i = 0; i < 3; i++) {
            assertTrue(tokens.authenticate(secret, uniqueAddress()).succeeded());
        }
        assertEquals(recent, instant("select last_used_at from api_token where id = ?", id),
                "used 30 seconds ago: nothing written");

        Instant old = Instant.now().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        sql("update api_token set last_used_at = ? where id = ?", Timestamp.from(old), id);
        assertTrue(tokens.authenticate(secret, uniqueAddress()).succeeded());
        Instant now = instant("select last_used_at from api_token where id = ?", id);
        assertTrue(now.isAfter(old.plusSeconds(60)), "two minutes ago: written again (" + now + ")");
        assertEquals(version, number("select version from api_token where id = ?", id),
                "a use is not a change: a revocation that read the token before it does not fail as stale");
    }

    @Test
    void anOwnerHasAtMostTenWorkingTokensExpiredAndRevokedOnesDoNotCount() {
        String user = newUser();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= ApiToken.MAX_ACTIVE_PER_OWNER; i++) {
            ids.add(id(issue(user, "토큰 " + i, 30)));
        }
        Reply eleventh = api().post("api/me/tokens", user, RIGHT, "{\"name\":\"열한째\",\"days\":30}");
        assertEquals(400, eleventh.status(), eleventh.toString());
        assertEquals("apiToken.tooMany", eleventh.json().getString("code"));

        sql("update api_token set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                ids.get(0));
        issue(user, "만료된 것 대신", 30);
        assertEquals(400, api().post("api/me/tokens", user, RIGHT, "{\"name\":\"또\",\"days\":30}").status());
        assertEquals(204, api().delete("api/me/tokens/" + ids.get(1), user, RIGHT).status());
        issue(user, "폐기된 것 대신", 30);
        assertEquals(ApiToken.MAX_ACTIVE_PER_OWNER + 1, array(api().get("api/me/tokens", user, RIGHT).body()).size(),
                "ten working and the expired one are listed, the revoked one is not");
    }

    @Test
    void issuingAndRevokingAreAuditedAndTheSecretIsStoredNowhereAndNeverLogged() {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String user;
        String secret;
        long id;
        try {
            Logger.getLogger(ApiTokensIT.class.getName()).info("canary of the log capture");
            user = newUser();
            JsonObject issued = issue(user, "감사 기록", 30);
            secret = issued.getString("secret");
            id = id(issued);
            assertEquals(200, bearer("api/tasks?size=1", secret).status());
            assertEquals(204, api().delete("api/me/tokens/" + id, user, RIGHT).status());
            assertEquals(401, bearer("api/tasks?size=1", secret).status());
            api().send(api().request("api/me/tokens", null, null).header("Authorization", "Bearer " + secret)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"days\":1}")));
        } finally {
            root.removeHandler(capture);
        }
        List<AuditEntry> trail = audit.recentFor(user, 10);
        AuditEntry issuedEntry = trail.stream().filter(a -> a.getAction() == AuditAction.API_TOKEN_ISSUED).findFirst()
                .orElseThrow(() -> new AssertionError("issuing audited: " + trail));
        assertEquals("api-token:" + id, issuedEntry.getTarget());
        assertTrue(trail.stream().anyMatch(a -> a.getAction() == AuditAction.API_TOKEN_REVOKED
                && a.getTarget().equals("api-token:" + id)), "revoking audited");

        String random = secret.substring(ApiTokenSecret.MARKER.length());
        assertEquals(1, number("select count(*) from api_token where id = ? and secret_hash = ?", id,
                ApiTokenSecret.hash(secret)), "the SHA-256 of the secret is stored");
        assertEquals(0, number("select count(*) from api_token where secret_hash like ? or name like ?",
                "%" + random + "%", "%" + random + "%"));
        assertEquals(0, number("select count(*) from audit_log where detail like ? or target like ? or actor like ?",
                "%" + random + "%", "%" + random + "%", "%" + random + "%"), "no audit row holds the secret");

        synchronized (capture) {
            assertTrue(records.stream().anyMatch(r -> "canary of the log capture".equals(r.getMessage())),
                    "the capture sees the server's log records");
            for (LogRecord record : records) {
                String text = record.getMessage() + " " + Arrays.toString(record.getParameters()) + " "
                        + (record.getThrown() == null ? "" : record.getThrown().toString());
                assertFalse(text.contains(random), "a log record with the secret: " + text);
            }
        }
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private String newUser() {
        String name = "tk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.createAtStartup(name, "토큰 시험", "D-TOUR", Position.STAFF, null, RIGHT, Role.OFFICER);
        return name;
    }

    private JsonObject issue(String user, String name, int days) {
        Reply reply = api().post("api/me/tokens", user, RIGHT,
                Json.createObjectBuilder().add("name", name).add("days", days).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private Reply bearer(String path, String secret) {
        return api().send(api().request(path, null, null).header("Authorization", "Bearer " + secret));
    }

    private static long id(JsonObject issued) {
        return issued.getJsonObject("token").getJsonNumber("id").longValue();
    }

    private static List<JsonObject> array(String body) {
        return Json.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static String uniqueAddress() {
        java.util.Random random = new java.util.Random();
        return "10.12." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static int sql(String statement, Object... parameters) {
        return (Integer) jdbc(statement, true, parameters);
    }

    private static long number(String query, Object... parameters) {
        return ((Number) jdbc(query, false, parameters)).longValue();
    }

    private static Instant instant(String query, Object... parameters) {
        Timestamp value = (Timestamp) jdbc(query, false, parameters);
        return value == null ? null : value.toInstant();
    }

    /** Runs one statement on the application's data source: the rows changed, or the first column of the first row. */
    private static Object jdbc(String statement, boolean update, Object... parameters) {
        try {
            DataSource data = InitialContext.doLookup("java:app/jdbc/corepolicy");
            try (Connection connection = data.getConnection();
                    PreparedStatement prepared = connection.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                if (update) {
                    return prepared.executeUpdate();
                }
                try (ResultSet rows = prepared.executeQuery()) {
                    rows.next();
                    return rows.getObject(1);
                }
            }
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
