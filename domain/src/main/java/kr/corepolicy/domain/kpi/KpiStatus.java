package kr.corepolicy.domain.kpi;

/**
 * The status of a KPI in a period, from its achievement against the trajectory (see {@link KpiThresholds}).
 * Declared from worst to best data, so that a roll-up can name the worst.
 */
public enum KpiStatus {
    /** 부진: the achievement is below the far-behind threshold. */
    FAR_BEHIND,
    /** 미흡: below the on-track threshold, at or above the far-behind one. */
    BEHIND,
    /** 정상: at or above the on-track threshold. */
    ON_TRACK,
    /** 실적 없음: no approved actual, or no target for the period's year. */
    NO_DATA;

    /** Whether the status says the KPI is behind its trajectory (미흡 or 부진). */
    public boolean isBehind() {
        return this == BEHIND || this == FAR_BEHIND;
    }
}
