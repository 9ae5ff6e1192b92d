package kr.corepolicy.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StoredHashTest {

    private static final String SALT_AND_HASH = ":usOyEr12AoWHAtkVANGmm3eRCUe3PIMh2bOOB4IjMg0=:o7rMHhS2K4314yxauv9Itnlek1x4c8q";

    @Test
    void theIterationsAreReadFromTheStoredHash() {
        assertEquals(OptionalInt.of(60000), StoredHash.iterations("PBKDF2WithHmacSHA512:60000" + SALT_AND_HASH));
        assertEquals(OptionalInt.of(210000), StoredHash.iterations("PBKDF2WithHmacSHA512:210000" + SALT_AND_HASH));
        assertEquals(OptionalInt.empty(), StoredHash.iterations("PBKDF2WithHmacSHA512:many" + SALT_AND_HASH));
        assertEquals(OptionalInt.empty(), StoredHash.iterations("plain text"));
        assertEquals(OptionalInt.empty(), StoredHash.iterations(null));
    }

    @Test
    void aHashWeakerThanNewOnesIsOutdatedAndAStrongerOneIsKept() {
        assertTrue(AccountService.HASH_ITERATIONS >= 210_000, "OWASP's figure for PBKDF2-HMAC-SHA512");
        assertTrue(outdated("PBKDF2WithHmacSHA512:60000" + SALT_AND_HASH), "the old 60,000 iterations");
        assertTrue(outdated("PBKDF2WithHmacSHA512:3072" + SALT_AND_HASH));
        assertTrue(outdated("PBKDF2WithHmacSHA256:210000" + SALT_AND_HASH), "another algorithm");
        assertTrue(outdated("garbage"), "unreadable: hash again");
        assertFalse(outdated("PBKDF2WithHmacSHA512:" + AccountService.HASH_ITERATIONS + SALT_AND_HASH));
        assertFalse(outdated("PBKDF2WithHmacSHA512:600000" + SALT_AND_HASH), "stronger: kept");
    }

    private static boolean outdated(String stored) {
        return StoredHash.isOutdated(stored, AccountService.HASH_ALGORITHM, AccountService.HASH_ITERATIONS);
    }
}
