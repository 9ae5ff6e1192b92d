package kr.corepolicy.service.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.kpi.KpiAssessment.NoDataReason;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.domain.kpi.KpiThresholds;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.service.kpi.KpiHistories.ApprovedReport;
import kr.corepolicy.service.kpi.KpiHistories.Definition;
import kr.corepolicy.service.kpi.KpiViews.KpiHistory;
import kr.corepolicy.service.kpi.KpiViews.KpiPeriodFigure;
import kr.corepolicy.service.kpi.KpiViews.KpiYearFigure;
import kr.corepolicy.service.kpi.KpiViews.TaskKpis;
import org.junit.jupiter.api.Test;

/**
 * The assembly of a task's KPI history, with figures worked out by hand: visitors (higher is better, 100 → 200 in
 * 2031 → 260 in 2032) and vacant shops (lower is better, 12 → 0 in 2031), over four approved reports given out of
 * order: March, June and September 2031 and December 2032, and one of June 2033, a year without a target.
 */
class KpiHistoriesTest {

    private static final long VISITORS = 11;
    private static final long VACANT = 12;

    private static final List<Definition> KPIS = List.of(
            new Definition(VISITORS, "방문객 수", "만명", KpiDirection.HIGHER, new BigDecimal("100.0000"),
                    "유동인구 집계", Map.of(2031, new BigDecimal("200.0000"), 2032, new BigDecimal("260.0000"))),
            new Definition(VACANT, "공실 점포", "개", KpiDirection.LOWER, new BigDecimal("12"), null,
                    Map.of(2031, BigDecimal.ZERO)));

    private static final List<ApprovedReport> REPORTS = List.of(
            report(104, 2032, 12), report(101, 2031, 3), report(105, 2033, 6), report(103, 2031, 9),
            report(102, 2031, 6));

    /** Actuals by report: the September report has none for visitors, the December and June 2033 none for shops. */
    private static final Map<Long, Map<Long, BigDecimal>> ACTUALS = Map.of(
            101L, Map.of(VISITORS, new BigDecimal("120.0000"), VACANT, new BigDecimal("10.0000")),
            102L, Map.of(VISITORS, new BigDecimal("150.0000"), VACANT, new BigDecimal("5.0000")),
            103L, Map.of(VACANT, new BigDecimal("11.0000")),
            104L, Map.of(VISITORS, new BigDecimal("230.0000")),
            105L, Map.of(VISITORS, new BigDecimal("270.0000")));

    private static ApprovedReport report(long id, int year, int month) {
        LocalDate lastDay = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        return new ApprovedReport(id, id + 1000, year + "년 " + month + "월", lastDay, id + 2000,
                Instant.parse(year + 1 + "-01-15T00:00:00Z"));
    }

    private static TaskKpis build(Long official, KpiThresholds thresholds) {
        return KpiHistories.build(7, official, thresholds, KPIS, REPORTS, ACTUALS);
    }

    @Test
    void everyApprovedPeriodIsAssessedOldestFirstAgainstTheStraightLineInTheKpisDirection() {
        TaskKpis kpis = build(104L, KpiThresholds.defaults());
        assertEquals(7, kpis.taskId());
        assertEquals(90, kpis.thresholds().onTrackFrom());
        assertEquals(60, kpis.thresholds().behindFrom());
        KpiHistory visitors = kpis.kpis().get(0);
        assertEquals(List.of(101L, 102L, 103L, 104L, 105L),
                visitors.periods().stream().map(KpiPeriodFigure::reportId).toList(), "oldest first");

        // March 2031: the line is at 100 + (200 - 100) × 3/12 = 125; 120 made 20 of the 25 expected: 80 %, 미흡.
        KpiPeriodFigure march = visitors.periods().get(0);
        assertEquals(new BigDecimal("120"), march.actual());
        assertEquals(new BigDecimal("100"), march.start());
        assertEquals(new BigDecimal("200"), march.target());
        assertEquals(new BigDecimal("125"), march.expected());
        assertEquals(new BigDecimal("80.0"), march.achievementPercent());
        assertEquals(KpiStatus.BEHIND, march.status());
        assertEquals(2031, march.year());
        assertEquals(3, march.month());
        assertEquals(1101, march.periodId());
        assertEquals(2101, march.documentId());
        assertEquals("2031년 3월", march.periodLabel());

        // June 2031: expected 150, actual 150: 100 %, 정상.
        assertEquals(new BigDecimal("100.0"), visitors.periods().get(1).achievementPercent());
        assertEquals(KpiStatus.ON_TRACK, visitors.periods().get(1).status());

        // September 2031: no actual for this KPI in that report.
        KpiPeriodFigure september = visitors.periods().get(2);
        assertNull(september.actual());
        assertEquals(new BigDecimal("175"), september.expected());
        assertNull(september.achievementPercent());
        assertEquals(KpiStatus.NO_DATA, september.status());
        assertEquals(NoDataReason.NO_ACTUAL, september.noDataReason());

        // December 2032: the line starts at 2031's target, 200, and ends at 260; 230 made 30 of 60: 50 %, 부진.
        KpiPeriodFigure december = visitors.periods().get(3);
        assertEquals(new BigDecimal("200"), december.start());
        assertEquals(new BigDecimal("260"), december.expected());
        assertEquals(new BigDecimal("50.0"), december.achievementPercent());
        assertEquals(KpiStatus.FAR_BEHIND, december.status());

        // June 2033: no target for 2033.
        KpiPeriodFigure noTarget = visitors.periods().get(4);
        assertEquals(new BigDecimal("270"), noTarget.actual());
        assertNull(noTarget.target());
        assertNull(noTarget.expected());
        assertEquals(KpiStatus.NO_DATA, noTarget.status());
        assertEquals(NoDataReason.NO_TARGET, noTarget.noDataReason());
    }

