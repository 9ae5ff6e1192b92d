package kr.corepolicy.domain.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import kr.corepolicy.domain.kpi.KpiAssessment.NoDataReason;
import kr.corepolicy.domain.task.KpiDirection;
import org.junit.jupiter.api.Test;

/** The trajectory and the achievement against it, every figure worked out by hand in the comments. */
class KpiTrajectoryTest {

    private static final KpiThresholds DEFAULTS = KpiThresholds.defaults();

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal achievement(KpiTrajectory t, int year, int month, String actual) {
        return t.assess(year, month, n(actual)).achievementPercent();
    }

    @Test
    void higherIsBetterFollowsTheLineFromTheBaseline() {
        // baseline 100, target 200 in 2026: the end of June expects 100 + 100 × 6/12 = 150
        KpiTrajectory t = new KpiTrajectory(KpiDirection.HIGHER, n("100"), Map.of(2026, n("200")));
        assertEquals(0, n("150").compareTo(t.expected(2026, 6)));
        assertEquals(0, n("125").compareTo(t.expected(2026, 3)));
        assertEquals(0, n("200").compareTo(t.expected(2026, 12)));
        assertEquals(n("100.0"), achievement(t, 2026, 6, "150"));
        assertEquals(n("80.0"), achievement(t, 2026, 6, "140")); // 40 of the 50 expected
        assertEquals(n("120.0"), achievement(t, 2026, 6, "160"));
        assertEquals(n("40.0"), achievement(t, 2026, 6, "120"));
        assertEquals(n("0.0"), achievement(t, 2026, 6, "90")); // moved the wrong way
        assertEquals(KpiStatus.ON_TRACK, t.assess(2026, 6, n("150")).status(DEFAULTS));
        assertEquals(KpiStatus.BEHIND, t.assess(2026, 6, n("140")).status(DEFAULTS));
        assertEquals(KpiStatus.FAR_BEHIND, t.assess(2026, 6, n("120")).status(DEFAULTS));
    }

    @Test
    void lowerIsBetterDownToATargetOfZero() {
        // 12 accidents down to 0 in 2026: the end of June expects 12 - 12 × 6/12 = 6
        KpiTrajectory t = new KpiTrajectory(KpiDirection.LOWER, n("12"), Map.of(2026, BigDecimal.ZERO));
        assertEquals(0, n("6").compareTo(t.expected(2026, 6)));
        assertEquals(n("100.0"), achievement(t, 2026, 6, "6"));
        assertEquals(n("83.3"), achievement(t, 2026, 6, "7")); // (7 - 12) / (6 - 12) = 5/6
        assertEquals(n("50.0"), achievement(t, 2026, 6, "9"));
        assertEquals(n("200.0"), achievement(t, 2026, 6, "0"));
        assertEquals(n("0.0"), achievement(t, 2026, 6, "15"));
        assertEquals(KpiStatus.BEHIND, t.assess(2026, 6, n("7")).status(DEFAULTS));
        assertEquals(KpiStatus.FAR_BEHIND, t.assess(2026, 6, n("9")).status(DEFAULTS));
        assertEquals(KpiStatus.ON_TRACK, t.assess(2026, 6, n("0")).status(DEFAULTS));
    }

    @Test
    void aLaterYearStartsAtThePreviousYearsTarget() {
        // 2025's target 200 is where 2026's line starts: March expects 200 + 100 × 3/12 = 225
        KpiTrajectory t = new KpiTrajectory(KpiDirection.HIGHER, n("100"), Map.of(2025, n("200"), 2026, n("300")));
        assertEquals(0, n("200").compareTo(t.start(2026)));
        assertEquals(0, n("100").compareTo(t.start(2025)));
        assertEquals(0, n("225").compareTo(t.expected(2026, 3)));
        assertEquals(n("80.0"), achievement(t, 2026, 3, "220"));
    }

