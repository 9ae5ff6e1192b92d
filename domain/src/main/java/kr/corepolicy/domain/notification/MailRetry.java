package kr.corepolicy.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When an e-mail copy that could not be sent is tried again: after 1, 2, 4, 8 … minutes, never more than
 * {@link #MAX_DELAY} apart, until {@link #GIVE_UP_AFTER} have passed since it was queued (or resent); the
 * last attempt falls on that deadline, and a failure then gives up. A mail server away for seconds or hours
 * therefore loses nothing; one away for a day leaves the copies for the administrator to resend.
 */
public final class MailRetry {

    /** The wait after the first failed attempt; each further failure doubles it. */
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    /** The longest wait between two attempts. */
    public static final Duration MAX_DELAY = Duration.ofHours(2);

    /** How long after queuing a copy is still tried. */
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private MailRetry() {
    }

    /** The wait after {@code failedAttempts} attempts in a row failed (from 1): 1, 2, 4 … minutes, capped. */
    public static Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failed attempts must be at least 1: " + failedAttempts);
        }
        int doublings = failedAttempts - 1;
        long capInUnits = MAX_DELAY.toSeconds() / FIRST_DELAY.toSeconds();
        if (doublings >= Long.SIZE - 2 || (1L << doublings) >= capInUnits) {
            return MAX_DELAY;
        }
        return FIRST_DELAY.multipliedBy(1L << doublings);
    }

    /**
     * The moment of the next attempt after attempt number {@code failedAttempts} failed at {@code failedAt}, or
     * empty when it is time to give up.
     *
     * @param queuedAt when the copy was queued or last resent: the give-up deadline counts from there
     */
    public static Optional<Instant> nextAttempt(Instant queuedAt, int failedAttempts, Instant failedAt) {
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(failedAt, "failedAt");
        Instant deadline = queuedAt.plus(GIVE_UP_AFTER);
        if (!failedAt.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant next = failedAt.plus(delayAfter(failedAttempts));
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
