package kr.corepolicy.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import kr.corepolicy.service.platform.ClockProducer;
import org.junit.jupiter.api.Test;

class DemoScheduleTest {

    private final DemoSchedule schedule = new DemoSchedule(ClockProducer.SEOUL);

    private static Instant seoul(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ClockProducer.SEOUL).toInstant();
    }

    @Test
    void theTwoMonthsBeforeTodayDueOnTheTenthOfTheFollowingMonth() {
        List<DemoSchedule.PeriodDates> periods = schedule.periods(seoul(2026, 11, 30, 17, 0));
        assertEquals(List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10)),
                periods.stream().map(DemoSchedule.PeriodDates::month).toList());
        assertEquals(LocalDate.of(2026, 10, 10), periods.get(0).dueDate());
        assertEquals(LocalDate.of(2026, 11, 10), periods.get(1).dueDate());
        assertEquals(3, periods.get(0).graceDays());
        // Opened on the first working day of the month (1 September 2026 is a Tuesday), in the morning.
        assertEquals(seoul(2026, 9, 1, 9, 10), periods.get(0).openedAt());
        // 2 October 2026 is a Friday, 3 October a holiday: the second working day from 1 October is 2 October.
        assertEquals(seoul(2026, 10, 2, 15, 0), schedule.submittedAt(periods.get(0), 0));
    }

    @Test
    void everyMomentIsAWorkingDayInOrderAndInThePastWhateverToday() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            for (int hour : new int[] {0, 9, 23}) {
                Instant now = day.atTime(hour, 30).atZone(ClockProducer.SEOUL).toInstant();
                List<DemoSchedule.PeriodDates> periods = schedule.periods(now);
                assertEquals(YearMonth.from(day).minusMonths(1), periods.get(1).month(), day.toString());
                for (DemoSchedule.PeriodDates p : periods) {
                    assertTrue(p.closedAt().isBefore(now), day + " " + p);
                    assertTrue(p.dueDate().isBefore(LocalDate.ofInstant(p.closedAt(), ClockProducer.SEOUL)),
                            "due date passed: " + p);
                    assertTrue(!p.dueDate().isBefore(p.month().atDay(1)), "due after the start: " + p);
                    for (int index = 0; index < 48; index++) {
                        Instant written = schedule.writtenAt(p, index);
                        Instant sent = schedule.submittedAt(p, index);
                        assertTrue(p.openedAt().isBefore(written) && written.isBefore(sent), p + " " + index);
                        LocalDate sentOn = LocalDate.ofInstant(sent, ClockProducer.SEOUL);
                        assertTrue(!sentOn.isAfter(p.dueDate().plusDays(p.graceDays())), "in time: " + p);
                        assertTrue(DemoSchedule.isWorkingDay(sentOn), sentOn.toString());
                        Instant previous = sent;
                        for (int stage = 0; stage < 6; stage++) {
                            for (int k = 0; k < 3; k++) {
                                Instant signed = schedule.signedAt(p, index, stage, k);
                                assertTrue(signed.isAfter(previous), p + " " + index + " " + stage + " " + k);
                                assertTrue(signed.isBefore(p.closedAt()), p + " " + index + " " + stage);
                                assertTrue(DemoSchedule.isWorkingDay(LocalDate.ofInstant(signed, ClockProducer.SEOUL)));
                                previous = signed;
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSameTodayGivesTheSameDates() {
        Instant now = seoul(2027, 3, 4, 11, 0);
        assertEquals(schedule.periods(now), schedule.periods(now));
    }
}
