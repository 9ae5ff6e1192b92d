package kr.corepolicy.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.strategy.Strategy;
import org.junit.jupiter.api.Test;

class PolicyTaskTest {

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", null);
    private final OrgUnit bureau = OrgUnit.under(city, "B-CULT", "문화관광국", null, OrgUnitType.BUREAU, 1);
    private final OrgUnit tourism = OrgUnit.under(bureau, "D-TOUR", "관광정책과", null, OrgUnitType.DIVISION, 1);
    private final OrgUnit tourismTeam = OrgUnit.under(tourism, "T-TOUR1", "관광기획팀", null, OrgUnitType.TEAM, 1);
    private final OrgUnit regeneration = OrgUnit.under(bureau, "D-REGEN", "도시재생과", null, OrgUnitType.DIVISION, 2);
    private final Strategy downtown = new Strategy(1, "서라벌 도심활성화", "Downtown");
    private final TaskPeriod period = new TaskPeriod(LocalDate.of(2022, 7, 1), LocalDate.of(2026, 6, 30));

    private PolicyTask task() {
        return new PolicyTask("1-3", "황리단길 야간경관 조성", downtown, tourism, period, TaskTerm.MEDIUM);
    }

    @Test
    void managementNumberMustSitUnderItsStrategy() {
        assertEquals("1-3", task().getManagementNumber());
        assertEquals("1-7", new PolicyTask(" 01-07 ", "제목", downtown, tourism, period, TaskTerm.SHORT)
                .getManagementNumber(), "normalised");
        assertKey("task.numberNotUnderStrategy",
                () -> new PolicyTask("2-1", "제목", downtown, tourism, period, TaskTerm.SHORT));
        assertKey("task.badNumber", () -> new PolicyTask("1.3", "제목", downtown, tourism, period, TaskTerm.SHORT));
        assertKey("validation.required", () -> new PolicyTask("1-1", " ", downtown, tourism, period, TaskTerm.SHORT));
    }

    @Test
    void owningDepartmentCannotAlsoCollaborate() {
        PolicyTask task = task();
        task.replaceCollaboratingUnits(Set.of(regeneration));
        InvalidInputException asCollaborator = assertKey("task.ownerAlsoCollaborating",
                () -> task.replaceCollaboratingUnits(Set.of(regeneration, tourism)));
        assertEquals("collaboratingUnits", asCollaborator.getField());
        assertEquals(Set.of(regeneration), task.getCollaboratingUnits(), "nothing changed");
        InvalidInputException asOwner = assertKey("task.ownerAlsoCollaborating",
                () -> task.assignOwningUnit(regeneration));
        assertEquals("owningUnit", asOwner.getField());
        assertSame(tourism, task.getOwningUnit());
    }

    @Test
    void onlyDepartmentsOwnOrCollaborate() {
        assertKey("task.ownerNotDepartment",
                () -> new PolicyTask("1-1", "제목", downtown, bureau, period, TaskTerm.SHORT));
        assertKey("task.collaboratorNotDepartment", () -> task().replaceCollaboratingUnits(Set.of(tourismTeam)));
    }

    @Test
    void officerComesFromTheOwningDepartmentOrOneOfItsTeams() {
        PolicyTask task = task();
        UserAccount teamMember = new UserAccount("officer", "김민지", tourismTeam, Position.STAFF, null, "h");
        UserAccount outsider = new UserAccount("collab", "최유진", regeneration, Position.STAFF, null, "h");
        task.assignOfficer(teamMember);
        assertSame(teamMember, task.getOfficer());
        assertKey("task.officerNotInOwningUnit", () -> task.assignOfficer(outsider));
        task.assignOwningUnit(regeneration);
        assertNull(task.getOfficer(), "moving the task to another department unassigns the old officer");
    }

