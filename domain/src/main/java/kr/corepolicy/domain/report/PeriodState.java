package kr.corepolicy.domain.report;

/** Whether reports are still being collected for a period. */
public enum PeriodState {
    /** 진행 중 — reports are written and submitted. */
    OPEN,
    /** 마감 — the planning office closed it; a late report needs its consent. */
    CLOSED
}
