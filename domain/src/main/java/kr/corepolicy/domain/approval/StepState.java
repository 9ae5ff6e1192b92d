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
    CANCELLED,
    /** A review left out because the reviewer was away; the reason is in the box (부재로 생략). */
    SKIPPED;

    public boolean isOpen() {
        return this == WAITING || this == PENDING;
    }
}
