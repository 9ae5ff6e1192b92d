package kr.corepolicy.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kr.corepolicy.domain.approval.IllegalTransitionException;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * A reporting period (보고 기간): a month or a quarter, a due date and a grace period after it. The planning
 * office opens it, which gives every active task a report to write, and closes it when done. A report
 * submitted after the grace period, or after the period closed, needs the planning office's consent.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    public static final int MAX_GRACE_DAYS = 30;
    /** The first and last year a period may be opened for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private PeriodKind kind;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private PeriodState state = PeriodState.OPEN;

    @Column(name = "opened_by", nullable = false, length = 50, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 50)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The last day whose reminders were sent: claimed in the database, so that one instance sends them. */
    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportingPeriod() {
        // for JPA
    }

    public ReportingPeriod(PeriodKind kind, int year, int number, LocalDate dueDate, int graceDays, String openedBy,
            Instant openedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "period.badYear", "year out of range", String.valueOf(year));
        }
        if (number < 1 || number > kind.perYear()) {
            throw new InvalidInputException("number", "period.badNumber", "no such period",
                    String.valueOf(kind.perYear()));
        }
        this.year = year;
        this.number = number;
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        reschedule(dueDate, graceDays);
    }

    /** Moves the due date or the grace period; the due date may not fall before the period starts. */
    public void reschedule(LocalDate newDueDate, int newGraceDays) {
        if (newDueDate == null) {
            throw new InvalidInputException("dueDate", "period.dueDateRequired", "a due date is required");
        }
        if (newDueDate.isBefore(firstDay())) {
            throw new InvalidInputException("dueDate", "period.dueBeforeStart", "due before the period starts",
                    firstDay().toString());
        }
        if (newGraceDays < 0 || newGraceDays > MAX_GRACE_DAYS) {
            throw new InvalidInputException("graceDays", "period.badGrace", "grace out of range",
                    String.valueOf(MAX_GRACE_DAYS));
        }
        this.dueDate = newDueDate;
        this.graceDays = newGraceDays;
    }

    /** The first day of the month or quarter. */
    public LocalDate firstDay() {
        int month = kind == PeriodKind.MONTHLY ? number : (number - 1) * 3 + 1;
        return LocalDate.of(year, month, 1);
    }

    /** "2026년 4분기", "2026년 11월": the period as official documents name it (in Korean, as they are written). */
    public String label() {
        return label(kind, year, number);
    }

    /** {@link #label()} of the period of {@code kind}, {@code year} and {@code number}, read without the period. */
    public static String label(PeriodKind kind, int year, int number) {
        return kind == PeriodKind.QUARTERLY ? year + "년 " + number + "분기" : year + "년 " + number + "월";
    }

    /** The last day of the month or quarter. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(kind == PeriodKind.MONTHLY ? 1 : 3).minusDays(1);
    }

    /** The last day a report may be submitted without consent: the due date plus the grace period. */
    public LocalDate deadline() {
        return dueDate.plusDays(graceDays);
    }

    /** Whether a submission on {@code day} needs the planning office's consent. */
    public boolean needsLateConsent(LocalDate day) {
        return state == PeriodState.CLOSED || day.isAfter(deadline());
    }

    /** Whether a report not yet submitted on {@code day} is overdue (past the due date). */
    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(dueDate);
    }

    public void close(String by, Instant at) {
        if (state == PeriodState.CLOSED) {
            throw new IllegalTransitionException("period.alreadyClosed", "already closed");
        }
        state = PeriodState.CLOSED;
        closedBy = Objects.requireNonNull(by, "by");
        closedAt = Objects.requireNonNull(at, "at");
    }

    public void reopen() {
        if (state == PeriodState.OPEN) {
            throw new IllegalTransitionException("period.alreadyOpen", "already open");
        }
        state = PeriodState.OPEN;
        closedBy = null;
        closedAt = null;
    }

    public Long getId() {
        return id;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public PeriodState getState() {
        return state;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public long getVersion() {
        return version;
    }
}
