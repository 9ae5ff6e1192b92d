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
    void refusesEmptyLongControlCharactersAndUserName() {
        assertKey("password.required", "");
        assertKey("password.required", "            ");
        assertKey("password.tooLong", "a1".repeat(33));
        assertKey("password.controlCharacter", "gyeong\tju 2026");
        assertKey("password.controlCharacter", "gyeongju\n2026");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("planner", "Planner2026!!"));
        assertEquals("password.containsUsername", e.getMessageKey());
        e = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("planner", "2026 p1anner tour"));
        assertEquals("password.containsUsername", e.getMessageKey(), "look-alike characters do not hide it");
        e = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("kimgj", "Tour kim gj 2026"));
        assertEquals("password.containsUsername", e.getMessageKey(), "spaces do not hide it");
    }

    @Test
    void allowsSpacesSoThatAPassphraseIsAGoodPassword() {
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "gyeong ju 2026"));
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "bulguksa temple at dawn"));
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "Hwangnam bread 2026"));
    }

    @Test
    void refusesCommonPasswordsAlsoDisguisedOrWithDigitsAndSymbolsAround() {
        for (String common : new String[] {"P@ssw0rd", "password1!", "Password2026", "p4ssw0rd!!", "Welcome#2026",
            "iloveyou12", "Admin!2345", "pass word 1!", "Saranghae1004", "Dragon!1987"}) {
            assertKey("password.common", common);
        }
    }

    @Test
    void refusesKeyboardRunsSequencesAndRepetitions() {
        for (String predictable : new String[] {"qwerty1234", "1234567890a", "aaaaaaaaa1", "abcdefgh1!",
            "asdfgh!@#$", "zxcvbnm987", "9876543210z", "11111111a!", "qwertyuiop1!", "ZYXWVU4321",
            "1qaz2wsx!!", "poiuytrewq1", "1q2w3e4r5t!"}) {
            assertKey("password.predictable", predictable);
        }
    }

    @Test
    void aFewShortRunsInsideAnOtherwiseRandomPasswordAreFine() {
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "Tour2026!abc"));
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "Gyeongju#2026"));
        assertDoesNotThrow(() -> PasswordPolicy.check("kim", "x7#Kd9!mQ2"));
        assertEquals(9, PasswordPolicy.unpredictableCharacters("tour2026!abc"));
        assertEquals(0, PasswordPolicy.unpredictableCharacters("qwerty1234"));
    }

    private static void assertKey(String key, String password) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check("someone", password), password);
        assertEquals(key, e.getMessageKey(), password);
        assertEquals("password", e.getField());
    }
}
