package kr.corepolicy.domain.kpi;

import static kr.corepolicy.domain.kpi.KpiStatus.BEHIND;
import static kr.corepolicy.domain.kpi.KpiStatus.FAR_BEHIND;
import static kr.corepolicy.domain.kpi.KpiStatus.NO_DATA;
import static kr.corepolicy.domain.kpi.KpiStatus.ON_TRACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roll-ups of KPI statuses to a task and from tasks to a strategy or department. */
class KpiRollupTest {

    @Test
    void aTaskCountsItsKpisAndIsAsBehindAsItsWorst() {
        KpiRollup task = KpiRollup.of(List.of(ON_TRACK, BEHIND, NO_DATA, ON_TRACK));
        assertEquals(new KpiRollup(2, 1, 0, 1), task);
        assertEquals(4, task.total());
        assertEquals(3, task.withData());
        assertEquals(new BigDecimal("66.7"), task.onTrackPercent()); // 2 of the 3 with data
        assertEquals(BEHIND, task.worst());
        assertEquals(FAR_BEHIND, KpiRollup.of(List.of(BEHIND, FAR_BEHIND, ON_TRACK)).worst());
        assertEquals(ON_TRACK, KpiRollup.of(List.of(ON_TRACK, NO_DATA)).worst());
    }

    @Test
    void tasksAddUpToTheirStrategy() {
        KpiRollup a = KpiRollup.of(List.of(ON_TRACK, FAR_BEHIND));
        KpiRollup b = KpiRollup.of(List.of(ON_TRACK, ON_TRACK, NO_DATA));
        KpiRollup strategy = a.plus(b);
        assertEquals(new KpiRollup(3, 0, 1, 1), strategy);
        assertEquals(new BigDecimal("75.0"), strategy.onTrackPercent());
        assertEquals(3, strategy.count(ON_TRACK));
        assertEquals(1, strategy.count(NO_DATA));
        assertEquals(new KpiRollup(3, 0, 1, 6), strategy.plus(NO_DATA, 5));
    }

    @Test
    void nothingWithDataHasNoShareAndNoWorst() {
        assertNull(KpiRollup.EMPTY.onTrackPercent());
        assertEquals(NO_DATA, KpiRollup.EMPTY.worst());
        assertNull(KpiRollup.of(List.of(NO_DATA, NO_DATA)).onTrackPercent());
        assertEquals(NO_DATA, KpiRollup.of(List.of(NO_DATA)).worst());
        assertThrows(IllegalArgumentException.class, () -> new KpiRollup(-1, 0, 0, 0));
    }
}