    @Test
    void aLowerIsBetterKpiIsAssessedTowardsItsTargetOfZero() {
        KpiHistory vacant = build(104L, KpiThresholds.defaults()).kpis().get(1);
        // March: 12 + (0 - 12) × 3/12 = 9 expected; 10 made 2 of the 3 fewer: 66.7 %, 미흡.
        assertEquals(new BigDecimal("9"), vacant.periods().get(0).expected());
        assertEquals(new BigDecimal("66.7"), vacant.periods().get(0).achievementPercent());
        assertEquals(KpiStatus.BEHIND, vacant.periods().get(0).status());
        // June: 6 expected; 5 made 7 of 6: 116.7 %, 정상.
        assertEquals(new BigDecimal("116.7"), vacant.periods().get(1).achievementPercent());
        assertEquals(KpiStatus.ON_TRACK, vacant.periods().get(1).status());
        // September: 3 expected; 11 made 1 of 9: 11.1 %, 부진.
        assertEquals(new BigDecimal("11.1"), vacant.periods().get(2).achievementPercent());
        assertEquals(KpiStatus.FAR_BEHIND, vacant.periods().get(2).status());
        // December 2032: no target for 2032 (and no actual).
        assertEquals(NoDataReason.NO_TARGET, vacant.periods().get(3).noDataReason());
        assertEquals(KpiStatus.NO_DATA, vacant.latestStatus(), "the official report's figure");
    }

    @Test
    void theLatestStatusIsTheOfficialReportsAndNoDataBeforeOne() {
        KpiHistory visitors = build(104L, KpiThresholds.defaults()).kpis().get(0);
        assertEquals(104L, visitors.latest().reportId());
        assertEquals(KpiStatus.FAR_BEHIND, visitors.latestStatus());

        KpiHistory before = build(null, KpiThresholds.defaults()).kpis().get(0);
        assertNull(before.latest());
        assertEquals(KpiStatus.NO_DATA, before.latestStatus());
        assertEquals(5, before.periods().size(), "the periods are there all the same");
    }

    @Test
    void theThresholdsInForceDecideTheStatus() {
        TaskKpis kpis = build(101L, KpiThresholds.of(80, 50));
        assertEquals(80, kpis.thresholds().onTrackFrom());
        assertEquals(50, kpis.thresholds().behindFrom());
        KpiHistory visitors = kpis.kpis().get(0);
        assertEquals(KpiStatus.ON_TRACK, visitors.periods().get(0).status(), "80 % is 정상 from 80 %");
        assertEquals(KpiStatus.BEHIND, visitors.periods().get(3).status(), "50 % is 미흡 from 50 %");
        assertEquals(KpiStatus.ON_TRACK, visitors.latestStatus());
    }

    @Test
    void eachYearShowsItsTargetAndTheActualOfItsLastPeriodWithOne() {
        KpiHistory visitors = build(104L, KpiThresholds.defaults()).kpis().get(0);
        assertEquals(List.of(
                new KpiYearFigure(2031, new BigDecimal("200"), new BigDecimal("150"), "2031년 6월", 102L, 2102L),
                new KpiYearFigure(2032, new BigDecimal("260"), new BigDecimal("230"), "2032년 12월", 104L, 2104L),
                new KpiYearFigure(2033, null, new BigDecimal("270"), "2033년 6월", 105L, 2105L)),
                visitors.years(), "September 2031 has no actual: June's is the year's");

        KpiHistory vacant = build(104L, KpiThresholds.defaults()).kpis().get(1);
        assertEquals(List.of(new KpiYearFigure(2031, new BigDecimal("0"), new BigDecimal("11"), "2031년 9월", 103L,
                2103L)), vacant.years(), "a year without target or actual is left out");
    }

    @Test
    void theDefinitionIsShownWithoutTrailingZeros() {
        KpiHistory visitors = build(null, KpiThresholds.defaults()).kpis().get(0);
        assertEquals(VISITORS, visitors.id());
        assertEquals("방문객 수", visitors.name());
        assertEquals("만명", visitors.unit());
        assertEquals(KpiDirection.HIGHER, visitors.direction());
        assertEquals("100", visitors.baseline().toPlainString());
        assertEquals("유동인구 집계", visitors.howMeasured());
        assertEquals("{2031=200, 2032=260}", visitors.targets().toString());
    }

    @Test
    void aTaskWithoutApprovedReportsHasItsKpisWithoutPeriods() {
        TaskKpis kpis = KpiHistories.build(7, null, KpiThresholds.defaults(), KPIS, List.of(), Map.of());
        assertEquals(2, kpis.kpis().size());
        assertEquals(List.of(), kpis.kpis().get(0).periods());
        assertEquals(List.of(2031, 2032), kpis.kpis().get(0).years().stream().map(KpiYearFigure::year).toList());
        assertNull(kpis.kpis().get(0).years().get(0).actual());
        assertNull(kpis.officialReportId());
    }
}
