package kr.corepolicy.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.kpi.KpiAssessment;
import kr.corepolicy.domain.kpi.KpiThresholds;
import kr.corepolicy.domain.kpi.KpiTrajectory;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.task.TaskDraft;
import org.junit.jupiter.api.Test;

/** The demo's reports, planned over the real demo portfolio for September and October 2026. */
class DemoReportPlanTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    private final List<DemoReportPlan.TaskFacts> tasks = portfolio();

    private static List<DemoReportPlan.TaskFacts> portfolio() {
        List<DemoReportPlan.TaskFacts> tasks = new ArrayList<>();
        long kpiId = 1;
        for (DemoPortfolioFile.StrategyEntry s : DemoPortfolioFile.load().strategies()) {
            for (TaskDraft t : s.tasks()) {
                if (!t.status().isActive() || t.officerUsername() == null) {
                    continue;
                }
                List<DemoReportPlan.KpiFacts> kpis = new ArrayList<>();
                for (var k : t.kpis()) {
                    kpis.add(new DemoReportPlan.KpiFacts(kpiId++, k.direction(), k.baseline(), k.targets()));
                }
                tasks.add(new DemoReportPlan.TaskFacts(t.managementNumber(), t.title(), t.status(), t.start(), t.end(),
                        kpis, t.fundPlan().stream().map(f -> new DemoReportPlan.FundLine(f.fiscalYear(), f.source(),
                                f.amountWon())).toList()));
            }
        }
        return tasks;
    }

    @Test
    void mostTasksOnTrackSomePartlySomeOnHoldTwoFinishedInTheLaterMonth() {
        Map<TaskStatus, Integer> october = new EnumMap<>(TaskStatus.class);
        tasks.forEach(t -> october.merge(DemoReportPlan.status(t, 1), 1, Integer::sum));
        assertEquals(48, tasks.size());
        assertTrue(october.get(TaskStatus.ON_TRACK) > tasks.size() / 2, october.toString());
        assertTrue(october.get(TaskStatus.PARTLY) >= 4, october.toString());
        assertEquals(2, october.get(TaskStatus.ON_HOLD), october.toString());
        assertEquals(2, october.get(TaskStatus.DONE), october.toString());
        // Nothing a report may not set, and nothing reopened: September's statuses lead to October's.
        for (DemoReportPlan.TaskFacts t : tasks) {
            assertTrue(DemoReportPlan.status(t, 0).mayMoveTo(DemoReportPlan.status(t, 1), TaskStatus.Authority.REPORT));
            assertTrue(t.status().mayMoveTo(DemoReportPlan.status(t, 0), TaskStatus.Authority.REPORT));
        }
    }

    @Test
    void everyReportIsCompleteAsASubmissionRequires() {
        for (DemoReportPlan.TaskFacts t : tasks) {
            for (int which = 0; which < 2; which++) {
                ReportContent c = DemoReportPlan.content(t, SEPTEMBER, which);
                String where = t.managementNumber() + " " + which;
                assertNotNull(c.status(), where);
                assertTrue(c.progressPercent() >= 0 && c.progressPercent() <= 100, where);
                assertTrue(c.results().contains(t.title()), where + ": " + c.results());
                assertTrue(c.results().length() <= 4000 && !c.results().contains("%d") && !c.results().contains("%s"), where);
                if (c.status().needsExplanation()) {
                    assertNotNull(c.delayReasons(), where);
                    assertNotNull(c.countermeasures(), where);
                }
                if (c.status() == TaskStatus.DONE) {
                    assertEquals(100, c.progressPercent(), where);
                } else {
                    assertNotNull(c.nextSteps(), where);
                }
            }
        }
    }

    @Test
    void progressRisesFromSeptemberToOctoberExceptOnHold() {
        for (DemoReportPlan.TaskFacts t : tasks) {
            int september = DemoReportPlan.progress(t, SEPTEMBER, 0);
            int october = DemoReportPlan.progress(t, SEPTEMBER, 1);
            if (DemoReportPlan.status(t, 1) == TaskStatus.ON_HOLD) {
                assertEquals(september, october, t.managementNumber());
            } else if (september < 100) {
                assertTrue(october > september, t.managementNumber() + " " + september + " -> " + october);
            } else {
                assertEquals(100, october, t.managementNumber());
            }
        }
    }

    @Test
    void kpiActualsOnlyForTargetsOfTheYearAndAMixOfOnTrackBehindAndFarBehind() {
        KpiThresholds thresholds = KpiThresholds.defaults();
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (DemoReportPlan.TaskFacts t : tasks) {
            ReportContent c = DemoReportPlan.content(t, SEPTEMBER, 1);
            for (ReportContent.Actual a : c.kpiActuals()) {
                DemoReportPlan.KpiFacts kpi = t.kpis().stream().filter(k -> k.id() == a.kpiId()).findFirst()
                        .orElseThrow();
                assertTrue(kpi.targets().containsKey(2026), t.managementNumber());
                assertTrue(a.value().signum() >= 0);
                KpiAssessment assessed = new KpiTrajectory(kpi.direction(), kpi.baseline(), kpi.targets())
                        .assess(2026, 10, a.value());
                statuses.merge(thresholds.statusOf(assessed.achievementPercent()).name(), 1, Integer::sum);
            }
            assertEquals(t.kpis().stream().filter(k -> k.targets().containsKey(2026)).count(), c.kpiActuals().size());
        }
        assertEquals(3, statuses.size(), statuses.toString());
        assertTrue(statuses.values().stream().allMatch(n -> n >= 2), statuses.toString());
    }

    @Test
    void aShareOfThePlannedNationalAndProvincialFundsIsSecured() {
        long planned = 0;
        long secured = 0;
        for (DemoReportPlan.TaskFacts t : tasks) {
            for (DemoReportPlan.FundLine line : t.fundPlan()) {
                if (line.source() != FundSource.CITY && line.source() != FundSource.PRIVATE) {
                    planned += line.amountWon();
                }
            }
            for (ReportContent.Funds f : DemoReportPlan.content(t, SEPTEMBER, 1).funds()) {
                assertTrue(f.source() == FundSource.NATIONAL || f.source() == FundSource.PROVINCIAL);
                assertTrue(f.executedWon() <= f.securedWon() && f.securedWon() <= f.requestedWon(), t.managementNumber());
                assertTrue(f.fiscalYear() >= t.start().getYear() && f.fiscalYear() <= t.end().getYear());
                secured += f.securedWon();
            }
        }
        assertTrue(secured > planned / 3 && secured < planned, secured + " of " + planned);
    }

    @Test
    void theSameTaskGivesTheSameReport() {
        for (DemoReportPlan.TaskFacts t : tasks) {
            assertEquals(DemoReportPlan.content(t, SEPTEMBER, 1), DemoReportPlan.content(t, SEPTEMBER, 1));
        }
    }
}
