package kr.corepolicy.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersOfTwoClassesOrEightOfThree() {
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "gyeongju2026"));
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "gj#2026a"));
    }

    @Test
    void refusesShortOrSingleClassPasswords() {
        assertKey("password.weak", "demo1234");
        assertKey("password.weak", "abcdefghijklmnop");
        assertKey("password.weak", "a1!");
    }

    @Test
    void refusesEmptyLongWhitespaceAndUserName() {
        assertKey("password.required", "");
        assertKey("password.tooLong", "a1".repeat(33));
        assertKey("password.whitespace", "gyeong ju 2026");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("planner", "Planner2026!!"));
        assertEquals("password.containsUsername", e.getMessageKey());
    }

    private static void assertKey(String key, String password) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("someone", password));
        assertEquals(key, e.getMessageKey());
        assertEquals("password", e.getField());
    }
}