    @Test
    void kpiTargetsMustLieInsideThePeriod() {
        Kpi visitors = task().addKpi("야간 방문객 수", "만명", KpiDirection.HIGHER, new BigDecimal("12"), "통신 데이터");
        visitors.setTarget(2023, new BigDecimal("15"));
        visitors.setTarget(2026, new BigDecimal("25"));
        InvalidInputException e = assertKey("task.kpiTargetOutsidePeriod",
                () -> visitors.setTarget(2027, new BigDecimal("30")));
        assertEquals("kpis", e.getField());
        assertKey("task.kpiTargetOutsidePeriod",
                () -> visitors.replaceTargets(Map.of(2024, BigDecimal.ONE, 2021, BigDecimal.TEN)));
        assertEquals(Map.of(2023, new BigDecimal("15"), 2026, new BigDecimal("25")), visitors.getTargets(),
                "a refused replacement keeps the old targets");
    }

    @Test
    void kpiDirectionDecidesWhetherATargetIsMet() {
        PolicyTask task = task();
        Kpi up = task.addKpi("방문객", "명", KpiDirection.HIGHER, null, null);
        Kpi down = task.addKpi("민원 건수", "건", KpiDirection.LOWER, null, null);
        up.setTarget(2024, new BigDecimal("100"));
        down.setTarget(2024, new BigDecimal("100"));
        assertTrue(up.isMet(2024, new BigDecimal("100")));
        assertFalse(up.isMet(2024, new BigDecimal("99")));
        assertTrue(down.isMet(2024, new BigDecimal("80")));
        assertFalse(down.isMet(2024, new BigDecimal("101")));
        assertFalse(down.isMet(2025, new BigDecimal("1")), "no target that year");
    }

    @Test
    void fundsAreNeverNegativeAndInsideThePeriod() {
        PolicyTask task = task();
        task.planFunds(2023, FundSource.NATIONAL, 1_200_000_000L);
        task.planFunds(2023, FundSource.CITY, 800_000_000L);
        task.planFunds(2024, FundSource.NATIONAL, 500_000_000L);
        InvalidInputException negative = assertKey("task.negativeAmount",
                () -> task.planFunds(2024, FundSource.PROVINCIAL, -1));
        assertEquals("funds", negative.getField());
        assertKey("task.fundOutsidePeriod", () -> task.planFunds(2021, FundSource.CITY, 10));
        assertEquals(2_500_000_000L, task.totalFundsWon());
        assertEquals(1_700_000_000L, task.fundsBySource().get(FundSource.NATIONAL));
        assertEquals(0L, task.fundsBySource().get(FundSource.PRIVATE));
        assertEquals(1_700_000_000L, task.getPlannedOutsideFundsWon(), "국·도비 only: 12억 + 5억, not the 시비");

        task.planFunds(2023, FundSource.NATIONAL, 1_000_000_000L);
        task.planFunds(2023, FundSource.CITY, 0);
        assertEquals(1_500_000_000L, task.totalFundsWon(), "replaced and removed");
        assertEquals(2, task.getFundPlan().size());
        task.planFunds(2024, FundSource.PROVINCIAL, 300_000_000L);
        assertEquals(1_800_000_000L, task.getPlannedOutsideFundsWon(), "10억 + 5억 + 도비 3억");
    }

    @Test
    void milestonesMustLieInsideThePeriodToTheQuarter() {
        PolicyTask task = task();
        task.addMilestone(2022, 3, "기본계획 수립");
        task.addMilestone(2026, 2, "준공");
        InvalidInputException before = assertKey("task.milestoneOutsidePeriod",
                () -> task.addMilestone(2022, 2, "너무 이른 단계"));
        assertEquals("milestones", before.getField());
        assertKey("task.milestoneOutsidePeriod", () -> task.addMilestone(2026, 3, "너무 늦은 단계"));
        assertKey("task.badQuarter", () -> task.addMilestone(2024, 5, "잘못된 분기"));
        assertEquals(2, task.getMilestones().size());
    }