    @Test
    void aMonthlyPeriodUsesItsOwnMonth() {
        // baseline 0, target 120: the end of November expects 110
        KpiTrajectory t = new KpiTrajectory(KpiDirection.HIGHER, BigDecimal.ZERO, Map.of(2026, n("120")));
        assertEquals(0, n("110").compareTo(t.expected(2026, 11)));
        assertEquals(n("50.0"), achievement(t, 2026, 11, "55"));
        assertThrows(IllegalArgumentException.class, () -> t.expected(2026, 13));
        assertThrows(IllegalArgumentException.class, () -> t.expected(2026, 0));
    }

    @Test
    void noTargetOrNoActualIsNoData() {
        KpiTrajectory t = new KpiTrajectory(KpiDirection.HIGHER, n("100"), Map.of(2026, n("200")));
        KpiAssessment noTarget = t.assess(2027, 3, n("250"));
        assertNull(noTarget.achievementPercent());
        assertNull(noTarget.target());
        assertEquals(NoDataReason.NO_TARGET, noTarget.reason());
        assertEquals(KpiStatus.NO_DATA, noTarget.status(DEFAULTS));
        KpiAssessment noActual = t.assess(2026, 6, null);
        assertEquals(NoDataReason.NO_ACTUAL, noActual.reason());
        assertEquals(0, n("150").compareTo(noActual.expected()));
        assertEquals(KpiStatus.NO_DATA, noActual.status(DEFAULTS));
    }

    @Test
    void withoutABaselineTheLineIsFlatAtTheTarget() {
        // nothing to start from: every month expects the target; 45 of 50 is 90 % (the on-track threshold itself)
        KpiTrajectory t = new KpiTrajectory(KpiDirection.HIGHER, null, Map.of(2026, n("50")));
        assertEquals(0, n("50").compareTo(t.expected(2026, 3)));
        assertEquals(n("90.0"), achievement(t, 2026, 3, "45"));
        assertEquals(KpiStatus.ON_TRACK, t.assess(2026, 3, n("45")).status(DEFAULTS));
        assertEquals(n("100.0"), achievement(t, 2026, 3, "51"));
    }

    @Test
    void holdingALevelComparesTheValues() {
        // hold 1,000 visitors: 950 is 95 %; lower is better, hold 10: 12 is 10/12 = 83.3 %
        KpiTrajectory higher = new KpiTrajectory(KpiDirection.HIGHER, n("1000"), Map.of(2026, n("1000")));
        assertEquals(n("95.0"), achievement(higher, 2026, 6, "950"));
        assertEquals(n("100.0"), achievement(higher, 2026, 6, "1000"));
        KpiTrajectory lower = new KpiTrajectory(KpiDirection.LOWER, n("10"), Map.of(2026, n("10")));
        assertEquals(n("83.3"), achievement(lower, 2026, 6, "12"));
        // zero accidents kept at zero: any accident is 0 %, none is 100 %
        KpiTrajectory zero = new KpiTrajectory(KpiDirection.LOWER, BigDecimal.ZERO, Map.of(2026, BigDecimal.ZERO));
        assertEquals(n("0.0"), achievement(zero, 2026, 6, "2"));
        assertEquals(KpiStatus.FAR_BEHIND, zero.assess(2026, 6, n("2")).status(DEFAULTS));
        assertEquals(n("100.0"), achievement(zero, 2026, 6, "0"));
        // a target worse than the baseline asks for no improvement: at or beyond the line is 100 %
        KpiTrajectory easing = new KpiTrajectory(KpiDirection.HIGHER, n("100"), Map.of(2026, n("80")));
        assertEquals(n("100.0"), achievement(easing, 2026, 6, "95"));
        assertEquals(n("88.9"), achievement(easing, 2026, 6, "80")); // 80 of the 90 expected
    }

    @Test
    void farBeyondTheLineIsCapped() {
        // baseline 0, target 12: January expects 1; 100 would be 10,000 %
        KpiTrajectory t = new KpiTrajectory(KpiDirection.HIGHER, BigDecimal.ZERO, Map.of(2026, n("12")));
        assertEquals(KpiTrajectory.MAX_ACHIEVEMENT, achievement(t, 2026, 1, "100"));
    }
}
