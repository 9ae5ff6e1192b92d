package kr.corepolicy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailureTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void twentyFailuresInTenMinutesThrottleTheAddress() {
        assertFalse(SignInFailure.throttles(0));
        assertFalse(SignInFailure.throttles(19), "up to 19 failures are tolerated");
        assertTrue(SignInFailure.throttles(20), "the 21st attempt is refused");
        assertTrue(SignInFailure.throttles(500));
        assertEquals(20, SignInFailure.MAX_PER_ADDRESS);
    }

    @Test
    void theWindowSlides() {
        assertEquals(Instant.parse("2026-03-01T23:50:00Z"), SignInFailure.windowStart(T0));
    }

    @Test
    void anAddressIsStoredTrimmedAndBoundedAndAMissingOneIsNamed() {
        assertEquals("10.0.0.1", new SignInFailure(" 10.0.0.1 ", T0).getSourceAddress());
        assertEquals(SignInFailure.UNKNOWN_ADDRESS, new SignInFailure(null, T0).getSourceAddress());
        assertEquals(SignInFailure.ADDRESS_MAX, SignInFailure.address("f".repeat(100)).length());
    }
}