    @Test
    void periodCannotShrinkAwayFromExistingPlans() {
        PolicyTask task = task();
        task.addMilestone(2025, 4, "2단계 완료");
        task.planFunds(2026, FundSource.CITY, 100);
        assertKey("task.periodExcludesPlan", () -> task.reschedule(
                new TaskPeriod(LocalDate.of(2022, 7, 1), LocalDate.of(2025, 6, 30))));
        assertEquals(period, task.getPeriod());
        TaskPeriod longer = new TaskPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31));
        task.reschedule(longer);
        assertEquals(longer, task.getPeriod());
    }

    @Test
    void periodEndsAfterItStartsAndSourcesAreRequired() {
        assertKey("task.periodReversed", () -> new TaskPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)));
        assertKey("task.sourceRequired", () -> task().replaceSources(Set.of()));
        PolicyTask task = task();
        task.replaceSources(Set.of(TaskSource.CITY_PLEDGE, TaskSource.PLAN_2040));
        assertEquals(Set.of(TaskSource.CITY_PLEDGE, TaskSource.PLAN_2040), task.getSources());
    }

    @Test
    void statusVocabularyKnowsWhatNeedsAnExplanation() {
        assertTrue(TaskStatus.PARTLY.needsExplanation());
        assertTrue(TaskStatus.ON_HOLD.needsExplanation());
        assertFalse(TaskStatus.ON_TRACK.needsExplanation());
        assertFalse(TaskStatus.DROPPED.isActive());
        assertTrue(TaskStatus.DONE_CONTINUING.isActive());
    }

    @Test
    void aNewTaskStartsInItsInitialStatusAndReportsMoveItOnlyWithinTheirVocabulary() {
        PolicyTask task = task();
        assertEquals(TaskStatus.INITIAL, task.getStatus());
        task.applyReportedStatus(TaskStatus.PARTLY);
        assertEquals(TaskStatus.PARTLY, task.getStatus());
        for (TaskStatus adjustmentOnly : List.of(TaskStatus.MERGED, TaskStatus.DROPPED, TaskStatus.REPLACED)) {
            InvalidInputException refused = assertKey("task.statusAdjustmentOnly",
                    () -> task.applyReportedStatus(adjustmentOnly));
            assertEquals("status", refused.getField());
            assertEquals(TaskStatus.PARTLY, task.getStatus(), "unchanged after the refusal");
        }
        task.applyReportedStatus(TaskStatus.DONE);
        assertKey("task.statusDoneClosed", () -> task.applyReportedStatus(TaskStatus.ON_TRACK));
        task.applyReportedStatus(TaskStatus.DONE);
        assertEquals(TaskStatus.DONE, task.getStatus(), "repeating the status changes nothing");
    }

    @Test
    void onlyAnAdjustmentDropsOrReopensAndADroppedTaskStaysDropped() {
        PolicyTask task = task();
        task.applyReportedStatus(TaskStatus.DONE);
        task.applyAdjustedStatus(TaskStatus.ON_TRACK);
        assertEquals(TaskStatus.ON_TRACK, task.getStatus(), "an adjustment reopens a completed task");
        task.applyAdjustedStatus(TaskStatus.DROPPED);
        assertKey("task.statusFinal", () -> task.applyReportedStatus(TaskStatus.ON_TRACK));
        assertKey("task.statusFinal", () -> task.applyAdjustedStatus(TaskStatus.ON_TRACK));
        assertEquals(TaskStatus.DROPPED, task.getStatus());
    }

    @Test
    void aTaskAdoptedFromAnExistingPortfolioKeepsItsStatusOnlyWhileNew() throws Exception {
        PolicyTask task = task();
        task.adoptStatus(TaskStatus.MERGED);
        assertEquals(TaskStatus.MERGED, task.getStatus());
        java.lang.reflect.Field id = PolicyTask.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(task, 7L);
        assertThrows(IllegalStateException.class, () -> task.adoptStatus(TaskStatus.ON_TRACK),
                "a stored task's status follows its documents");
    }

    private static InvalidInputException assertKey(String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(key, e.getMessageKey());
        return e;
    }
}
