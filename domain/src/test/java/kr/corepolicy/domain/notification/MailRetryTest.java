package kr.corepolicy.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailRetryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void theWaitDoublesFromOneMinuteUpToTwoHours() {
        List<Long> minutes = new ArrayList<>();
        for (int failed = 1; failed <= 10; failed++) {
            minutes.add(MailRetry.delayAfter(failed).toMinutes());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 120L, 120L, 120L), minutes);
        assertEquals(Duration.ofHours(2), MailRetry.delayAfter(Integer.MAX_VALUE), "no overflow, however many");
        assertThrows(IllegalArgumentException.class, () -> MailRetry.delayAfter(0));
    }

    @Test
    void aServerAwayForSecondsLosesNothingTheNextAttemptIsAMinuteLater() {
        assertEquals(Optional.of(T0.plusSeconds(65)), MailRetry.nextAttempt(T0, 1, T0.plusSeconds(5)));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(3))),
                MailRetry.nextAttempt(T0, 2, T0.plus(Duration.ofMinutes(1))));
    }

    @Test
    void aCopyIsTriedForADayWithTheLastAttemptOnTheDeadlineThenGivenUp() {
        List<Instant> attempts = new ArrayList<>();
        Instant at = T0;
        int failed = 0;
        while (at != null) {
            attempts.add(at);
            failed++;
            at = MailRetry.nextAttempt(T0, failed, at).orElse(null);
            assertTrue(failed < 100, "the retries end");
        }
        assertEquals(T0, attempts.get(0));
        assertEquals(List.of(0L, 1L, 3L, 7L, 15L, 31L, 63L, 127L, 247L),
                attempts.subList(0, 9).stream().map(a -> Duration.between(T0, a).toMinutes()).toList());
        assertEquals(T0.plus(MailRetry.GIVE_UP_AFTER), attempts.get(attempts.size() - 1),
                "the last attempt is on the deadline, not after it");
        assertEquals(19, attempts.size(), "19 attempts over 24 hours: " + attempts);
        for (int i = 1; i < attempts.size(); i++) {
            assertFalse(Duration.between(attempts.get(i - 1), attempts.get(i)).compareTo(MailRetry.MAX_DELAY) > 0,
                    "never more than two hours apart");
        }
    }

    @Test
    void aFailureAtOrAfterTheDeadlineGivesUp() {
        assertEquals(Optional.empty(), MailRetry.nextAttempt(T0, 3, T0.plus(Duration.ofHours(24))));
        assertEquals(Optional.empty(), MailRetry.nextAttempt(T0, 1, T0.plus(Duration.ofDays(3))),
                "an instance that was down for days gives up at its first attempt after the deadline");
        assertEquals(Optional.of(T0.plus(Duration.ofHours(24))),
                MailRetry.nextAttempt(T0, 12, T0.plus(Duration.ofHours(23))), "clipped to the deadline");
    }

    @Test
    void aNewNotificationsCopyIsDueAtOnceAndFollowsTheSchedule() {
        Notification n = new Notification("officer", NotificationKind.ARRIVED, "보고", null, LinkTarget.of(LinkTarget.Kind.REPORT, 1), T0, "o@x.kr");
        assertEquals(MailState.PENDING, n.getMailState());
        assertEquals(T0, n.getMailNextAt(), "the first attempt right after the commit");
        assertEquals(T0, n.getMailQueuedAt());

        n.mailFailed(T0.plusSeconds(2), "Couldn't connect to host");
        assertEquals(MailState.PENDING, n.getMailState(), "one failure is not the end");
        assertEquals(T0.plusSeconds(62), n.getMailNextAt());
        assertEquals("Couldn't connect to host", n.getMailLastError());

        n.mailFailed(T0.plus(Duration.ofHours(25)), "x".repeat(500));
        assertEquals(MailState.FAILED, n.getMailState(), "given up after a day");
        assertNull(n.getMailNextAt());
        assertEquals(Notification.MAIL_ERROR_MAX, n.getMailLastError().length());
    }

    @Test
    void theAdministratorResendsAFailedOrPendingCopyWithANewDayOfRetries() {
        Notification n = new Notification("officer", NotificationKind.ARRIVED, "보고", null, LinkTarget.of(LinkTarget.Kind.REPORT, 1), T0, "o@x.kr");
        n.mailFailed(T0.plus(Duration.ofHours(30)), "down");
        Instant later = T0.plus(Duration.ofDays(2));
        n.resendMail(later);
        assertEquals(MailState.PENDING, n.getMailState());
        assertEquals(later, n.getMailNextAt());
        assertEquals(later, n.getMailQueuedAt());
        assertEquals(0, n.getMailAttempts());
        n.mailFailed(later.plusSeconds(1), "down");
        assertEquals(MailState.PENDING, n.getMailState(), "the day counts from the resend");

        n.resendMail(later.plusSeconds(5));
        assertEquals(later.plusSeconds(5), n.getMailNextAt(), "a pending copy may be sent now");

        n.mailSent();
        MailNotResendableException sent = assertThrows(MailNotResendableException.class,
                () -> n.resendMail(later.plusSeconds(9)));
        assertEquals("mail.resend.SENT", sent.getMessageKey());
        Notification inAppOnly = new Notification("officer", NotificationKind.ARRIVED, "보고", null, LinkTarget.of(LinkTarget.Kind.REPORT, 1), T0, null);
        assertEquals("mail.resend.NONE",
                assertThrows(MailNotResendableException.class, () -> inAppOnly.resendMail(T0)).getMessageKey());
    }
}
