package kr.corepolicy.domain.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DelegationAndAbsenceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    private static final LocalDate MON = LocalDate.of(2026, 11, 30);

    @Test
    void theTableNamesTheLowestPositionThatMayDecide() {
        DelegationRule rule = new DelegationRule(DocumentType.PROGRESS_REPORT, Position.DIVISION_HEAD);
        assertTrue(rule.allowsDecisionBy(Position.DIVISION_HEAD));
        assertTrue(rule.allowsDecisionBy(Position.BUREAU_DIRECTOR), "a higher position may always decide");
        assertFalse(rule.allowsDecisionBy(Position.TEAM_LEADER));
        assertFalse(rule.allowsDecisionBy(null));

        rule.decideBy(Position.DEPUTY_MAYOR, "admin", NOW);
        assertEquals(Position.DEPUTY_MAYOR, rule.getDecidingPosition());
        assertEquals("admin", rule.getUpdatedBy());
        InvalidInputException tooLow = assertThrows(InvalidInputException.class,
                () -> rule.decideBy(Position.STAFF, "admin", NOW));
        assertEquals("delegation.positionTooLow", tooLow.getMessageKey());
        assertEquals(Position.DEPUTY_MAYOR, rule.getDecidingPosition(), "unchanged");
    }

    @Test
    void anAbsenceCoversItsDaysUntilCancelled() {
        Absence leave = new Absence("head", "teamlead", MON, MON.plusDays(4), "연가", "clerk", NOW);
        assertFalse(leave.covers(MON.minusDays(1)));
        assertTrue(leave.covers(MON));
        assertTrue(leave.covers(MON.plusDays(4)));
        assertFalse(leave.covers(MON.plusDays(5)));
        leave.cancel("clerk", NOW);
        assertFalse(leave.covers(MON.plusDays(1)), "cancelled, kept for the record");
        assertTrue(leave.isCancelled());
        assertKey("absence.alreadyCancelled", () -> leave.cancel("clerk", NOW));
    }

    @Test
    void theDepartmentRecordsAnAbsenceNotTheAbsentPerson() {
        assertKey("absence.notBySelf", () -> new Absence("head", "teamlead", MON, MON, "출장", "head", NOW));
        assertKey("absence.deputyIsAbsent", () -> new Absence("head", "head", MON, MON, "출장", "clerk", NOW));
        assertKey("absence.endBeforeStart",
                () -> new Absence("head", "teamlead", MON, MON.minusDays(1), "출장", "clerk", NOW));
        assertKey("absence.tooLong",
                () -> new Absence("head", "teamlead", MON, MON.plusDays(Absence.MAX_DAYS), "교육", "clerk", NOW));
        assertKey("validation.required", () -> new Absence("head", "teamlead", MON, MON, " ", "clerk", NOW));
    }

    private static void assertKey(String key, Runnable action) {
        BusinessException e = assertThrows(BusinessException.class, action::run);
        assertEquals(key, e.getMessageKey());
    }
}
