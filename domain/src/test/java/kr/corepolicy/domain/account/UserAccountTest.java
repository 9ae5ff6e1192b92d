package kr.corepolicy.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", "Gyeongju");
    private final OrgUnit bureau = OrgUnit.under(city, "B1", "기획경제국", null, OrgUnitType.BUREAU, 1);
    private final OrgUnit division = OrgUnit.under(bureau, "D1", "정책기획과", null, OrgUnitType.DIVISION, 1);

    private UserAccount account() {
        return new UserAccount("officer", "김주무", division, Position.STAFF, "officer@example.kr", "hash");
    }

    @Test
    void fifthFailedSignInLocksTheAccountForFifteenMinutes() {
        UserAccount a = account();
        for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            assertFalse(a.recordFailedSignIn(T0), "attempt " + i + " must not lock");
            assertTrue(a.canSignInAt(T0));
        }
        assertTrue(a.recordFailedSignIn(T0));
        assertTrue(a.isLockedAt(T0.plusSeconds(60)));
        assertFalse(a.canSignInAt(T0.plusSeconds(60)));
        assertTrue(a.canSignInAt(T0.plus(UserAccount.LOCK_DURATION)));
    }

    @Test
    void failuresAfterTheLockExpiredStartCountingAgain() {
        UserAccount a = account();
        for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            a.recordFailedSignIn(T0);
        }
        Instant later = T0.plus(UserAccount.LOCK_DURATION).plusSeconds(1);
        assertFalse(a.recordFailedSignIn(later));
        assertEquals(1, a.getFailedSignIns());
        assertTrue(a.canSignInAt(later));
    }

    @Test
    void successfulSignInResetsTheCounter() {
        UserAccount a = account();
        a.recordFailedSignIn(T0);
        a.recordFailedSignIn(T0);
        a.recordSuccessfulSignIn(T0);
        assertEquals(0, a.getFailedSignIns());
        assertEquals(T0, a.getLastSignInAt());
    }

    @Test
    void newPasswordUnlocks() {
        UserAccount a = account();
        for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            a.recordFailedSignIn(T0);
        }
        a.changePasswordHash("other");
        assertNull(a.getLockedUntil());
        assertTrue(a.canSignInAt(T0));
    }

    @Test
    void inactiveAccountCannotSignIn() {
        UserAccount a = account();
        a.deactivate();
        assertFalse(a.canSignInAt(T0));
    }

    @Test
    void groupsAlwaysContainUser() {
        UserAccount a = account();
        a.grant(Role.OFFICER);
        assertEquals(Set.of("USER", "OFFICER"), a.groupNames());
    }

    @Test
    void badUserNamesAreRefused() {
        for (String bad : new String[] {null, "", "ab", "Admin", "1abc", "a b c", "x".repeat(51), "kim'--"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new UserAccount(bad, "이름", division, Position.STAFF, null, "hash"), bad);
            assertEquals("username", e.getField());
        }
    }

    @Test
    void badEmailAndMissingNameAreRefused() {
        InvalidInputException email = assertThrows(InvalidInputException.class,
                () -> new UserAccount("kim", "김", division, Position.STAFF, "no-at-sign", "hash"));
        assertEquals("email", email.getField());
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> new UserAccount("kim", "  ", division, Position.STAFF, null, "hash"));
        assertEquals("displayName", name.getField());
    }

    @Test
    void roleNameConstantsMatchTheEnum() {
        assertEquals(Role.USER.name(), Role.Names.USER);
        assertEquals(Role.OFFICER.name(), Role.Names.OFFICER);
        assertEquals(Role.TEAM_LEADER.name(), Role.Names.TEAM_LEADER);
        assertEquals(Role.DEPARTMENT_HEAD.name(), Role.Names.DEPARTMENT_HEAD);
        assertEquals(Role.TF_LEADER.name(), Role.Names.TF_LEADER);
        assertEquals(Role.PLANNER.name(), Role.Names.PLANNER);
        assertEquals(Role.EXECUTIVE.name(), Role.Names.EXECUTIVE);
        assertEquals(Role.ADMIN.name(), Role.Names.ADMIN);
    }

    @Test
    void languageFallsBackToKorean() {
        assertEquals(Language.EN, Language.of("en-US"));
        assertEquals(Language.KO, Language.of("ko"));
        assertEquals(Language.KO, Language.of("fr"));
        assertEquals(Language.KO, Language.of(null));
    }
}
