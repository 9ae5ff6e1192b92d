package kr.corepolicy.domain.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The thresholds: their boundaries (inclusive), a change, and the changes refused with the field at fault. */
class KpiThresholdsTest {

    private static KpiStatus status(KpiThresholds t, String percent) {
        return t.statusOf(percent == null ? null : new BigDecimal(percent));
    }

    @Test
    void theDefaultsAreNinetyAndSixty() {
        KpiThresholds t = KpiThresholds.defaults();
        assertEquals(90, t.getOnTrackFrom());
        assertEquals(60, t.getBehindFrom());
        assertEquals(KpiStatus.ON_TRACK, status(t, "90.0"));
        assertEquals(KpiStatus.ON_TRACK, status(t, "250"));
        assertEquals(KpiStatus.BEHIND, status(t, "89.9"));
        assertEquals(KpiStatus.BEHIND, status(t, "60"));
        assertEquals(KpiStatus.FAR_BEHIND, status(t, "59.9"));
        assertEquals(KpiStatus.FAR_BEHIND, status(t, "0"));
        assertEquals(KpiStatus.NO_DATA, status(t, null));
    }

    @Test
    void thePlanningOfficeMovesThem() {
        KpiThresholds t = KpiThresholds.defaults();
        Instant at = Instant.parse("2026-11-30T01:00:00Z");
        t.change(80, 50, "planner", at);
        assertEquals(KpiStatus.ON_TRACK, status(t, "80"));
        assertEquals(KpiStatus.BEHIND, status(t, "79.9"));
        assertEquals(KpiStatus.BEHIND, status(t, "50"));
        assertEquals(KpiStatus.FAR_BEHIND, status(t, "49.9"));
        assertEquals("planner", t.getUpdatedBy());
        assertEquals(at, t.getUpdatedAt());
    }

    @Test
    void thresholdsOutOfOrderOrRangeAreRefusedByField() {
        KpiThresholds t = KpiThresholds.defaults();
        assertEquals("onTrackFrom", assertThrows(InvalidInputException.class, () -> t.change(101, 60, "p", null))
                .getField());
        assertEquals("onTrackFrom", assertThrows(InvalidInputException.class, () -> t.change(0, 60, "p", null))
                .getField());
        assertEquals("behindFrom", assertThrows(InvalidInputException.class, () -> t.change(70, 70, "p", null))
                .getField());
        assertEquals("behindFrom", assertThrows(InvalidInputException.class, () -> t.change(70, 0, "p", null))
                .getField());
        assertEquals(90, t.getOnTrackFrom());
        assertEquals(60, t.getBehindFrom());
        assertEquals(100, KpiThresholds.of(100, 99).getOnTrackFrom());
    }
}
