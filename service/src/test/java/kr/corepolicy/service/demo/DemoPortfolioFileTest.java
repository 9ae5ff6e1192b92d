package kr.corepolicy.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
