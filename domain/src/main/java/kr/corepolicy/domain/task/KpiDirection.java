package kr.corepolicy.domain.task;

/** Whether a higher or a lower value of a KPI is better. */
public enum KpiDirection {
    HIGHER,
    LOWER
}
