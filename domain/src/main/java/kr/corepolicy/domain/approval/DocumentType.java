package kr.corepolicy.domain.approval;

/** What travels the approval line; the delegation table decides who decides each type. */
public enum DocumentType {
    /** 추진실적 보고 */
    PROGRESS_REPORT,
    /** 과제 조정 */
    TASK_ADJUSTMENT,
    /** 회의 자료·회의록 */
    MEETING_MINUTES
}
