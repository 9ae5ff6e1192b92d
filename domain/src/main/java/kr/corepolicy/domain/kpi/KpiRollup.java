package kr.corepolicy.domain.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How many KPIs are in each status, for a task, a strategy, a department or the portfolio: the sum of its parts.
 * The headline is the share on track among the KPIs with data ({@link #onTrackPercent}); a task's own status is its
 * worst KPI with data ({@link #worst}).
 */
public record KpiRollup(long onTrack, long behind, long farBehind, long noData) {

    public static final KpiRollup EMPTY = new KpiRollup(0, 0, 0, 0);

    public KpiRollup {
        if (onTrack < 0 || behind < 0 || farBehind < 0 || noData < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The roll-up of single statuses. */
    public static KpiRollup of(Collection<KpiStatus> statuses) {
        KpiRollup r = EMPTY;
        for (KpiStatus s : statuses) {
            r = r.plus(s, 1);
        }
        return r;
    }

    /** This roll-up with {@code count} more KPIs of {@code status}. */
    public KpiRollup plus(KpiStatus status, long count) {
        return switch (status) {
            case ON_TRACK -> new KpiRollup(onTrack + count, behind, farBehind, noData);
            case BEHIND -> new KpiRollup(onTrack, behind + count, farBehind, noData);
            case FAR_BEHIND -> new KpiRollup(onTrack, behind, farBehind + count, noData);
            case NO_DATA -> new KpiRollup(onTrack, behind, farBehind, noData + count);
        };
    }

    /** The sum of two roll-ups (a task's KPIs into its strategy's). */
    public KpiRollup plus(KpiRollup other) {
        return new KpiRollup(onTrack + other.onTrack, behind + other.behind, farBehind + other.farBehind,
                noData + other.noData);
    }

    public long count(KpiStatus status) {
        return switch (status) {
            case ON_TRACK -> onTrack;
            case BEHIND -> behind;
            case FAR_BEHIND -> farBehind;
            case NO_DATA -> noData;
        };
    }

    public long total() {
        return onTrack + behind + farBehind + noData;
    }

    /** KPIs with an assessed actual. */
    public long withData() {
        return onTrack + behind + farBehind;
    }

    /** On track ÷ with data × 100, one decimal; null when no KPI has data. */
    public BigDecimal onTrackPercent() {
        long withData = withData();
        return withData == 0 ? null : BigDecimal.valueOf(onTrack * 100).divide(BigDecimal.valueOf(withData), 1,
                RoundingMode.HALF_UP);
    }

    /** The worst status with data (부진 before 미흡 before 정상), or {@link KpiStatus#NO_DATA} when none has data. */
    public KpiStatus worst() {
        if (farBehind > 0) {
            return KpiStatus.FAR_BEHIND;
        }
        if (behind > 0) {
            return KpiStatus.BEHIND;
        }
        return onTrack > 0 ? KpiStatus.ON_TRACK : KpiStatus.NO_DATA;
    }
}
