package kr.corepolicy.service.shared;

import jakarta.persistence.OptimisticLockException;

/**
 * Recognises a stale version: JPA refusing a change because someone saved the row since it was read. The web
 * layer asks here so that it never names a persistence type itself.
 */
public final class StaleVersion {

    private StaleVersion() {
    }

    /** Whether {@code failure} itself is JPA's optimistic-lock refusal. */
    public static boolean is(Throwable failure) {
        return failure instanceof OptimisticLockException;
    }
}
