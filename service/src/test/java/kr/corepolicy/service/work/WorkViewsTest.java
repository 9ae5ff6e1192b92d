package kr.corepolicy.service.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.service.work.WorkViews.ReportDue;
import org.junit.jupiter.api.Test;

class WorkViewsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    private static ReportDue seenOn(LocalDate today) {
        return ReportDue.on(today, 1, 2, "1-2", "황리단길 야간경관 조성", null, 3, "2026년 2월", DUE,
                ReportState.NOT_STARTED);
    }

    @Test
    void threeDaysBeforeTheDueDateThreeDaysAreLeft() {
        // 2026 is not a leap year: 26 February + 3 days = 1 March.
        ReportDue due = seenOn(LocalDate.of(2026, 2, 26));
        assertEquals(3, due.daysLeft());
        assertFalse(due.overdue());
    }

    @Test
    void onTheDueDateNoDayIsLeftAndItIsNotYetOverdue() {
        ReportDue due = seenOn(DUE);
        assertEquals(0, due.daysLeft());
        assertFalse(due.overdue(), "due today is not late");
    }

    @Test
    void theDayAfterTheDueDateItIsOneDayOverdue() {
        ReportDue due = seenOn(DUE.plusDays(1));
        assertEquals(-1, due.daysLeft());
        assertTrue(due.overdue());
    }

    @Test
    void daysOverdueCountAcrossAYearEnd() {
        ReportDue due = ReportDue.on(LocalDate.of(2027, 1, 2), 1, 2, "1-2", "t", null, 3, "2026년 4분기",
                LocalDate.of(2026, 12, 20), ReportState.RETURNED);
        assertEquals(-13, due.daysLeft(), "11 days of December after the 20th, 2 of January");
        assertTrue(due.overdue());
    }
}
