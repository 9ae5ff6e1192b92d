package kr.corepolicy.domain.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kr.corepolicy.domain.task.KpiDirection;

/**
 * The straight-line trajectory of a KPI through a year (목표 궤적): it starts at the previous year's target (or, in
 * the first year with a target, at the baseline) on 1 January and reaches the year's target on 31 December,
 * month by month. At the end of month {@code m} the expected value is
 * {@code start + (target - start) × m / 12}: the end of the second quarter expects half of the year's change.
 *
 * <p>An approved actual is assessed by how much of the change expected so far it made, in the KPI's direction:
 * {@code achievement = (actual - start) / (expected - start) × 100}. A KPI at or beyond its line is 100 % or more;
 * one that moved the wrong way is 0 %. When the line asks for no change by then (the target equals the start, or
 * a "hold the level" target), an actual at or beyond the line is 100 % and one short of it is the ratio of the two
 * values (actual ÷ expected when higher is better, expected ÷ actual when lower is better; 0 when that ratio has no
 * meaning). Without a baseline or a previous target the line is flat at the year's target. A target of zero is a
 * target like any other (a lower-is-better KPI going from 12 accidents to 0 expects 6 at the end of June).
 */
public final class KpiTrajectory {

    /** The highest achievement recorded (far beyond the line reads as 999.9 %). */
    public static final BigDecimal MAX_ACHIEVEMENT = new BigDecimal("999.9");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final KpiDirection direction;
    private final BigDecimal baseline;
    private final Map<Integer, BigDecimal> targets;

    public KpiTrajectory(KpiDirection direction, BigDecimal baseline, Map<Integer, BigDecimal> targets) {
        this.direction = Objects.requireNonNull(direction, "direction");
        this.baseline = baseline;
        this.targets = new TreeMap<>(Objects.requireNonNull(targets, "targets"));
    }

    /** Where the line of {@code year} starts: the previous year's target, else the baseline, else null. */
    public BigDecimal start(int year) {
        BigDecimal previous = targets.get(year - 1);
        return previous != null ? previous : baseline;
    }

    /** The value on the line at the end of {@code month} (1–12) of {@code year}; null without a target. */
    public BigDecimal expected(int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        BigDecimal target = targets.get(year);
        if (target == null) {
            return null;
        }
        BigDecimal start = start(year);
        if (start == null) {
            return target;
        }
        return start.add(target.subtract(start).multiply(BigDecimal.valueOf(month)).divide(TWELVE, 4,
                RoundingMode.HALF_UP));
    }

    /** The assessment of {@code actual} (null: none approved) at the end of {@code month} of {@code year}. */
    public KpiAssessment assess(int year, int month, BigDecimal actual) {
        BigDecimal target = targets.get(year);
        BigDecimal expected = expected(year, month);
        BigDecimal start = start(year) == null ? target : start(year);
        if (target == null) {
            return new KpiAssessment(year, month, start, null, null, actual, null,
                    KpiAssessment.NoDataReason.NO_TARGET);
        }
        if (actual == null) {
            return new KpiAssessment(year, month, start, target, expected, null, null,
                    KpiAssessment.NoDataReason.NO_ACTUAL);
        }
        return new KpiAssessment(year, month, start, target, expected, actual, achievement(start, expected, actual),
                null);
    }

    private BigDecimal achievement(BigDecimal start, BigDecimal expected, BigDecimal actual) {
        int sign = direction == KpiDirection.HIGHER ? 1 : -1;
        BigDecimal required = expected.subtract(start);
        BigDecimal percent;
        if (required.signum() * sign > 0) {
            percent = actual.subtract(start).multiply(HUNDRED).divide(required, 1, RoundingMode.HALF_UP);
        } else if (actual.subtract(expected).signum() * sign >= 0) {
            percent = HUNDRED;
        } else {
            BigDecimal numerator = sign > 0 ? actual : expected;
            BigDecimal denominator = sign > 0 ? expected : actual;
            percent = denominator.signum() <= 0 || numerator.signum() < 0 ? BigDecimal.ZERO
                    : numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
        }
        if (percent.signum() < 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return percent.min(MAX_ACHIEVEMENT).setScale(1, RoundingMode.HALF_UP);
    }
}
