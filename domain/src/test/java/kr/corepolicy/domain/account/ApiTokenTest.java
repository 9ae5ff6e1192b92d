package kr.corepolicy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", "Gyeongju");
    private final OrgUnit division = OrgUnit.under(city, "D1", "정책기획과", null, OrgUnitType.DIVISION, 1);
    private final UserAccount owner = new UserAccount("officer", "김주무", division, Position.STAFF, null, "hash");

    private ApiToken issue(String name, Integer days, long working) {
        return ApiToken.issue(owner, name, days, ApiTokenSecret.generate(RANDOM), T0, working);
    }

    @Test
    void aSecretIsTheMarkerAnd32RandomBytesInBase64Url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = ApiTokenSecret.generate(RANDOM);
            assertTrue(secret.startsWith("cpt_"), secret);
            assertEquals(47, secret.length());
            assertTrue(secret.substring(4).matches("[A-Za-z0-9_-]{43}"), secret);
            assertTrue(ApiTokenSecret.isWellFormed(secret));
            assertTrue(seen.add(secret), "no two alike");
        }
    }

    @Test
    void onlyTheShapeOfASecretIsWellFormed() {
        String secret = ApiTokenSecret.generate(RANDOM);
        assertFalse(ApiTokenSecret.isWellFormed(null));
        assertFalse(ApiTokenSecret.isWellFormed(""));
        assertFalse(ApiTokenSecret.isWellFormed(secret.substring(0, 46)), "too short");
        assertFalse(ApiTokenSecret.isWellFormed(secret + "A"), "too long");
        assertFalse(ApiTokenSecret.isWellFormed("xyz_" + secret.substring(4)), "another marker");
        assertFalse(ApiTokenSecret.isWellFormed(secret.substring(0, 46) + "="), "padding or another alphabet");
        assertFalse(ApiTokenSecret.isWellFormed(secret.substring(0, 46) + "+"));
    }

    @Test
    void theTokenKeepsTheSha256OfItsSecretAndAPrefixButNeverTheSecret() {
        String secret = "cpt_" + "A".repeat(43);
        ApiToken token = ApiToken.issue(owner, "배치 스크립트", 30, secret, T0, 0);
        assertEquals(ApiTokenSecret.hash(secret), token.getSecretHash());
        assertEquals(ApiToken.HASH_LENGTH, token.getSecretHash().length());
        assertTrue(token.getSecretHash().matches("[0-9a-f]{64}"), token.getSecretHash());
        assertEquals("AAAAAAAA", token.getPrefix());
        assertNotEquals(ApiTokenSecret.hash(secret), ApiTokenSecret.hash("cpt_" + "A".repeat(42) + "B"));
        assertEquals("배치 스크립트", token.getName());
        assertEquals(owner, token.getOwner());
        assertEquals(T0, token.getCreatedAt());
        assertNull(token.getLastUsedAt());
    }

    @Test
    void theHashIsSha256InHex() {
        // SHA-256 of the ASCII text "abc" (FIPS 180-2, appendix B.1)
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenSecret.hash("abc"));
    }

    @Test
    void aNameIsRequiredTrimmedAndLimited() {
        assertEquals("validation.required", assertThrows(InvalidInputException.class, () -> issue(null, 30, 0))
                .getMessageKey());
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> issue("   ", 30, 0));
        assertEquals("name", blank.getField());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> issue("가".repeat(ApiToken.NAME_MAX + 1), 30, 0));
        assertEquals("name", tooLong.getField());
        assertEquals("validation.tooLong", tooLong.getMessageKey());
        assertEquals("포털 연동", issue("  포털 연동 ", 30, 0).getName());
        assertEquals(ApiToken.NAME_MAX, issue("가".repeat(ApiToken.NAME_MAX), 30, 0).getName().length());
    }

    @Test
    void theLifetimeIsOneToThreeHundredSixtyFiveDays() {
        for (Integer bad : new Integer[] {null, 0, -1, 366, 3650}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> issue("n", bad, 0),
                    "days " + bad);
            assertEquals("days", e.getField());
        }
        assertEquals(T0.plus(Duration.ofDays(365)), issue("n", 365, 0).getExpiresAt());
        assertEquals(T0.plus(Duration.ofDays(1)), issue("n", 1, 0).getExpiresAt());
        for (int offered : ApiToken.OFFERED_DAYS) {
            assertEquals(T0.plus(Duration.ofDays(offered)), issue("n", offered, 0).getExpiresAt());
        }
    }

    @Test
    void anOwnerHasAtMostTenWorkingTokens() {
        issue("n", 30, ApiToken.MAX_ACTIVE_PER_OWNER - 1);
        BusinessException e = assertThrows(BusinessException.class,
                () -> issue("n", 30, ApiToken.MAX_ACTIVE_PER_OWNER));
        assertEquals("apiToken.tooMany", e.getMessageKey());
        assertEquals(10, ApiToken.MAX_ACTIVE_PER_OWNER);
    }

    @Test
    void aTokenWorksUntilItExpires() {
        ApiToken token = issue("n", 30, 0);
        assertEquals(ApiToken.State.ACTIVE, token.stateAt(T0));
        assertTrue(token.admitsAt(T0.plus(Duration.ofDays(30)).minusMillis(1)));
        assertNull(token.refusalAt(T0));
        Instant expiry = T0.plus(Duration.ofDays(30));
        assertEquals(ApiToken.State.EXPIRED, token.stateAt(expiry));
        assertFalse(token.admitsAt(expiry), "not from its expiry on");
        assertEquals("expired API token", token.refusalAt(expiry.plusSeconds(5)));
    }

    @Test
    void aRevokedTokenNeverWorksAgainAndIsRevokedOnce() {
        ApiToken token = issue("n", 30, 0);
        token.revoke("officer", T0.plusSeconds(60));
        assertEquals(ApiToken.State.REVOKED, token.stateAt(T0.plusSeconds(61)));
        assertEquals(ApiToken.State.REVOKED, token.stateAt(T0.plus(Duration.ofDays(400))), "revoked stays revoked");
        assertFalse(token.admitsAt(T0.plusSeconds(61)));
        assertEquals("revoked API token", token.refusalAt(T0.plusSeconds(61)));
        assertEquals("officer", token.getRevokedBy());
        assertEquals(T0.plusSeconds(60), token.getRevokedAt());
        assertEquals("apiToken.alreadyRevoked", assertThrows(BusinessException.class,
                () -> token.revoke("admin", T0.plusSeconds(90))).getMessageKey());
        assertEquals("officer", token.getRevokedBy(), "the first revocation stands");
    }

    @Test
    void aLockedOrDeactivatedOwnersTokensStopWorkingAndWorkAgainAfterwards() {
        ApiToken token = issue("n", 30, 0);
        for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            owner.recordFailedSignIn(T0);
        }
        assertEquals(ApiToken.State.ACTIVE, token.stateAt(T0), "the token itself is fine");
        assertFalse(token.admitsAt(T0.plusSeconds(1)), "but its owner is locked");
        assertEquals("API token of a locked account", token.refusalAt(T0.plusSeconds(1)));
        assertTrue(token.admitsAt(T0.plus(UserAccount.LOCK_DURATION)), "the lock ends");

        owner.deactivate();
        assertFalse(token.admitsAt(T0.plus(Duration.ofDays(1))));
        assertEquals("API token of an inactive account", token.refusalAt(T0.plus(Duration.ofDays(1))));
        owner.reactivate();
        assertTrue(token.admitsAt(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void aUseIsWorthWritingOnlyOnceAMinute() {
        ApiToken token = issue("n", 30, 0);
        assertTrue(token.isUseWorthRecordingAt(T0), "never used");
        assertFalse(ApiToken.isUseWorthRecording(T0, T0.plusSeconds(59)), "used 59 seconds ago: nothing to write");
        assertTrue(ApiToken.isUseWorthRecording(T0, T0.plusSeconds(60)), "a minute ago: written");
        assertTrue(ApiToken.isUseWorthRecording(T0, T0.plus(Duration.ofDays(3))));
        assertFalse(ApiToken.isUseWorthRecording(T0.plusSeconds(5), T0), "a later use (another instance's clock)");
        assertEquals(T0.minus(ApiToken.LAST_USED_PRECISION), ApiToken.replacedUseAt(T0));
        assertEquals(Duration.ofMinutes(1), ApiToken.LAST_USED_PRECISION);
    }

    @Test
    void issuingNeedsARealSecret() {
        assertThrows(IllegalArgumentException.class, () -> ApiToken.issue(owner, "n", 30, "password", T0, 0));
        assertThrows(IllegalArgumentException.class, () -> ApiTokenSecret.prefixOf("cpt_short"));
    }
}
