package kr.corepolicy.domain.kpi;

import java.math.BigDecimal;

/**
 * An approved actual of a KPI against its trajectory at the end of a period. {@code achievementPercent} is how much
 * of the improvement the trajectory asks for by then was made (100 = exactly on the line; see
 * {@link KpiTrajectory#assess}); it is null when there is nothing to assess ({@code reason} says why).
 *
 * @param year the period's year
 * @param month the month the period ends with (3 for the first quarter)
 * @param start where the year's line starts: the previous year's target, else the baseline, else the target
 * @param target the year's target, null when the KPI has none for the year
 * @param expected the value on the line at the end of the period, null without a target
 * @param actual the approved actual, null when none
 * @param achievementPercent 0 to {@link KpiTrajectory#MAX_ACHIEVEMENT}, one decimal; null without target or actual
 * @param reason why there is no achievement, null when there is one
 */
public record KpiAssessment(int year, int month, BigDecimal start, BigDecimal target, BigDecimal expected,
        BigDecimal actual, BigDecimal achievementPercent, NoDataReason reason) {

    /** Why a KPI has no status in a period. */
    public enum NoDataReason {
        /** The KPI has no target for the period's year. */
        NO_TARGET,
        /** No approved actual for the period. */
        NO_ACTUAL
    }

    /** The status under {@code thresholds}. */
    public KpiStatus status(KpiThresholds thresholds) {
        return thresholds.statusOf(achievementPercent);
    }
}
