package kr.corepolicy.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;

/**
 * An approver's absence (부재) and the deputy (대결자) who decides in their place. Recorded by the department,
 * never by the absent person; cancelled rather than deleted, so the audit trail keeps what was in force.
 */
@Entity
@Table(name = "approval_absence")
public class Absence {

    public static final int REASON_MAX = 200;
    public static final int MAX_DAYS = 92;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "absent_username", nullable = false, length = 50, updatable = false)
    private String absentUsername;

    @Column(name = "deputy_username", nullable = false, length = 50, updatable = false)
    private String deputyUsername;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(name = "reason", nullable = false, length = REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 50, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "cancelled_by", length = 50)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Absence() {
        // for JPA
    }

    public Absence(String absentUsername, String deputyUsername, LocalDate firstDay, LocalDate lastDay,
            String reason, String recordedBy, Instant recordedAt) {
        this.absentUsername = Objects.requireNonNull(absentUsername, "absent");
        this.deputyUsername = Objects.requireNonNull(deputyUsername, "deputy");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recorder");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        if (deputyUsername.equals(absentUsername)) {
            throw new InvalidInputException("deputy", "absence.deputyIsAbsent", "the deputy is the absent person");
        }
        if (recordedBy.equals(absentUsername)) {
            throw new InvalidInputException("absent", "absence.notBySelf", "an absence is recorded by the department");
        }
        if (firstDay == null || lastDay == null) {
            throw new InvalidInputException(firstDay == null ? "firstDay" : "lastDay", "absence.daysRequired",
                    "first and last day are required");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("lastDay", "absence.endBeforeStart", "last day before first day");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            throw new InvalidInputException("lastDay", "absence.tooLong", "longer than " + MAX_DAYS + " days",
                    String.valueOf(MAX_DAYS));
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = Texts.required("reason", reason, REASON_MAX);
    }

    /** Whether the absence is in force on {@code day}. */
    public boolean covers(LocalDate day) {
        return cancelledAt == null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** Ends the absence early or withdraws a mistaken one; kept for the record. */
    public void cancel(String by, Instant at) {
        if (cancelledAt != null) {
            throw new IllegalTransitionException("absence.alreadyCancelled", "already cancelled");
        }
        this.cancelledBy = Objects.requireNonNull(by, "by");
        this.cancelledAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public String getAbsentUsername() {
        return absentUsername;
    }

    public String getDeputyUsername() {
        return deputyUsername;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }
}
