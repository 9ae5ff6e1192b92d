package kr.corepolicy.service.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.corepolicy.service.dashboard.DashboardSnapshots.Snapshot;
import kr.corepolicy.service.dashboard.SnapshotMemo.Kept;
import kr.corepolicy.service.dashboard.DashboardViews.RiskPage;
import kr.corepolicy.service.dashboard.SnapshotMemo.Stamp;
import org.junit.jupiter.api.Test;

/** This instance's copy of the kept figures: served only under the stamp it was read at, decoded once. */
class SnapshotMemoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant COUNTED = Instant.parse("2026-11-30T01:20:03.250Z");
    private static final Stamp STAMP = new Stamp(SnapshotCodec.FORMAT, 7, TODAY, COUNTED);
    private static final String RISKS = SnapshotCodec.write(new RiskPage(List.of(), 3, 0, 100));

    private final SnapshotMemo memo = new SnapshotMemo();

    @Test
    void aCopyIsServedOnlyUnderTheStampItWasReadAt() {
        Kept copy = memo.put("risks::", STAMP, RISKS);
        assertSame(copy, memo.get("risks::", new Stamp(SnapshotCodec.FORMAT, 7, TODAY, COUNTED)));
        assertNull(memo.get("risks::", new Stamp(SnapshotCodec.FORMAT, 8, TODAY, COUNTED)), "the generation moved");
        assertNull(memo.get("risks::", new Stamp(SnapshotCodec.FORMAT, 7, TODAY, COUNTED.plusMillis(1))),
                "counted again");
        assertNull(memo.get("risks::", new Stamp(SnapshotCodec.FORMAT, 7, TODAY.plusDays(1), COUNTED)), "another day");
        assertNull(memo.get("risks::", new Stamp("another shape", 7, TODAY, COUNTED)), "another version's figures");
        assertNull(memo.get("unit:5", STAMP), "another scope");
    }

    @Test
    void theStampIsTheDatabasesToTheMillisecond() {
        memo.put("portfolio", new Stamp(SnapshotCodec.FORMAT, 7, TODAY, COUNTED.plusNanos(400_000)), RISKS);
        Snapshot readBack = new Snapshot(9, SnapshotCodec.FORMAT, 7, TODAY, COUNTED, null);
        assertEquals(STAMP, readBack.stamp());
        assertEquals(RISKS, memo.get("portfolio", readBack.stamp()).json());
    }

    @Test
    void theFiguresAreDecodedOnceAndTheSameRecordServedAfter() {
        Kept copy = memo.put("risks::", STAMP, RISKS);
        RiskPage first = copy.as(RiskPage.class);
        assertEquals(new RiskPage(List.of(), 3, 0, 100), first);
        assertSame(first, memo.get("risks::", STAMP).as(RiskPage.class));
    }

    @Test
    void unreadableFiguresAreRefusedEveryTimeNeverHeldAsRead() {
        Kept copy = memo.put("risks::", STAMP, "{\"total\":3}");
        assertThrows(JsonbException.class, () -> copy.as(RiskPage.class));
        assertThrows(JsonbException.class, () -> copy.as(RiskPage.class));
    }

    @Test
    void aNewerReadReplacesTheCopyAndTooManyScopesStartOver() {
        Kept old = memo.put("unit:5", STAMP, RISKS);
        Stamp newer = new Stamp(SnapshotCodec.FORMAT, 8, TODAY, COUNTED.plusSeconds(1));
        Kept now = memo.put("unit:5", newer, RISKS);
        assertNotSame(old, now);
        assertNull(memo.get("unit:5", STAMP));
        for (int i = 0; i < SnapshotMemo.MAX_SCOPES; i++) {
            memo.put("risks:" + i + ":", STAMP, RISKS);
        }
        assertNull(memo.get("unit:5", newer), "started over when full");
        assertEquals(RISKS, memo.get("risks:" + (SnapshotMemo.MAX_SCOPES - 1) + ":", STAMP).json());
    }
}
