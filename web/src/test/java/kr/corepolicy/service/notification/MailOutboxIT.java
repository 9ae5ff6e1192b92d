package kr.corepolicy.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import kr.corepolicy.domain.notification.NotificationKind;
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
 * The e-mail outbox inside the container, with the tests' SMTP server (GreenMail, run in the container's JVM on
 * the port the application is configured with) away and back. The retries of the hours to come are seen by
 * flushing at a later moment ({@link MailOutbox#flush(Instant)}), as the timer would at that time; what each copy
 * went through is read where the administrator reads it, {@code GET /api/admin/mail}.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    private static final String PW = "demo1234";
    private static final String OFFICER_MAIL = "officer@demo.gyeongju.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(MailOutboxIT.class, ApiClient.class, Reply.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ArquillianResource
    private URL base;

    @Inject
    private NotificationService notifications;

    @Inject
    private MailOutbox outbox;

    @Test
    void copiesWaitWhileTheMailServerIsAwayAndGoOutWhenItIsBack() throws Exception {
        String subject = "메일 서버 부재 " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 3; i++) {
            notifications.tell("officer", NotificationKind.ARRIVED, subject + " #" + i, null, null);
        }
        ApiClient api = new ApiClient(base);
        assertEquals(3, api.get("api/notifications?max=50", "officer", PW).body().split(subject, -1).length - 1,
                "the notifications inside the application are there at once");

        List<JsonObject> rows = await(api, subject, 3, r -> r.getInt("attempts") == 1 && state(r, "PENDING"));
        for (int i = 0; i < 5; i++) {
            outbox.flush();
        }
        rows = rows(api, subject);
        for (JsonObject r : rows) {
            assertEquals("PENDING", r.getString("state"), "waiting, not given up: " + r);
            assertEquals(1, r.getInt("attempts"), "flushing again at once does not try again: " + r);
            assertEquals(Duration.ofMinutes(1), between(r, "lastAttemptAt", "nextAttemptAt"), r.toString());
            assertFalse(r.getString("lastError").isBlank(), "the error is kept for the administrator: " + r);
        }

        Instant due = instant(rows.get(0), "nextAttemptAt");
        outbox.flush(due.minusSeconds(1));
        assertEquals(1, rows(api, subject).get(0).getInt("attempts"), "not before its time");
        Instant second = latestNext(rows);
        flushUntil(api, subject, second, r -> r.getInt("attempts") == 2);
        for (JsonObject r : rows(api, subject)) {
            assertEquals("PENDING", r.getString("state"), r.toString());
            assertEquals(Duration.ofMinutes(2), between(r, "lastAttemptAt", "nextAttemptAt"), "then 2 minutes: " + r);
        }

        GreenMail mail = startMailServer();
        try {
            Instant third = latestNext(rows(api, subject));
            for (int i = 0; i < 5 && !rows(api, subject).isEmpty(); i++) {
                outbox.flush(third);
            }
            assertEquals(List.of(), rows(api, subject), "all three went out");
            assertTrue(mail.waitForIncomingEmail(10_000, 3));
            for (int i = 1; i <= 3; i++) {
                assertTrue(received(mail, subject + " #" + i), "copy #" + i + " arrived");
            }
        } finally {
            mail.stop();
        }
    }

    @Test
    void aCopyGivenUpAfterADayIsResentByTheAdministratorAndTheResendIsAudited() throws Exception {
        String subject = "메일 재발송 " + UUID.randomUUID().toString().substring(0, 8);
        notifications.tell("officer", NotificationKind.APPROVED, subject + " one", null, null);
        notifications.tell("officer", NotificationKind.APPROVED, subject + " two", null, null);
        ApiClient api = new ApiClient(base);
        List<JsonObject> rows = await(api, subject, 2, r -> r.getInt("attempts") == 1 && state(r, "PENDING"));

        Instant dayLater = instant(rows.get(0), "lastAttemptAt").plus(Duration.ofHours(25));
        flushUntil(api, subject, dayLater, r -> state(r, "FAILED"));
        Reply failed = api.get("api/admin/mail?state=failed&size=200", "admin", PW);
        assertEquals(200, failed.status(), failed.toString());
        List<JsonObject> given = items(failed).stream().filter(r -> r.getString("subject").startsWith(subject)).toList();
        assertEquals(2, given.size(), "both given up after a day: " + failed);
        given.forEach(r -> assertFalse(r.containsKey("nextAttemptAt"), "no next attempt: " + r));
        given.forEach(r -> assertTrue(r.getString("lastError").contains("3025"), "why: " + r));
        assertTrue(api.get("api/admin/mail/counts", "admin", PW).json().getJsonNumber("FAILED").longValue() >= 2);

        long one = given.stream().filter(r -> r.getString("subject").endsWith("one")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(403, api.post("api/admin/mail/" + one + "/resend", "officer", PW, null).status(),
                "only the administrator resends");
        assertEquals(403, api.post("api/admin/mail/resend-failed", "planner", PW, null).status());
        assertEquals(403, api.get("api/admin/mail", "head", PW).status());

        GreenMail mail = startMailServer();
        try {
            Reply resent = api.post("api/admin/mail/" + one + "/resend", "admin", PW, null);
            assertEquals(200, resent.status(), resent.toString());
            assertEquals("PENDING", resent.json().getString("state"));
            assertEquals(0, resent.json().getInt("attempts"), "a new run of attempts");
            assertTrue(waitForMail(mail, subject + " one"), "the resent copy arrives after the commit");

            Reply again = api.post("api/admin/mail/" + one + "/resend", "admin", PW, null);
            assertEquals(409, again.status(), again.toString());
            assertTrue(again.body().contains("이미 발송된 메일입니다"), again.body());

            Reply all = api.post("api/admin/mail/resend-failed", "admin", PW, null);
            assertEquals(200, all.status(), all.toString());
            assertTrue(all.json().getInt("resent") >= 1, all.toString());
            assertTrue(waitForMail(mail, subject + " two"), "resending all failed sends the other one too");
            assertTrue(items(api.get("api/admin/mail?state=failed&size=200", "admin", PW)).stream()
                    .noneMatch(r -> r.getString("subject").startsWith(subject)), "none of them failed any more");
        } finally {
            mail.stop();
        }

        Reply trail = api.get("api/audit?action=MAIL_RESENT&actor=admin&max=20", "admin", PW);
        assertEquals(200, trail.status(), trail.toString());
        assertTrue(trail.body().contains("\"target\":\"notification " + one + "\""), "the single resend: " + trail);
        assertTrue(trail.body().contains("\"target\":\"failed e-mails\""), "the resend of all failed: " + trail);
    }

    private static GreenMail startMailServer() {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1",
                "smtp"));
        mail.start();
        return mail;
    }

    /** Flushes at {@code at} until every copy of {@code subject} satisfies {@code done} (other copies may be due). */
    private void flushUntil(ApiClient api, String subject, Instant at, Predicate<JsonObject> done) {
        for (int i = 0; i < 20; i++) {
            outbox.flush(at);
            List<JsonObject> rows = rows(api, subject);
            if (!rows.isEmpty() && rows.stream().allMatch(done)) {
                return;
            }
        }
        throw new AssertionError("not reached at " + at + ": " + rows(api, subject));
    }

    /** Waits for the attempt made right after the commit. */
    private static List<JsonObject> await(ApiClient api, String subject, int count, Predicate<JsonObject> settled)
            throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<JsonObject> rows = rows(api, subject);
            if (rows.size() == count && rows.stream().allMatch(settled)) {
                return rows;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the first attempts did not settle: " + rows(api, subject));
    }

    /** The unsent copies of this test, as the administrator sees them. */
    private static List<JsonObject> rows(ApiClient api, String subject) {
        Reply reply = api.get("api/admin/mail?size=200", "admin", PW);
        assertEquals(200, reply.status(), reply.toString());
        return items(reply).stream().filter(r -> r.getString("subject").startsWith(subject)).toList();
    }

    private static List<JsonObject> items(Reply reply) {
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static boolean state(JsonObject row, String state) {
        return state.equals(row.getString("state"));
    }

    private static Instant instant(JsonObject row, String field) {
        return Instant.parse(row.getString(field));
    }

    private static Duration between(JsonObject row, String from, String to) {
        return Duration.between(instant(row, from), instant(row, to));
    }

    private static Instant latestNext(List<JsonObject> rows) {
        return rows.stream().map(r -> instant(r, "nextAttemptAt")).max(Instant::compareTo).orElseThrow();
    }

    private static boolean received(GreenMail mail, String text) throws MessagingException {
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(OFFICER_MAIL))
                    && m.getSubject().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean waitForMail(GreenMail mail, String text) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (received(mail, text)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
