package kr.corepolicy.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import kr.corepolicy.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final Instant NOW = Instant.parse("2026-10-01T00:00:00Z");

    @Test
    void aQuarterHasItsDaysAndADeadlineAfterTheGrace() {
        ReportingPeriod q4 = new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 4, LocalDate.of(2027, 1, 8), 3,
                "planner", NOW);
        assertEquals(LocalDate.of(2026, 10, 1), q4.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), q4.lastDay());
        assertEquals(LocalDate.of(2027, 1, 11), q4.deadline());
        assertFalse(q4.isOverdueOn(LocalDate.of(2027, 1, 8)), "the due date itself is in time");
        assertTrue(q4.isOverdueOn(LocalDate.of(2027, 1, 9)));
        assertFalse(q4.needsLateConsent(LocalDate.of(2027, 1, 11)), "inside the grace period");
        assertTrue(q4.needsLateConsent(LocalDate.of(2027, 1, 12)));
    }

    @Test
    void aMonthEndsOnItsLastDay() {
        ReportingPeriod feb = new ReportingPeriod(PeriodKind.MONTHLY, 2028, 2, LocalDate.of(2028, 3, 5), 0,
                "planner", NOW);
        assertEquals(LocalDate.of(2028, 2, 29), feb.lastDay(), "a leap year");
    }

    @Test
    void aPeriodIsNamedAsOfficialDocumentsNameItWithOrWithoutThePeriod() {
        ReportingPeriod q4 = new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 4, LocalDate.of(2027, 1, 8), 3,
                "planner", NOW);
        ReportingPeriod nov = new ReportingPeriod(PeriodKind.MONTHLY, 2026, 11, LocalDate.of(2026, 12, 5), 0,
                "planner", NOW);
        assertEquals("2026년 4분기", q4.label());
        assertEquals("2026년 11월", nov.label());
        assertEquals(q4.label(), ReportingPeriod.label(PeriodKind.QUARTERLY, 2026, 4));
        assertEquals(nov.label(), ReportingPeriod.label(PeriodKind.MONTHLY, 2026, 11));
    }

    @Test
    void aClosedPeriodNeedsConsentEvenBeforeItsDeadline() {
        ReportingPeriod q1 = new ReportingPeriod(PeriodKind.QUARTERLY, 2027, 1, LocalDate.of(2027, 4, 10), 5,
                "planner", NOW);
        q1.close("planner", NOW);
        assertEquals(PeriodState.CLOSED, q1.getState());
        assertTrue(q1.needsLateConsent(LocalDate.of(2027, 4, 1)));
        assertKey("period.alreadyClosed", () -> q1.close("planner", NOW));
        q1.reopen();
        assertFalse(q1.needsLateConsent(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void badPeriodsAreRefusedWithTheirField() {
        assertKey("period.badNumber",
                () -> new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 5, LocalDate.of(2027, 1, 8), 3, "p", NOW));
        assertKey("period.badNumber",
                () -> new ReportingPeriod(PeriodKind.MONTHLY, 2026, 0, LocalDate.of(2027, 1, 8), 3, "p", NOW));
        assertKey("period.dueBeforeStart",
                () -> new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 4, LocalDate.of(2026, 9, 30), 3, "p", NOW));
        assertKey("period.badGrace",
                () -> new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 4, LocalDate.of(2027, 1, 8), 31, "p", NOW));
        assertKey("period.dueDateRequired",
                () -> new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 4, null, 3, "p", NOW));
    }

    private static void assertKey(String key, Runnable action) {
        BusinessException e = assertThrows(BusinessException.class, action::run);
        assertEquals(key, e.getMessageKey());
    }
}
