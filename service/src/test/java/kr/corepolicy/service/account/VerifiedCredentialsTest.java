package kr.corepolicy.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private final VerifiedCredentials cache = new VerifiedCredentials();

    @Test
    void aVerifiedCredentialIsTrustedForTwoMinutesAgainstTheSameStoredHashOnly() {
        cache.remember("kim", "hash-1", "Gyeongju#2026", T0);
        assertTrue(cache.contains("kim", "hash-1", "Gyeongju#2026", T0.plusSeconds(119)));
        assertFalse(cache.contains("kim", "hash-1", "Gyeongju#2026", T0.plus(VerifiedCredentials.LIFETIME)),
                "expired");
        assertFalse(cache.contains("kim", "hash-2", "Gyeongju#2026", T0), "a new password or hash: verify again");
        assertFalse(cache.contains("kim", "hash-1", "Gyeongju#2027", T0), "another password");
        assertFalse(cache.contains("lee", "hash-1", "Gyeongju#2026", T0), "another user");
        assertFalse(cache.contains("kim", "hash-1", null, T0));
    }

    @Test
    void theCacheStaysBoundedDroppingExpiredEntriesFirst() {
        for (int i = 0; i < VerifiedCredentials.MAX_ENTRIES; i++) {
            cache.remember("user" + i, "hash", "password", T0);
        }
        assertEquals(VerifiedCredentials.MAX_ENTRIES, cache.size());
        Instant later = T0.plus(VerifiedCredentials.LIFETIME);
        cache.remember("late", "hash", "password", later);
        assertEquals(1, cache.size(), "the expired entries made room");
        for (int i = 0; i < VerifiedCredentials.MAX_ENTRIES + 1; i++) {
            cache.remember("again" + i, "hash", "password", later);
        }
        assertTrue(cache.size() <= VerifiedCredentials.MAX_ENTRIES, "size " + cache.size());
    }
}
