package kr.corepolicy.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.audit.AuditEntry;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.platform.DatabaseStatus;
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
 * The account and organisation services inside the container, on the real WAR: accounts stored with
 * PBKDF2 hashes, sign-in counting failures and locking, the audit trail written in the same transaction.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountServiceIT.class, ApiClient.class, Reply.class);
    }

    private static final String RIGHT = "Gyeongju#2026";

    @ArquillianResource
    private URL base;

    @Inject
    private AccountService accounts;

    @Inject
    private Accounts directory;

    @Inject
    private AuditService audit;

    @Inject
    private OrganizationService organization;

    @Inject
    private DatabaseStatus database;

    private static String uniqueName() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void migrationsRanBeforeAnythingElse() {
        assertTrue(database.isReady(), database.getProblem());
        assertTrue(Integer.parseInt(database.getSchemaVersion()) >= 2, database.getSchemaVersion());
    }

    @Test
    void aStoredUserIsHashedAndSignsIn() {
        String name = uniqueName();
        accounts.createAtStartup(name, "시험 사용자", "D-TOUR", Position.STAFF, null, "Gyeongju#2026", Role.OFFICER);

        UserAccount stored = directory.require(name);
        assertNotEquals("Gyeongju#2026", stored.getPasswordHash());
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:"), stored.getPasswordHash());
        assertEquals("관광정책과", stored.getOrgUnit().getNameKo());

        SignInResult result = accounts.signIn(name.toUpperCase(), "Gyeongju#2026", "127.0.0.1");
        assertTrue(result.succeeded());
        assertEquals(java.util.Set.of("USER", "OFFICER"), result.groups());
        assertNotNull(directory.require(name).getLastSignInAt());
        List<AuditEntry> trail = audit.recentFor(name, 5);
        assertEquals(AuditAction.SIGN_IN, trail.get(0).getAction());
        assertEquals("127.0.0.1", trail.get(0).getSourceAddress());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountButOnlyTheRightPasswordLearnsOfIt() throws Exception {
        String name = uniqueName();
        String address = uniqueAddress();
        accounts.createAtStartup(name, "잠금 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        for (int i = 1; i <= UserAccount.MAX_FAILED_SIGN_INS; i++) {
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                    accounts.signIn(name, "wrong" + i, address).outcome(), "attempt " + i);
        }
        assertTrue(directory.require(name).isLockedAt(Instant.now()), "the fifth failure locked the account");
        assertTrue(audit.recentFor(name, 10).stream().anyMatch(a -> a.getAction() == AuditAction.ACCOUNT_LOCKED));

        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, accounts.signIn(name, "wrong6", address).outcome(),
                "a wrong password on a locked account is just a wrong password");
        assertEquals(SignInResult.Outcome.LOCKED, accounts.signIn(name, RIGHT, address).outcome());
        assertEquals(SignInResult.Outcome.LOCKED, accounts.authenticateRequest(name, RIGHT, address).outcome(),
                "an API request with the right password is refused while locked too");
        assertEquals(SignInResult.Outcome.LOCKED, accounts.signIn(name, RIGHT, address).outcome(),
                "refusing the right password did not clear the lock");
        UserAccount locked = directory.require(name);
        assertEquals(UserAccount.MAX_FAILED_SIGN_INS, locked.getFailedSignIns(), "nothing counted while locked");

        assertEquals(1, sql("update user_account set locked_until = ? where username = ?",
                Timestamp.valueOf("2000-01-01 00:00:00"), name), "the lock ends");
        assertTrue(accounts.signIn(name, RIGHT, address).succeeded(), "the right password works once the lock ended");
        assertEquals(0, directory.require(name).getFailedSignIns());
        assertNull(directory.require(name).getLockedUntil());
    }

    @Test
    void parallelSignInsCannotOutrunTheLockNorClearIt() throws Exception {
        String name = uniqueName();
        accounts.createAtStartup(name, "경합 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        int attempts = 25;
        int right = 17;
        String network = "10.25." + (1 + new java.util.Random().nextInt(250)) + ".";
        ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<SignInResult>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int index = i;
            String password = i == right ? RIGHT : "wrong-" + i;
            // one address each, as a distributed guesser would use: the per-address throttle stays out of this test
            String address = network + (i + 1);
            FutureTask<SignInResult> task = new FutureTask<>(() -> {
                ready.countDown();
                go.await();
                return index % 2 == 0 ? accounts.signIn(name, password, address)
                        : accounts.authenticateRequest(name, password, address);
            });
            results.add(task);
            threads.newThread(task).start();
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        go.countDown();
        List<SignInResult> outcomes = new ArrayList<>();
        for (FutureTask<SignInResult> result : results) {
            outcomes.add(result.get(120, TimeUnit.SECONDS));
        }
        UserAccount after = directory.require(name);
        assertTrue(after.isLockedAt(Instant.now()), "24 wrong passwords lock the account, whatever the order");
        assertEquals(UserAccount.MAX_FAILED_SIGN_INS, after.getFailedSignIns(),
                "failures are counted one by one under the row lock and not at all once it is locked");
        assertEquals(1, audit.recentFor(name, 100).stream().filter(a -> a.getAction() == AuditAction.ACCOUNT_LOCKED)
                .count(), "locked once: the right password did not clear the lock in between");
        for (int i = 0; i < attempts; i++) {
            if (i != right) {
                assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, outcomes.get(i).outcome(), "wrong password " + i);
            }
        }
        assertEquals(SignInResult.Outcome.LOCKED, accounts.signIn(name, RIGHT, network + "99").outcome());
        assertEquals(SignInResult.Outcome.LOCKED, accounts.authenticateRequest(name, RIGHT, network + "99").outcome());
    }

    @Test
    void unknownUsersWrongPasswordsLockedAndInactiveAccountsLookTheSameUntilThePasswordIsRight() throws Exception {
        String known = uniqueName();
        accounts.createAtStartup(known, "발견 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        String inactive = uniqueName();
        accounts.createAtStartup(inactive, "중지 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        assertEquals(1, sql("update user_account set active = ? where username = ?", false, inactive));
        String address = uniqueAddress();

        long knownNanos = 0;
        long unknownNanos = 0;
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                    accounts.authenticateRequest(known, "wrong" + i, address).outcome());
            knownNanos += System.nanoTime() - start;
            start = System.nanoTime();
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                    accounts.authenticateRequest("nobody" + uniqueName(), "wrong" + i, address).outcome());
            unknownNanos += System.nanoTime() - start;
        }
        assertTrue(unknownNanos * 3 > knownNanos, "an unknown user costs the same hash work as a known one: unknown "
                + unknownNanos / 4_000_000 + " ms, known " + knownNanos / 4_000_000 + " ms");

        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, accounts.signIn(inactive, "wrong", address).outcome());
        assertEquals(SignInResult.Outcome.INACTIVE, accounts.signIn(inactive, RIGHT, address).outcome());
        assertEquals(SignInResult.Outcome.INACTIVE, accounts.authenticateRequest(inactive, RIGHT, address).outcome());
        assertTrue(audit.recentFor(inactive, 5).stream().allMatch(a -> a.getAction() == AuditAction.SIGN_IN_FAILED
                || a.getAction() == AuditAction.ACCOUNT_CREATED), "refusals audited");
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedForAWhileEvenWithTheRightPassword() throws Exception {
        String name = uniqueName();
        accounts.createAtStartup(name, "차단 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        String guesser = uniqueAddress();
        String colleague = uniqueAddress();
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                accounts.signIn("nobody" + uniqueName(), "guess", guesser).outcome());
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, accounts.authenticateRequest(name, "guess", guesser)
                .outcome());
        assertEquals(2, count("select count(*) from sign_in_failure where source_address = ?", guesser),
                "failures of unknown and known users are counted per address");
        assertTrue(accounts.signIn(name, RIGHT, guesser).succeeded(), "two failures do not throttle");
        for (int i = 2; i < 20; i++) {
            // the earlier failures of the same address, recorded as the real ones were
            sql("insert into sign_in_failure (source_address, failed_at) select source_address, max(failed_at) "
                    + "from sign_in_failure where source_address = ? group by source_address", guesser);
        }
        assertEquals(20, count("select count(*) from sign_in_failure where source_address = ?", guesser));

        SignInResult refused = accounts.signIn(name, RIGHT, guesser);
        assertEquals(SignInResult.Outcome.THROTTLED, refused.outcome(), "the right password from the throttled address");
        assertEquals(SignInResult.Outcome.THROTTLED, accounts.authenticateRequest(name, RIGHT, guesser).outcome());
        assertTrue(accounts.signIn(name, RIGHT, colleague).succeeded(), "other addresses are not affected");
        assertEquals(20, count("select count(*) from sign_in_failure where source_address = ?", guesser),
                "refused attempts are not failures of their own");
        assertTrue(audit.recentFor(name, 10).stream().anyMatch(a -> a.getAction() == AuditAction.SIGN_IN_FAILED
                && guesser.equals(a.getSourceAddress()) && a.getDetail().contains("throttled")), "audited");

        sql("update sign_in_failure set failed_at = ? where source_address = ?",
                Timestamp.valueOf("2000-01-01 00:00:00"), guesser);
        assertTrue(accounts.signIn(name, RIGHT, guesser).succeeded(), "the window slid past the failures");
    }

    @Test
    void anOldHashIsUpgradedAtTheNextSuccessfulSignInOnTheFormAndOverTheApi() throws Exception {
        Pbkdf2PasswordHash legacy = CDI.current().select(Pbkdf2PasswordHash.class).get();
        legacy.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "60000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        for (boolean form : new boolean[] {true, false}) {
            String name = uniqueName();
            accounts.createAtStartup(name, "해시 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
            String old = legacy.generate(RIGHT.toCharArray());
            assertTrue(old.startsWith("PBKDF2WithHmacSHA512:60000:"), old);
            assertEquals(1, sql("update user_account set password_hash = ? where username = ?", old, name));

            String address = uniqueAddress();
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                    (form ? accounts.signIn(name, "wrong", address) : accounts.authenticateRequest(name, "wrong",
                            address)).outcome());
            assertEquals(old, directory.require(name).getPasswordHash(), "a failure upgrades nothing");
            assertTrue((form ? accounts.signIn(name, RIGHT, address) : accounts.authenticateRequest(name, RIGHT,
                    address)).succeeded(), "the old hash still verifies");
            String upgraded = directory.require(name).getPasswordHash();
            assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA512:210000:"), (form ? "form: " : "api: ") + upgraded);
            assertTrue(accounts.signIn(name, RIGHT, address).succeeded(), "the new hash verifies");
            assertEquals(upgraded, directory.require(name).getPasswordHash(), "upgraded once");
        }
    }

    @Test
    void unknownAndLockedUsersGetTheSameAnswerOverHttpUntilThePasswordIsRight() throws Exception {
        ApiClient api = new ApiClient(base);
        String name = uniqueName();
        accounts.createAtStartup(name, "응답 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        assertEquals(1, sql("update user_account set failed_sign_ins = 5, locked_until = ? where username = ?",
                Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofDays(1))), name),
                "locked until tomorrow (a TIMESTAMP column of MySQL ends in 2038)");
        Reply unknown = api.get("api/me", "nobody" + uniqueName(), "wrong");
        Reply lockedWrong = api.get("api/me", name, "wrong");
        assertEquals(401, unknown.status());
        assertEquals(401, lockedWrong.status());
        assertEquals(unknown.json().getString("detail"), lockedWrong.json().getString("detail"));
        Reply lockedRight = api.get("api/me", name, RIGHT);
        assertEquals(401, lockedRight.status());
        assertNotEquals(unknown.json().getString("detail"), lockedRight.json().getString("detail"),
                "the right password learns of the lock");

        assertEquals("invalid_credentials", formError("nobody" + uniqueName(), "wrong"));
        assertEquals("invalid_credentials", formError(name, "wrong"));
        assertEquals("locked", formError(name, RIGHT));
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOne() {
        ApiClient api = new ApiClient(base);
        String name = uniqueName();
        accounts.createAtStartup(name, "변경 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        String next = "Hwangnam bread 2026";

        Reply wrongCurrent = api.put("api/me/password", name, RIGHT,
                "{\"current\":\"not-it\",\"next\":\"" + next + "\"}");
        assertEquals(400, wrongCurrent.status(), wrongCurrent.toString());
        assertEquals("current", wrongCurrent.json().getString("field"));
        assertEquals(1, directory.require(name).getFailedSignIns(), "a wrong current password counts as a failed sign-in");

        Reply weak = api.put("api/me/password", name, RIGHT, "{\"current\":\"" + RIGHT + "\",\"next\":\"qwerty1234\"}");
        assertEquals(400, weak.status(), weak.toString());
        assertEquals("next", weak.json().getString("field"));

        Reply changed = api.put("api/me/password", name, RIGHT,
                "{\"current\":\"" + RIGHT + "\",\"next\":\"" + next + "\"}");
        assertEquals(204, changed.status(), changed.toString());
        assertEquals(401, api.get("api/me", name, RIGHT).status(), "the old password no longer works");
        assertEquals(200, api.get("api/me", name, next).status(), "the new one does");
        assertTrue(audit.recentFor(name, 10).stream().anyMatch(a -> a.getAction() == AuditAction.PASSWORD_CHANGED));
    }

    @Test
    void thePasswordPageChangesThePasswordAndExplainsRefusals() throws Exception {
        String name = uniqueName();
        accounts.createAtStartup(name, "화면 시험", "T-PLAN", Position.STAFF, null, RIGHT, Role.PLANNER);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(base.toURI().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + name + "&j_password=" + RIGHT + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());

        String mismatch = submitPasswordPage(browser, RIGHT, "Hwangnam bread 2026", "Hwangnam bread 2027");
        assertTrue(mismatch.contains("새 비밀번호와 확인 입력이 다릅니다."), "confirmation checked");
        String weak = submitPasswordPage(browser, RIGHT, "P@ssw0rd", "P@ssw0rd");
        assertTrue(weak.contains("너무 흔한 비밀번호입니다."), "the policy's reason is shown");
        String done = submitPasswordPage(browser, RIGHT, "Hwangnam bread 2026", "Hwangnam bread 2026");
        assertTrue(done.contains("비밀번호를 변경했습니다."), "changed");
        assertTrue(accounts.signIn(name, "Hwangnam bread 2026", uniqueAddress()).succeeded());
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, accounts.signIn(name, RIGHT, uniqueAddress()).outcome());
    }

    /** Opens the password page in the signed-in session, fills it in and submits it; returns the page answered. */
    private String submitPasswordPage(HttpClient browser, String current, String next, String confirmation)
            throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(base.toURI().resolve("account/password.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<label") && page.body().contains("현재 비밀번호"), "labelled inputs");
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "a JSF form");
        // What PrimeFaces' script adds to every postback under the Content-Security-Policy (its nonce mode)
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        String form = "passwordForm=passwordForm&passwordForm%3Acurrent=" + encode(current)
                + "&passwordForm%3Anext=" + encode(next) + "&passwordForm%3Aconfirmation=" + encode(confirmation)
                + "&passwordForm%3Achange=&jakarta.faces.ViewState=" + encode(state.group(1))
                + (nonce.find() ? "&primefaces.nonce=" + encode(nonce.group(1)) : "");
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(base.toURI().resolve("account/password.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Signs in with the form and returns the reason the sign-in page is sent back with. */
    private String formError(String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.toURI().resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, reply.statusCode(), reply.body());
        String location = reply.headers().firstValue("Location").orElseThrow();
        int at = location.indexOf("error=");
        assertTrue(at > 0, location);
        int end = location.indexOf('&', at);
        return location.substring(at + 6, end < 0 ? location.length() : end);
    }

    private static String uniqueAddress() {
        java.util.Random random = new java.util.Random();
        return "10." + (100 + random.nextInt(150)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static int sql(String statement, Object... parameters) {
        try {
            DataSource data = InitialContext.doLookup("java:app/jdbc/corepolicy");
            try (Connection connection = data.getConnection();
                    PreparedStatement prepared = connection.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                return prepared.executeUpdate();
            }
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static long count(String query, Object... parameters) {
        try {
            DataSource data = InitialContext.doLookup("java:app/jdbc/corepolicy");
            try (Connection connection = data.getConnection();
                    PreparedStatement prepared = connection.prepareStatement(query)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = prepared.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    @Test
    void anApiRequestWritesNothingOnSuccessButCountsFailuresAndClearsThem() {
        String name = uniqueName();
        accounts.createAtStartup(name, "API 사용자", "T-PLAN", Position.STAFF, null, "Gyeongju#2026", Role.PLANNER);
        long versionBefore = directory.require(name).getVersion();
        assertTrue(accounts.authenticateRequest(name, "Gyeongju#2026", "10.0.0.2").succeeded());
        assertEquals(versionBefore, directory.require(name).getVersion(), "a successful request writes nothing");
        assertTrue(audit.recentFor(name, 10).stream().noneMatch(a -> a.getAction() == AuditAction.SIGN_IN));

        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                accounts.authenticateRequest(name, "wrong", "10.0.0.2").outcome());
        assertEquals(1, directory.require(name).getFailedSignIns());
        assertTrue(accounts.authenticateRequest(name, "Gyeongju#2026", "10.0.0.2").succeeded());
        assertEquals(0, directory.require(name).getFailedSignIns(), "a success clears earlier failures");
    }

    @Test
    void unknownUsersAndDuplicatesAreRefusedWithoutSavingAnything() {
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                accounts.signIn("nobody-" + uniqueName(), "x", "127.0.0.1").outcome());
        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> accounts.createAtStartup("officer", "중복", "D-TOUR", Position.STAFF, null, "Gyeongju#2026"));
        assertEquals("account.usernameTaken", duplicate.getMessageKey());
        assertEquals("username", duplicate.getField());
        assertEquals("김민지", directory.require("officer").getDisplayName(), "the existing account is untouched");
    }

    @Test
    void demoOrganisationIsLoadedOnceAndChartRulesHold() {
        assertTrue(organization.findByCode("O-PLAN").isPresent(), "the policy planning office exists");
        assertFalse(organization.findByCode("NOPE").isPresent());
        long units = organization.countUnits();
        assertTrue(units >= 39, "demo organisation: " + units);
    }
}
