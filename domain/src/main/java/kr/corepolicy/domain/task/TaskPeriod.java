package kr.corepolicy.domain.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import kr.corepolicy.domain.shared.InvalidInputException;

/** 사업기간: from the first to the last day of a task, both included. Compares by value. */
@Embeddable
public class TaskPeriod {

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected TaskPeriod() {
        // for JPA
    }

    public TaskPeriod(LocalDate startDate, LocalDate endDate) {
        if (startDate == null || endDate == null) {
            throw new InvalidInputException("period", "task.periodRequired", "period start and end are required");
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidInputException("period", "task.periodReversed", "period ends before it starts",
                    startDate, endDate);
        }
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean containsYear(int year) {
        return year >= startDate.getYear() && year <= endDate.getYear();
    }

    /** Whether the quarter overlaps the period at all. */
    public boolean containsQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            return false;
        }
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        return !last.isBefore(startDate) && !first.isAfter(endDate);
    }

    public int firstYear() {
        return startDate.getYear();
    }

    public int lastYear() {
        return endDate.getYear();
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaskPeriod other && startDate.equals(other.startDate) && endDate.equals(other.endDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate);
    }

    @Override
    public String toString() {
        return startDate + " ~ " + endDate;
    }
}
