package kr.corepolicy.domain.task;

/** The status vocabulary of Korean pledge and task tracking. */
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

    /** Whether the task is still worked on (gets reports). */
    public boolean isActive() {
        return this == ON_TRACK || this == PARTLY || this == DONE_CONTINUING || this == ON_HOLD;
    }

    /** Whether a progress report must explain the delay (부진사유·대책). */
    public boolean needsExplanation() {
        return this == PARTLY || this == ON_HOLD;
    }
}
