package kr.corepolicy.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.web.bench.CityPlan.Person;
import org.junit.jupiter.api.Test;

/** The generated org chart, people and tasks follow the domain's shape; the names are well-formed and repeatable. */
class CityPlanTest {

    private static final YearMonth UNTIL = YearMonth.of(2026, 11);

    @Test
    void theFortyTimesCityHasTheSizeAsked() {
        CityPlan plan = CityPlan.of(40, 1, UNTIL);
        assertEquals(2_000, plan.tasks.size());
        assertEquals(5_000, plan.people.size());
        assertEquals(7, plan.strategies.size());
        assertEquals(240, plan.departments.size());
        assertTrue(plan.units.stream().filter(u -> u.type() == OrgUnitType.BUREAU).count() >= 30, "30 and more 국");
        assertTrue(plan.units.stream().filter(u -> u.type() == OrgUnitType.TEAM).count() >= 700, "hundreds of 팀");
        assertTrue(plan.units.stream().anyMatch(u -> u.type() == OrgUnitType.AGENCY), "사업소 too");
    }

    @Test
    void everyUnitSitsWhereTheChartAllowsAndEveryTaskHasItsLine() {
        CityPlan plan = CityPlan.of(3, 5, UNTIL);
        for (CityPlan.Unit u : plan.units) {
            assertTrue(u.parent() == null ? u.type() == OrgUnitType.CITY : u.type().canBeChildOf(u.parent().type()),
                    u + " is placed where the chart allows");
        }
        for (CityPlan.Department d : plan.departments) {
            assertTrue(d.unit().type().isDepartment(), d.unit() + " is a department");
            assertEquals(Position.DIVISION_HEAD, d.head().position);
            assertEquals(d.unit(), d.head().unit);
            for (CityPlan.Team t : d.teams()) {
                assertEquals(d.unit(), t.unit().parent());
                assertEquals(Position.TEAM_LEADER, t.leader().position);
                assertTrue(!t.staff().isEmpty(), "every team has staff");
                t.staff().forEach(p -> assertEquals(Position.STAFF, p.position));
            }
        }
        for (CityPlan.Task t : plan.tasks) {
            assertTrue(t.owner().teams().contains(t.team()), "the officer's team is in the owning department");
            assertTrue(t.team().staff().contains(t.officer()));
            assertTrue(t.officer().roles.contains(Role.OFFICER));
            assertTrue(!t.collaborators().contains(t.owner()), "a department does not collaborate with itself");
            assertTrue(t.number().matches(t.strategy().number() + "-\\d{1,3}"), t.number());
            assertTrue(!t.end().isBefore(t.start()));
        }
        assertEquals(plan.tasks.size(), plan.tasks.stream().map(CityPlan.Task::number).distinct().count());
    }

    @Test
    void namesAreWellFormedUniqueAndTheDemosSignInsExist() {
        CityPlan plan = CityPlan.of(2, 9, UNTIL);
        Pattern username = Pattern.compile("[a-z][a-z0-9._-]{2,49}");
        Set<String> usernames = new HashSet<>();
        for (Person p : plan.people) {
            assertTrue(username.matcher(p.username).matches(), p.username);
            assertTrue(usernames.add(p.username), "unique: " + p.username);
            assertEquals(3, p.name.length(), p.name);
        }
        assertTrue(usernames.containsAll(List.of("mayor", "deputy", "planner", "admin", "officer", "teamlead", "head")));
        for (long seed = 1; seed <= 30; seed++) {
            Set<String> small = new HashSet<>();
            CityPlan.of(0.5, seed, UNTIL).people.forEach(p -> small.add(p.username));
            assertTrue(small.containsAll(List.of("mayor", "deputy", "planner", "admin", "officer", "teamlead", "head",
                    "tfleader")), "the demo's sign-ins with seed " + seed + ": " + small);
        }
        Set<String> codes = new HashSet<>();
        Set<String> departments = new HashSet<>();
        plan.units.forEach(u -> assertTrue(codes.add(u.code()) && u.code().matches("[A-Z0-9][A-Z0-9_-]{0,19}"),
                u.code()));
        plan.departments.forEach(d -> assertTrue(departments.add(d.unit().nameKo()),
                "document numbers need unique department names: " + d.unit().nameKo()));
        assertTrue(plan.admin.roles.contains(Role.ADMIN));
        assertTrue(plan.planner.roles.contains(Role.PLANNER));
    }

    @Test
    void theSameSeedGivesTheSameCityAndAnotherAnother() {
        CityPlan a = CityPlan.of(1, 42, UNTIL);
        CityPlan b = CityPlan.of(1, 42, UNTIL);
        CityPlan c = CityPlan.of(1, 43, UNTIL);
        assertEquals(tasks(a), tasks(b));
        assertEquals(names(a), names(b));
        assertNotEquals(names(a), names(c));
    }

    @Test
    void unitNamesCountUpWhenAWordComesBack() {
        KoreanNames names = new KoreanNames(new Random(1));
        assertEquals("관광정책과", names.unique("관광정책", "과"));
        assertEquals("관광정책2과", names.unique("관광정책", "과"));
        assertEquals("문화관광국", names.unit(KoreanNames.BUREAU_WORDS, 1, "국"));
    }

    private static List<String> tasks(CityPlan plan) {
        return plan.tasks.stream().map(t -> t.number() + t.title() + t.officer().username + t.start() + t.end()
                + t.kpis() + t.funds() + t.milestones()).toList();
    }

    private static List<String> names(CityPlan plan) {
        return plan.people.stream().map(p -> p.username + p.name + p.unit.nameKo()).toList();
    }
}
