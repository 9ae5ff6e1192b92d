package kr.corepolicy.domain.audit;

/** The state changes and security events that the audit trail records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    ACCESS_DENIED,
    ACCOUNT_CREATED,
    PASSWORD_CHANGED,
    PREFERENCE_CHANGED,
    DEMO_DATA_LOADED,
    TASK_CREATED,
    TASK_UPDATED,
    TASKS_IMPORTED,
    ORG_UNIT_CHANGED,
    ACCOUNT_CHANGED
}
