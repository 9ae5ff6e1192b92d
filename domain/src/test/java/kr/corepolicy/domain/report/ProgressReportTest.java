package kr.corepolicy.domain.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.Capacity;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.approval.StepPlan;
import kr.corepolicy.domain.approval.Subject;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.FieldsRefusedException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.strategy.Strategy;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.domain.task.TaskPeriod;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

    private static final Instant NOW = Instant.parse("2026-12-20T01:00:00Z");

    private final OrgUnit city = OrgUnit.city("GJ", "경주시", null);
    private final OrgUnit tourism = OrgUnit.under(city, "D-TOUR", "관광정책과", null, OrgUnitType.DIVISION, 1);
    private final PolicyTask task = new PolicyTask("1-3", "황리단길 야간경관 조성", new Strategy(1, "서라벌 도심활성화", null),
            tourism, new TaskPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)), TaskTerm.MEDIUM);
    private final ReportingPeriod q4 = new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 4, LocalDate.of(2027, 1, 8),
            3, "planner", NOW);
    private final Kpi visitors = withId(task.addKpi("야간 방문객", "명", KpiDirection.HIGHER, BigDecimal.TEN, null), 41L);

    private static Kpi withId(Kpi kpi, long id) {
        try {
            Field field = Kpi.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(kpi, id);
            return kpi;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static ReportContent content(TaskStatus status, Integer progress, String delay, String measures) {
        return new ReportContent(status, progress, "야간경관 조명 12개소 설치 완료", delay, measures, "2027년 1분기 준공",
                List.of(new ReportContent.Actual(41L, new BigDecimal("12500"))),
                List.of(new ReportContent.Funds(2026, FundSource.NATIONAL, 500_000_000L, 400_000_000L, 250_000_000L)));
    }

    @Test
    void aReportCannotCarryAnAdjustmentOnlyStatus() {
        ProgressReport report = new ProgressReport(task, q4);
        for (TaskStatus adjustmentOnly : List.of(TaskStatus.MERGED, TaskStatus.DROPPED, TaskStatus.REPLACED)) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> report.write(content(adjustmentOnly, 60, null, null), "officer", NOW));
            assertEquals("status", refused.getField());
            assertEquals("report.statusNotReportable", refused.getMessageKey());
        }
        assertEquals(ReportState.NOT_STARTED, report.getState(), "nothing was saved");
        for (TaskStatus reportable : TaskStatus.reportable()) {
            report.write(content(reportable, 100, "지연", "대책"), "officer", NOW);
            assertEquals(reportable, report.getReportedStatus());
        }
    }

    @Test
    void aDraftSavesIncompleteAndTheSubmissionSaysWhatIsMissing() {
        ProgressReport report = new ProgressReport(task, q4);
        assertEquals(ReportState.NOT_STARTED, report.getState());
        report.write(new ReportContent(null, null, "조명 설치 중", null, null, null, null, null), "officer", NOW);
        assertEquals(ReportState.DRAFT, report.getState(), "a saved draft, no document yet");
        FieldsRefusedException missing = assertThrows(FieldsRefusedException.class, report::checkComplete);
        assertEquals(List.of("status", "progressPercent", "nextSteps"), fields(missing),
                "every missing field at once, in the order of the form");
        assertEquals(List.of("report.statusRequired", "report.progressRequired", "report.nextStepsRequired"),
                missing.getRefusals().stream().map(InvalidInputException::getMessageKey).toList());
        assertEquals("status", missing.getField(), "the first field for whoever reads one");
        assertEquals("form.fieldsRefused", missing.getMessageKey());
        assertEquals(List.of(3), List.of(missing.getArguments()), "the count for the summary");

        report.write(content(TaskStatus.PARTLY, 60, null, null), "officer", NOW);
        FieldsRefusedException delay = assertThrows(FieldsRefusedException.class, report::checkComplete);
        assertEquals(List.of("delayReasons", "countermeasures"), fields(delay), "a delayed task explains why");
        report.write(content(TaskStatus.PARTLY, 60, "문화재 심의 지연", null), "officer", NOW);
        assertEquals("countermeasures", assertThrows(InvalidInputException.class, report::checkComplete).getField());
        report.write(content(TaskStatus.PARTLY, 60, "문화재 심의 지연", "심의 일정 사전 협의"), "officer", NOW);
        report.checkComplete();

        report.write(content(TaskStatus.ON_TRACK, 60, null, null), "officer", NOW);
        report.checkComplete();
        assertNull(report.getDelayReasons());
        assertEquals("야간 방문객", report.getKpiActuals().get(0).getKpiName(), "the KPI's name is copied");
        assertEquals(250_000_000L, report.getFunds().get(0).getExecutedWon());
    }

    @Test
    void doneMeansAHundredPerCent() {
        ProgressReport report = new ProgressReport(task, q4);
        report.write(content(TaskStatus.DONE, 90, null, null), "officer", NOW);
        assertKey("report.doneNeedsFull", report::checkComplete);
    }

    @Test
    void anEmptyReportIsRefusedOnceWithEveryMissingField() {
        ProgressReport report = new ProgressReport(task, q4);
        FieldsRefusedException refused = assertThrows(FieldsRefusedException.class, report::checkComplete);
        assertEquals(List.of("status", "progressPercent", "results", "nextSteps"), fields(refused));
    }

    @Test
    void aDoneReportNeedsNoNextStepsButAHundredPerCentAndItsResults() {
        ProgressReport report = new ProgressReport(task, q4);
        report.write(new ReportContent(TaskStatus.DONE, 90, null, null, null, null, null, null), "officer", NOW);
        FieldsRefusedException refused = assertThrows(FieldsRefusedException.class, report::checkComplete);
        assertEquals(List.of("progressPercent", "results"), fields(refused));
        assertEquals("report.doneNeedsFull", refused.getRefusals().get(0).getMessageKey());
        assertFalse(ReportContent.needsNextSteps(TaskStatus.DONE));
        assertTrue(ReportContent.needsNextSteps(null), "no status yet: the next steps are asked for");
        assertTrue(ReportContent.needsExplanation(TaskStatus.PARTLY));
        assertFalse(ReportContent.needsExplanation(TaskStatus.ON_TRACK));
        assertFalse(ReportContent.needsExplanation(null));
    }

    private static List<String> fields(FieldsRefusedException e) {
        return e.getRefusals().stream().map(InvalidInputException::getField).toList();
    }

    @Test
    void badFiguresAreRefusedWithTheirPlaceAndNothingChanges() {
        ProgressReport report = new ProgressReport(task, q4);
        report.write(content(TaskStatus.ON_TRACK, 50, null, null), "officer", NOW);

        InvalidInputException over = assertThrows(InvalidInputException.class, () -> report.write(
                new ReportContent(TaskStatus.ON_TRACK, 70, "x", null, null, "y", List.of(), List.of(
                        new ReportContent.Funds(2026, FundSource.CITY, 10, 10, 10),
                        new ReportContent.Funds(2026, FundSource.PROVINCIAL, 10, 5, 6))), "officer", NOW));
        assertEquals("funds[1].executedWon", over.getField());
        assertEquals("report.executedOverSecured", over.getMessageKey());
        assertEquals(50, report.getProgressPercent(), "nothing of the refused draft was kept");

        assertEquals("progressPercent", assertThrows(InvalidInputException.class, () -> report.write(
                content(TaskStatus.ON_TRACK, 101, null, null), "officer", NOW)).getField());
        assertKey("report.unknownKpi", () -> report.write(new ReportContent(TaskStatus.ON_TRACK, 1, null, null, null,
                null, List.of(new ReportContent.Actual(99L, BigDecimal.ONE)), null), "officer", NOW));
        assertKey("report.fundYearOutside", () -> report.write(new ReportContent(TaskStatus.ON_TRACK, 1, null, null,
                null, null, null, List.of(new ReportContent.Funds(2030, FundSource.CITY, 1, 1, 1))), "officer", NOW));
        assertKey("report.duplicateFundLine", () -> report.write(new ReportContent(TaskStatus.ON_TRACK, 1, null, null,
                null, null, null, List.of(new ReportContent.Funds(2026, FundSource.CITY, 1, 1, 1),
                        new ReportContent.Funds(2026, FundSource.CITY, 2, 2, 2))), "officer", NOW));
        assertKey("report.negativeMoney", () -> report.write(new ReportContent(TaskStatus.ON_TRACK, 1, null, null,
                null, null, null, List.of(new ReportContent.Funds(2026, FundSource.CITY, -1, 0, 0))), "officer", NOW));
        assertKey("report.moneyTooLarge", () -> report.write(new ReportContent(TaskStatus.ON_TRACK, 1, null, null,
                null, null, null, List.of(new ReportContent.Funds(2026, FundSource.CITY, Long.MAX_VALUE, 0, 0))),
                "officer", NOW));
        InvalidInputException precise = assertThrows(InvalidInputException.class, () -> report.write(
                new ReportContent(TaskStatus.ON_TRACK, 1, null, null, null, null,
                        List.of(new ReportContent.Actual(41L, new BigDecimal("1.23456"))), null), "officer", NOW));
        assertEquals("report.actualOutOfRange", precise.getMessageKey(), "the column would round it silently");
        assertEquals("kpiActuals[0].value", precise.getField());
        assertKey("report.actualOutOfRange", () -> report.write(new ReportContent(TaskStatus.ON_TRACK, 1, null, null,
                null, null, List.of(new ReportContent.Actual(41L, new BigDecimal("1e15"))), null), "officer", NOW));
        assertEquals(50, report.getProgressPercent(), "still nothing of the refused drafts was kept");
    }

    @Test
    void anApprovedReportIsOfficialAndNeverChanges() {
        ProgressReport report = new ProgressReport(task, q4);
        report.write(content(TaskStatus.ON_TRACK, 60, null, null), "officer", NOW);
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        report.attach(doc);
        doc.submit(List.of(new StepPlan(StepKind.DECISION, "head", "박성호", "DIVISION_HEAD")), NOW);
        assertEquals(ReportState.IN_APPROVAL, report.getState());
        assertFalse(report.isEditable(), "on its line, nobody edits it");
        assertKey("report.notEditable", () -> report.write(content(TaskStatus.ON_TRACK, 70, null, null), "officer", NOW));

        assertThrows(IllegalStateException.class, report::recordApproval, "not before the decision");
        doc.approve(1, "head", "박성호", Capacity.DELEGATED, null, NOW);
        assertTrue(report.isApproved());
        assertDoesNotThrow(report::recordApproval);
        assertEquals(ReportState.APPROVED, report.getState());
        assertKey("report.notEditable", () -> report.write(content(TaskStatus.ON_TRACK, 70, null, null), "officer", NOW));
        assertKey("report.alreadySubmitted", () -> report.consentToLateSubmission("planner", NOW));
    }

    @Test
    void aLateSubmissionNeedsTheConsentOfThePlanningOffice() {
        ProgressReport report = new ProgressReport(task, q4);
        assertTrue(report.maySubmitOn(LocalDate.of(2027, 1, 11)));
        assertFalse(report.maySubmitOn(LocalDate.of(2027, 1, 12)));
        report.consentToLateSubmission("planner", NOW);
        assertTrue(report.maySubmitOn(LocalDate.of(2027, 2, 1)));
        assertEquals("planner", report.getLateConsentBy());
    }

    private static void assertKey(String key, Runnable action) {
        BusinessException e = assertThrows(BusinessException.class, action::run);
        assertEquals(key, e.getMessageKey());
    }
}
