package kr.corepolicy.domain.report;

import kr.corepolicy.domain.approval.DocumentStatus;

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

    /**
     * The state of a report whose document is in {@code status} (null: no document yet) and which was saved at
     * least once ({@code saved}) or not.
     */
    public static ReportState of(DocumentStatus status, boolean saved) {
        if (status == null) {
            return saved ? DRAFT : NOT_STARTED;
        }
        return switch (status) {
            case DRAFT -> DRAFT;
            case IN_PROGRESS -> IN_APPROVAL;
            case RETURNED -> RETURNED;
            case APPROVED -> APPROVED;
        };
    }

    /** Whether the report counts as submitted for the late list. */
    public boolean isSubmitted() {
        return this == IN_APPROVAL || this == APPROVED;
    }
}
