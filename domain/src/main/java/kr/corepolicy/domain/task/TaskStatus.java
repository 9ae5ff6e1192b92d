package kr.corepolicy.domain.task;

import java.util.Arrays;
import java.util.List;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * The status vocabulary of Korean pledge and task tracking, and the transitions between its words. A task starts
 * {@link #INITIAL}; afterwards only an approved document moves it:
 * <ul>
 * <li>an approved <b>progress report</b> sets one of the {@link #isReportable() reportable} statuses (정상추진,
 * 일부추진, 보류, 이행후계속추진, 완료), and cannot reopen a task that is 완료;</li>
 * <li>an approved <b>task adjustment</b> (통합·조정) may set any status, among them the adjustment-only ones
 * (폐기, 대체, 통합), and may reopen a task that is 완료;</li>
 * <li>폐기, 대체 and 통합 are {@link #isFinal() final}: the task's work carries over to what replaced it, and
 * nothing moves it again.</li>
 * </ul>
 * Keeping a status is always allowed (it changes nothing).
 */
public enum TaskStatus {
    /** 완료 */
    DONE,
    /** 이행후계속추진 — done, continuing */
    DONE_CONTINUING,
    /** 정상추진 — on track */
    ON_TRACK,
    /** 일부추진 — partly on track, delayed */
    PARTLY,
    /** 보류 — on hold */
    ON_HOLD,
    /** 폐기 — dropped */
    DROPPED,
    /** 대체 — replaced by another task */
    REPLACED,
    /** 통합 — merged into another task */
    MERGED;

    /** The status every new task starts in. */
    public static final TaskStatus INITIAL = ON_TRACK;

    /** What may move a task's status. */
    public enum Authority {
        /** An approved progress report (추진실적 보고) of the latest period. */
        REPORT,
        /** An approved task adjustment (과제 조정). */
        ADJUSTMENT
    }

    /** Whether the task is still worked on (gets reports). */
    public boolean isActive() {
        return this == ON_TRACK || this == PARTLY || this == DONE_CONTINUING || this == ON_HOLD;
    }

    /** Whether a progress report must explain the delay (부진사유·대책). */
    public boolean needsExplanation() {
        return this == PARTLY || this == ON_HOLD;
    }

    /** Whether a progress report may carry this status. */
    public boolean isReportable() {
        return !isFinal();
    }

    /** Whether only an approved task adjustment may set this status (폐기, 대체, 통합). */
    public boolean isAdjustmentOnly() {
        return !isReportable();
    }

    /** Whether nothing moves a task out of this status again (폐기, 대체, 통합). */
    public boolean isFinal() {
        return this == DROPPED || this == REPLACED || this == MERGED;
    }

    /** The statuses a progress report may carry, in the order a form offers them. */
    public static List<TaskStatus> reportable() {
        return List.of(ON_TRACK, PARTLY, ON_HOLD, DONE_CONTINUING, DONE);
    }

    /** Whether {@code authority} may move a task from this status to {@code next}. */
    public boolean mayMoveTo(TaskStatus next, Authority authority) {
        return refusal(next, authority) == null;
    }

    /** The statuses {@code authority} may move a task to from this one (this one included). */
    public List<TaskStatus> next(Authority authority) {
        return Arrays.stream(values()).filter(s -> mayMoveTo(s, authority)).toList();
    }

    /**
     * Refuses, naming the field {@code status}, unless {@code authority} may move a task from this status to
     * {@code next}.
     */
    public void requireMoveTo(TaskStatus next, Authority authority) {
        String key = refusal(next, authority);
        if (key != null) {
            throw next == null ? new InvalidInputException("status", key, "no status")
                    : new InvalidInputException("status", key, authority + " may not move " + this + " to " + next,
                            this, next);
        }
    }

    private String refusal(TaskStatus next, Authority authority) {
        if (next == null) {
            return "task.statusRequired";
        }
        if (next == this) {
            return null;
        }
        if (isFinal()) {
            return "task.statusFinal";
        }
        if (authority == Authority.ADJUSTMENT) {
            return null;
        }
        if (!next.isReportable()) {
            return "task.statusAdjustmentOnly";
        }
        return this == DONE ? "task.statusDoneClosed" : null;
    }
}
