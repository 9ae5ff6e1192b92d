package kr.corepolicy.service.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.kpi.KpiRollup;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.domain.kpi.ThresholdsInForce;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.dashboard.DashboardSnapshots.Snapshot;
import kr.corepolicy.service.dashboard.DashboardViews.DepartmentDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.Figures;
import kr.corepolicy.service.dashboard.DashboardViews.PeriodStatuses;
import kr.corepolicy.service.dashboard.DashboardViews.PortfolioDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.RiskKind;
import kr.corepolicy.service.dashboard.DashboardViews.RiskPage;
import kr.corepolicy.service.dashboard.DashboardViews.RiskReason;
import kr.corepolicy.service.dashboard.DashboardViews.TaskAtRisk;
import kr.corepolicy.service.dashboard.DashboardViews.StrategyFigures;
import kr.corepolicy.service.organization.UnitRef;
import org.junit.jupiter.api.Test;

/** The kept figures read back as they were written, and when they may be served. */
class SnapshotCodecTest {

    private static final Instant COUNTED = Instant.parse("2026-11-30T01:20:03.250Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Figures figures(BigDecimal progress) {
        return new Figures(5, DashboardService.statusCounts(Map.of(TaskStatus.PARTLY, 1L, TaskStatus.ON_TRACK, 2L,
                TaskStatus.DONE, 1L, TaskStatus.DROPPED, 1L)), 4, 1, new BigDecimal("25.0"), 3, progress,
                new KpiRollup(3, 1, 0, 1), new BigDecimal("75.0"), 1_400_000_000L, 600_000_000L,
                new BigDecimal("42.9"), 3);
    }

    @Test
    void thePortfolioReadsBackEqual() {
        PortfolioDashboard portfolio = new PortfolioDashboard(TODAY, COUNTED, new ThresholdsInForce(90, 60),
                figures(new BigDecimal("53.3")),
                List.of(new StrategyFigures(1, 1, "서라벌 도심활성화", "Seorabeol downtown", figures(null)),
                        new StrategyFigures(2, 2, "경제산업 기업도시", null, figures(new BigDecimal("60.0")))),
                List.of(new PeriodStatuses(7, "2026년 10월", LocalDate.of(2026, 10, 31),
                        DashboardService.statusCounts(Map.of(TaskStatus.ON_TRACK, 40L)), 40)));
        String json = SnapshotCodec.write(portfolio);
        assertTrue(json.contains("서라벌 도심활성화") && json.contains("\"completionPercent\":25.0"), json);
        assertEquals(portfolio, SnapshotCodec.read(json, PortfolioDashboard.class));
    }

    @Test
    void aDepartmentReadsBackEqual() {
        DepartmentDashboard department = new DepartmentDashboard(TODAY, COUNTED, new ThresholdsInForce(80, 50),
                new UnitRef(691L, "D-TOUR", "관광정책과", "Tourism Policy Division", OrgUnitType.DIVISION, "B-CULT"),
                figures(null), List.of(), List.of());
        assertEquals(department, SnapshotCodec.read(SnapshotCodec.write(department), DepartmentDashboard.class));
    }

    @Test
    void theFirstTasksAtRiskReadBackEqualWithTheirDetails() {
        UnitRef tourism = new UnitRef(691L, "D-TOUR", "관광정책과", "Tourism Policy Division", null, null);
        RiskPage first = new RiskPage(List.of(
                new TaskAtRisk(7, "1-2", "황리단길 보행환경", null, 1, tourism, "김민수", TaskStatus.PARTLY, List.of(
                        new RiskReason(RiskKind.REPORTED_STATUS, 70L, 700L, "2026년 3분기", TaskStatus.PARTLY, 40,
                                null, null, null, null, null, null, null, null),
                        new RiskReason(RiskKind.KPI_BEHIND, 70L, 700L, "2026년 3분기", null, null, null, null,
                                "방문객 수", "만 명", new BigDecimal("120.5"), new BigDecimal("180"),
                                new BigDecimal("66.94"), KpiStatus.BEHIND),
                        new RiskReason(RiskKind.REPORT_OVERDUE, 71L, null, "2026년 10월",
                                null, null, LocalDate.of(2026, 11, 5), 25L, null, null, null, null, null, null))),
                new TaskAtRisk(3, "2-10", "신라 왕경 복원", "Silla royal capital", 2, tourism, null, TaskStatus.ON_HOLD,
                        List.of(new RiskReason(RiskKind.NO_OFFICER, null, null, null, null, null, null, null, null,
                                null, null, null, null, null)))), 42, 0, 100);
        assertEquals(first, SnapshotCodec.read(SnapshotCodec.write(first), RiskPage.class));
        RiskPage none = new RiskPage(List.of(), 0, 0, 100);
        assertEquals(none, SnapshotCodec.read(SnapshotCodec.write(none), RiskPage.class), "none at risk");
        assertThrows(JsonbException.class, () -> SnapshotCodec.read("{\"total\":1}", RiskPage.class),
                "a snapshot without its tasks is refused as unreadable, never read as none");
        assertThrows(JsonbException.class, () -> SnapshotCodec.read("[1,2]", RiskPage.class));
    }

    @Test
    void theFormatFollowsTheShapeOfTheRecords() {
        assertEquals(SnapshotCodec.FORMAT, SnapshotCodec.fingerprint(PortfolioDashboard.class,
                DepartmentDashboard.class, RiskPage.class), "the same records, the same format");
        assertEquals(64, SnapshotCodec.FORMAT.length());
        assertNotEquals(SnapshotCodec.fingerprint(Before.class), SnapshotCodec.fingerprint(After.class),
                "one more component");
        assertNotEquals(SnapshotCodec.fingerprint(Before.class), SnapshotCodec.fingerprint(Renamed.class),
                "a component renamed");
    }

    record Before(long tasks, List<ThresholdsInForce> thresholds) {
    }

    record After(long tasks, List<ThresholdsInForce> thresholds, long atRisk) {
    }

    record Renamed(long count, List<ThresholdsInForce> thresholds) {
    }

    @Test
    void keptFiguresAreCurrentOnlyAtTheSameGenerationFormatAndDayAndWhileYoung() {
        Instant now = COUNTED.plusSeconds(60);
        assertTrue(kept(4, 4, "f", TODAY).current("f", TODAY, now));
        assertFalse(kept(5, 4, "f", TODAY).current("f", TODAY, now), "something changed since");
        assertFalse(kept(4, 4, "old", TODAY).current("f", TODAY, now), "another version's records");
        assertFalse(kept(4, 4, "f", TODAY.minusDays(1)).current("f", TODAY, now), "counted yesterday");
        assertFalse(kept(4, 4, "f", TODAY).current("f", TODAY, COUNTED.plus(DashboardSnapshots.MAX_AGE)),
                "too old, whatever the generation says");
        assertFalse(new Snapshot(4, null, -1, null, null, null).current("f", TODAY, now), "nothing kept");
    }

    private static Snapshot kept(long current, long generation, String format, LocalDate asOf) {
        return new Snapshot(current, format, generation, asOf, COUNTED, "{}");
    }
}
