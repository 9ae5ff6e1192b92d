package kr.corepolicy.domain.report;

/** Where a progress report is, as the queues and the late list show it. */
public enum ReportState {
    /** 미작성 — nothing saved yet. */
    NOT_STARTED,
    /** 작성 중 — a draft (also after a withdrawal). */
    DRAFT,
    /** 결재 중 — on its approval line. */
    IN_APPROVAL,
    /** 반려 — returned to the drafter. */
    RETURNED,
    /** 결재 완료 — approved: official, its figures are the task's. */
    APPROVED;

    /** Whether the report counts as submitted for the late list. */
    public boolean isSubmitted() {
        return this == IN_APPROVAL || this == APPROVED;
    }
}
