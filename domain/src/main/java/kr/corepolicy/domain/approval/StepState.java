package kr.corepolicy.domain.approval;

/** The state of one step in one round. */
public enum StepState {
    /** Not its turn yet. */
    WAITING,
    /** In the assignee's queue (결재 대기). */
    PENDING,
    /** Signed. */
    APPROVED,
    /** The document was returned at this step. */
    RETURNED,
    /** The round ended (return or withdrawal) before this step acted. */
    CANCELLED;

    public boolean isOpen() {
        return this == WAITING || this == PENDING;
    }
}
