package kr.corepolicy.service.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * When the demo's reporting history happened, worked out from today: the two monthly periods before the current
 * month, each opened on its first working day, due on the 10th of the following month (three days' grace), its
 * reports written and sent on the 2nd to 5th working day after the month, signed step by step on the following
 * working days and the period closed on the 12th working day. Every moment lies in the past: when today is too
 * early in the month for the latest period's cycle to have ended, that cycle is moved back day by day until it
 * has. Weekends and the fixed public holidays are no working days. Pure: the same today gives the same dates.
 */
public final class DemoSchedule {

    /** How many monthly periods the demo has behind it. */
    public static final int PERIODS = 2;
    public static final int GRACE_DAYS = 3;

    private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(3, 1), MonthDay.of(5, 5),
            MonthDay.of(6, 6), MonthDay.of(8, 15), MonthDay.of(10, 3), MonthDay.of(10, 9), MonthDay.of(12, 25));
    private static final int DUE_AFTER_DAYS = 9;
    private static final int CLOSED_ON_WORKING_DAY = 12;
    private static final int LAST_SIGNING_STAGE_DAY = 4;

    private final ZoneId zone;

    public DemoSchedule(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The dates of one period: the month it covers, when the planning office opened it, its due date, and the day
     * its cycle starts ({@code base}, the first day of the following month unless moved back).
     */
    public record PeriodDates(YearMonth month, Instant openedAt, LocalDate dueDate, int graceDays, LocalDate base,
            Instant closedAt) {
    }

    /** The periods of the history, the older first, as of {@code now}. */
    public List<PeriodDates> periods(Instant now) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        PeriodDates older = dates(current.minusMonths(2), current.minusMonths(1).atDay(1));
        LocalDate base = current.atDay(1);
        PeriodDates latest = dates(current.minusMonths(1), base);
        while (latest.closedAt().plus(Duration.ofHours(1)).isAfter(now)) {
            base = base.minusDays(1);
            latest = dates(current.minusMonths(1), base);
        }
        return List.of(older, latest);
    }

    private PeriodDates dates(YearMonth month, LocalDate base) {
        Instant opened = at(workingDay(month.atDay(1), 1), LocalTime.of(9, 10));
        Instant closed = at(workingDay(base, CLOSED_ON_WORKING_DAY), LocalTime.of(17, 30));
        return new PeriodDates(month, opened, base.plusDays(DUE_AFTER_DAYS), GRACE_DAYS, base, closed);
    }

    /** When the officer of the {@code index}-th report wrote it (the morning of the day it was sent). */
    public Instant writtenAt(PeriodDates period, int index) {
        return at(submissionDay(period, index), LocalTime.of(10, 0).plusMinutes(9L * (index % 6)));
    }

    /** When the {@code index}-th report was sent (상신). */
    public Instant submittedAt(PeriodDates period, int index) {
        return at(submissionDay(period, index), LocalTime.of(15, 0).plusMinutes(9L * (index % 6)));
    }

    /**
     * When the {@code parallel}-th of the steps opened at {@code stage} (0: the first review) of the {@code index}-th
     * report was signed: each stage on the next working day (from the fourth stage on, later the same day), the
     * parallel consents a quarter of an hour apart.
     */
    public Instant signedAt(PeriodDates period, int index, int stage, int parallel) {
        LocalDate day = workingDay(submissionDay(period, index), Math.min(stage, LAST_SIGNING_STAGE_DAY - 1) + 2);
        return at(day, LocalTime.of(9, 30).plusMinutes(40L * Math.min(stage, 10) + 15L * Math.min(parallel, 8)
                + 6L * (index % 5)));
    }

    private LocalDate submissionDay(PeriodDates period, int index) {
        return workingDay(period.base(), 2 + index % 4);
    }

    /** The {@code n}-th working day on or after {@code from} (n = 1: {@code from} itself if it is one). */
    static LocalDate workingDay(LocalDate from, int n) {
        LocalDate day = from;
        int seen = 0;
        while (true) {
            if (isWorkingDay(day) && ++seen == n) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(MonthDay.from(day));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
