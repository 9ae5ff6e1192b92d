package kr.corepolicy.domain.notification;

/** Why someone is told something. Each has a message key {@code notification.<NAME>} in the bundles. */
public enum NotificationKind {
    /** A document reached your queue (결재 요청). */
    ARRIVED,
    /** Your document was returned (반려). */
    RETURNED,
    /** Your document was decided (결재 완료). */
    APPROVED,
    /** A stand-in decided in your place: the post-report to the decider (대결 사후보고). */
    STAND_IN_DECIDED,
    /** A report is due soon. */
    DUE_SOON,
    /** A report is past its due date. */
    OVERDUE,
    /** A report of your department is late by the escalation days. */
    ESCALATED,
    /** The late list of a period, for the planning office. */
    LATE_LIST,
    /** A reporting period opened: the report's writer is asked for it by the due date. */
    PERIOD_OPENED
}
