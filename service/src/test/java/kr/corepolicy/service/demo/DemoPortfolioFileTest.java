package kr.corepolicy.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.corepolicy.service.task.TaskDraft;
import org.junit.jupiter.api.Test;

class DemoPortfolioFileTest {

    private final DemoPortfolioFile.Portfolio portfolio = DemoPortfolioFile.load();

    @Test
    void sevenStrategiesOfTheSeedWithFortyNineTasks() {
        assertEquals(List.of("서라벌 도심활성화", "경제산업 기업도시", "경주형 신농어업", "온(溫, ALL)가족 행복경주",
                "스마트시티 혁신", "클린녹색 환경도시", "미래발전 전략 선도"),
                portfolio.strategies().stream().map(DemoPortfolioFile.StrategyEntry::nameKo).toList());
        assertEquals(49, portfolio.strategies().stream().mapToInt(s -> s.tasks().size()).sum());
    }

    @Test
    void everyReferencedPersonAndUnitExists() {
        Set<String> people = new HashSet<>();
        DemoData.USERS.forEach(u -> people.add(u.username()));
        portfolio.people().forEach(p -> assertTrue(people.add(p.username()), "listed once: " + p.username()));
        for (DemoPortfolioFile.StrategyEntry s : portfolio.strategies()) {
            assertTrue(people.contains(s.leader()), s.leader());
            s.members().forEach(m -> assertTrue(people.contains(m), m));
            for (TaskDraft t : s.tasks()) {
                assertTrue(t.officerUsername() == null || people.contains(t.officerUsername()), t.officerUsername());
                assertFalse(t.collaboratingUnitCodes().contains(t.owningUnitCode()), t.managementNumber());
            }
        }
    }

    @Test
    void managementNumbersAreUniqueAndSomeTourismTasksCollaborateWithRegeneration() {
        List<TaskDraft> all = portfolio.strategies().stream().flatMap(s -> s.tasks().stream()).toList();
        assertEquals(49, all.stream().map(TaskDraft::managementNumber).collect(Collectors.toSet()).size());
        long tourismWithRegeneration = all.stream().filter(t -> t.owningUnitCode().equals("D-TOUR")
                && t.collaboratingUnitCodes().contains("D-REGEN")).count();
        assertTrue(tourismWithRegeneration >= 3, "the approval demo needs them: " + tourismWithRegeneration);
    }

    @Test
    void theDemoMovesEveryDateAndYearOfTheFileByTheSameYears() {
        TaskDraft written = DemoPortfolioFile.load().strategies().get(0).tasks().get(0);
        TaskDraft moved = DemoPortfolioFile.load(3).strategies().get(0).tasks().get(0);
        assertEquals("1-1", moved.managementNumber());
        assertEquals(LocalDate.of(2022, 7, 1), written.start());
        assertEquals(LocalDate.of(2025, 7, 1), moved.start());
        assertEquals(LocalDate.of(2028, 12, 31), moved.end());
        assertEquals(written.milestones().stream().map(m -> m.year() + 3).toList(),
                moved.milestones().stream().map(m -> m.year()).toList());
        assertEquals(written.kpis().get(0).targets().keySet().stream().map(y -> y + 3).toList(),
                List.copyOf(moved.kpis().get(0).targets().keySet()));
        assertEquals(written.kpis().get(0).targets().values().stream().toList(),
                moved.kpis().get(0).targets().values().stream().toList(), "the same targets");
        assertEquals(written.fundPlan().stream().map(f -> (f.fiscalYear() + 3) + " " + f.amountWon()).toList(),
                moved.fundPlan().stream().map(f -> f.fiscalYear() + " " + f.amountWon()).toList());
    }

    @Test
    void theFileIsMovedToTheYearOfTheDemosLatestReportingMonth() {
        // The history is the two months before the current one (DemoSchedule).
        assertEquals(3, DemoPortfolioFile.yearShift(Instant.parse("2026-12-01T03:00:00Z")), "reports of 2026-11");
        assertEquals(3, DemoPortfolioFile.yearShift(Instant.parse("2027-01-20T03:00:00Z")), "reports of 2026-12");
        assertEquals(4, DemoPortfolioFile.yearShift(Instant.parse("2027-02-20T03:00:00Z")), "reports of 2027-01");
        assertEquals(0, DemoPortfolioFile.yearShift(Instant.parse("2023-11-20T03:00:00Z")), "the file's own year");
    }

    @Test
    void everyTaskMovedToTheDemosYearHasAKpiTargetInItAndEveryActiveOneIsStillRunning() {
        int shift = DemoPortfolioFile.yearShift(Instant.parse("2026-12-01T03:00:00Z"));
        for (DemoPortfolioFile.StrategyEntry s : DemoPortfolioFile.load(shift).strategies()) {
            for (TaskDraft t : s.tasks()) {
                t.kpis().forEach(k -> assertTrue(k.targets().keySet().stream().anyMatch(y -> y >= 2026),
                        t.managementNumber() + " " + k.name() + " " + k.targets()));
                if (t.status() == kr.corepolicy.domain.task.TaskStatus.ON_TRACK) {
                    assertFalse(t.end().isBefore(LocalDate.of(2026, 11, 30)), t.managementNumber() + " " + t.end());
                }
            }
        }
    }
}
