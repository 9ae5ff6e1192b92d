package kr.corepolicy.domain.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApprovalDocumentTest {

    private static final Instant T0 = Instant.parse("2026-04-06T01:00:00Z");
    private static final StepPlan REVIEW = new StepPlan(StepKind.REVIEW, "teamlead", "이정훈", "TEAM_LEADER");
    private static final StepPlan CONSENT_A = new StepPlan(StepKind.CONSENT, "collab", "최유진", "STAFF");
    private static final StepPlan CONSENT_B = new StepPlan(StepKind.CONSENT, "tfcoord", "배수진", "STAFF");
    private static final StepPlan DECISION = new StepPlan(StepKind.DECISION, "head", "박성호", "DIVISION_HEAD");
    private static final List<StepPlan> LINE = List.of(REVIEW, CONSENT_A, CONSENT_B, DECISION);

    private static ApprovalDocument submitted() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "2026년 1분기 추진실적 보고", "officer", "김민지");
        doc.submit(LINE, T0);
        return doc;
    }

    private static List<StepState> states(ApprovalDocument doc) {
        return doc.currentRound().stream().map(ApprovalStep::getState).toList();
    }

    @Test
    void reviewsInOrderThenConsentsTogetherThenTheDecision() {
        ApprovalDocument doc = submitted();
        assertEquals(DocumentStatus.IN_PROGRESS, doc.getStatus());
        assertEquals(1, doc.getRound());
        assertEquals(List.of(StepState.PENDING, StepState.WAITING, StepState.WAITING, StepState.WAITING), states(doc));

        doc.approve(1, "teamlead", "이정훈", Capacity.SELF, "검토했습니다", T0.plusSeconds(60));
        assertEquals(List.of(StepState.APPROVED, StepState.PENDING, StepState.PENDING, StepState.WAITING), states(doc),
                "both consents open at once");

        doc.approve(3, "tfcoord", "배수진", Capacity.SELF, null, T0.plusSeconds(120));
        assertEquals(StepState.WAITING, doc.currentRound().get(3).getState(), "the decision waits for every consent");
        doc.approve(2, "collab", "최유진", Capacity.SELF, "협조합니다", T0.plusSeconds(180));
        assertEquals(StepState.PENDING, doc.currentRound().get(3).getState());

        ApprovalStep decision = doc.approve(4, "head", "박성호", Capacity.DELEGATED, "전결 처리", T0.plusSeconds(240));
        assertEquals(DocumentStatus.APPROVED, doc.getStatus());
        assertEquals(T0.plusSeconds(240), doc.getDecidedAt());
        assertEquals(Capacity.DELEGATED, decision.getSignature().getCapacity());
        assertEquals("전결 처리", decision.getSignature().getComment());
        assertFalse(doc.getStatus().isEditable());
    }

    @Test
    void aStandInDecisionIsRecordedAsSuch() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.TASK_ADJUSTMENT, 1), "과제 조정", "officer", "김민지");
        doc.submit(List.of(DECISION), T0);
        ApprovalStep step = doc.approve(1, "deputyhead", "대리인", Capacity.STAND_IN, "대결", T0);
        assertEquals(Capacity.STAND_IN, step.getSignature().getCapacity());
        assertEquals("deputyhead", step.getSignature().getSignerUsername());
        assertEquals("head", step.getAssigneeUsername(), "the box still names the decider");
    }

    @Test
    void aReturnEndsTheRoundAndAResubmissionIsANewRoundThatKeepsTheOldOne() {
        ApprovalDocument doc = submitted();
        doc.approve(1, "teamlead", "이정훈", Capacity.SELF, null, T0);
        doc.returnToDrafter(2, "collab", "최유진", Capacity.SELF, "예산 수치를 확인해 주십시오", T0.plusSeconds(60));
        assertEquals(DocumentStatus.RETURNED, doc.getStatus());
        assertEquals(List.of(StepState.APPROVED, StepState.RETURNED, StepState.CANCELLED, StepState.CANCELLED),
                states(doc));
        assertTrue(doc.getStatus().isEditable(), "the drafter may revise it");

        doc.submit(null, T0.plusSeconds(3600));
        assertEquals(2, doc.getRound());
        assertEquals(8, doc.getSteps().size(), "round 1 is kept");
        assertEquals(List.of(StepState.PENDING, StepState.WAITING, StepState.WAITING, StepState.WAITING), states(doc));
        ApprovalStep oldReturn = doc.getSteps().get(1);
        assertEquals(1, oldReturn.getRound());
        assertEquals("예산 수치를 확인해 주십시오", oldReturn.getSignature().getComment());
        assertNull(doc.currentRound().get(1).getSignature(), "the new round starts unsigned");
    }

    @Test
    void aReturnNeedsAReason() {
        ApprovalDocument doc = submitted();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> doc.returnToDrafter(1, "teamlead", "이정훈", Capacity.SELF, " ", T0));
        assertEquals("approval.reasonRequired", e.getMessageKey());
        assertEquals(DocumentStatus.IN_PROGRESS, doc.getStatus());
    }

    @Test
    void theDrafterWithdrawsOnlyBeforeAnyoneActed() {
        ApprovalDocument doc = submitted();
        assertKey("approval.onlyDrafterWithdraws", () -> doc.withdraw("teamlead"));
        doc.withdraw("officer");
        assertEquals(DocumentStatus.DRAFT, doc.getStatus());
        assertEquals(List.of(StepState.CANCELLED, StepState.CANCELLED, StepState.CANCELLED, StepState.CANCELLED),
                states(doc));

        doc.submit(LINE, T0.plusSeconds(10));
        doc.approve(1, "teamlead", "이정훈", Capacity.SELF, null, T0.plusSeconds(20));
        assertKey("approval.alreadyActedOn", () -> doc.withdraw("officer"));
        assertEquals(DocumentStatus.IN_PROGRESS, doc.getStatus());
    }

    @Test
    void aStepActsOnceAndOnlyInItsTurn() {
        ApprovalDocument doc = submitted();
        assertKey("approval.notYourTurn", () -> doc.approve(4, "head", "박성호", Capacity.SELF, null, T0));
        doc.approve(1, "teamlead", "이정훈", Capacity.SELF, null, T0);
        BusinessException twice = assertKey("approval.alreadyProcessed",
                () -> doc.approve(1, "teamlead", "이정훈", Capacity.SELF, null, T0));
        assertEquals("이정훈", twice.getArguments()[0], "says who processed it");
        assertKey("approval.noSuchStep", () -> doc.approve(9, "x", "x", Capacity.SELF, null, T0));
    }

    @Test
    void aDecidedDocumentNeverChangesAgain() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        doc.submit(List.of(DECISION), T0);
        doc.approve(1, "head", "박성호", Capacity.SELF, null, T0);
        assertKey("approval.notSubmittable", () -> doc.submit(null, T0));
        assertKey("approval.notInProgress", () -> doc.withdraw("officer"));
        assertKey("approval.notInProgress",
                () -> doc.returnToDrafter(1, "head", "박성호", Capacity.SELF, "다시", T0));
        assertNotNull(doc.currentRound().get(0).getSignature());
    }

    @Test
    void theLineIsReviewsThenConsentsThenOneDecision() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        assertKey("approval.lineNeedsDecision", () -> doc.submit(List.of(REVIEW), T0));
        assertKey("approval.lineNeedsDecision", () -> doc.submit(null, T0));
        assertKey("approval.lineOrder", () -> doc.submit(List.of(CONSENT_A, REVIEW, DECISION), T0));
        assertKey("approval.lineOrder", () -> doc.submit(List.of(DECISION, new StepPlan(StepKind.DECISION, "deputy",
                "오세영", "DEPUTY_MAYOR")), T0));
        assertKey("approval.lineDuplicate", () -> doc.submit(List.of(REVIEW, new StepPlan(StepKind.DECISION,
                "teamlead", "이정훈", "TEAM_LEADER")), T0));
        assertKey("approval.lineDuplicate", () -> doc.submit(List.of(new StepPlan(StepKind.DECISION, "officer",
                "김민지", "STAFF")), T0));
        assertEquals(DocumentStatus.DRAFT, doc.getStatus(), "nothing was started");
        assertEquals(0, doc.getSteps().size());
    }

    @Test
    void statusesNameTheirNextStatuses() {
        assertTrue(DocumentStatus.DRAFT.canGoTo(DocumentStatus.IN_PROGRESS));
        assertTrue(DocumentStatus.RETURNED.canGoTo(DocumentStatus.IN_PROGRESS));
        assertTrue(DocumentStatus.IN_PROGRESS.canGoTo(DocumentStatus.APPROVED));
        assertTrue(DocumentStatus.IN_PROGRESS.canGoTo(DocumentStatus.RETURNED));
        assertTrue(DocumentStatus.IN_PROGRESS.canGoTo(DocumentStatus.DRAFT), "withdrawal");
        assertFalse(DocumentStatus.DRAFT.canGoTo(DocumentStatus.APPROVED));
        assertTrue(DocumentStatus.APPROVED.next().isEmpty());
        assertTrue(StepState.PENDING.isOpen());
        assertFalse(StepState.CANCELLED.isOpen());
    }

    private static BusinessException assertKey(String key, Runnable action) {
        BusinessException e = assertThrows(BusinessException.class, action::run);
        assertEquals(key, e.getMessageKey());
        return e;
    }

    @Test
    void theServerDerivesTheCapacityFromTheLineAndTheAbsences() {
        ApprovalDocument doc = submitted();
        ApprovalDocument.StepAction review = doc.actionFor("teamlead", java.util.Set.of());
        assertEquals(1, review.step().getSeq());
        assertEquals(Capacity.SELF, review.capacity(), "a review is signed in person");
        doc.approve(1, "teamlead", "이정훈", review.capacity(), null, T0);
        doc.approve(2, "collab", "최유진", doc.actionFor("collab", java.util.Set.of()).capacity(), null, T0);
        doc.approve(3, "tfcoord", "배수진", Capacity.SELF, null, T0);

        assertEquals(Capacity.DELEGATED, doc.actionFor("head", java.util.Set.of()).capacity(),
                "a division head decides by delegation (전결)");
        ApprovalDocument.StepAction standIn = doc.actionFor("marketlead", java.util.Set.of("head"));
        assertEquals(4, standIn.step().getSeq(), "the deputy acts on the absent decider's step");
        assertEquals(Capacity.STAND_IN, standIn.capacity());
        assertKey("approval.oneStepPerPerson", () -> doc.actionFor("teamlead", java.util.Set.of("head")));
        assertKey("approval.notOnLine", () -> doc.actionFor("mayor", java.util.Set.of()));
    }

    @Test
    void theDrafterNeverSignsTheirOwnDocumentNotEvenAsAStandIn() {
        ApprovalDocument doc = submitted();
        assertKey("approval.ownDocument", () -> doc.actionFor("officer", java.util.Set.of("teamlead", "head")));
        assertKey("approval.ownDocument", () -> doc.actionFor("officer", java.util.Set.of()));
        assertEquals(StepState.PENDING, doc.currentRound().get(0).getState(), "nothing was signed");
    }

    @Test
    void nobodySignsTwoStepsOfOneRoundButMaySignAgainInTheNextRound() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        doc.submit(List.of(REVIEW, DECISION), T0);
        ApprovalDocument.StepAction review = doc.actionFor("teamlead", java.util.Set.of("head"));
        assertEquals(1, review.step().getSeq(), "their own step first");
        doc.approve(1, "teamlead", "이정훈", review.capacity(), null, T0);
        BusinessException twice = assertKey("approval.oneStepPerPerson",
                () -> doc.actionFor("teamlead", java.util.Set.of("head")));
        assertEquals(StepState.PENDING, doc.currentRound().get(1).getState());
        doc.returnToDrafter(2, "head", "박성호", Capacity.DELEGATED, "보완", T0);
        doc.submit(null, T0.plusSeconds(60));
        assertEquals(1, doc.actionFor("teamlead", java.util.Set.of("head")).step().getSeq(),
                "a new round is a new chance to sign: " + twice.getMessageKey());
    }

    @Test
    void anAbsentReviewerIsSkippedWithTheReasonInTheBoxAndOnlyAReviewMayBe() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        doc.submit(List.of(new StepPlan(StepKind.REVIEW, "teamlead", "이정훈", "TEAM_LEADER", "연가"), DECISION), T0);
        assertEquals(List.of(StepState.SKIPPED, StepState.PENDING), states(doc), "the decision opens at once");
        assertEquals("연가", doc.currentRound().get(0).getSkipReason());
        assertNull(doc.currentRound().get(0).getSignature());
        assertKey("approval.notYourTurn", () -> doc.actionFor("teamlead", java.util.Set.of()));
        doc.withdraw("officer");
        assertEquals(List.of(StepState.SKIPPED, StepState.CANCELLED), states(doc));

        ApprovalDocument other = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        assertKey("approval.onlyReviewSkipped", () -> other.submit(List.of(new StepPlan(StepKind.DECISION, "head",
                "박성호", "DIVISION_HEAD", "출장")), T0));
    }

    @Test
    void theMayorDecidesInPersonAndTheLoserOfARaceLearnsWhoWon() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.MEETING_MINUTES, 1), "보고회 자료", "officer", "김민지");
        doc.submit(List.of(new StepPlan(StepKind.DECISION, "mayor", "서정민", "MAYOR")), T0);
        ApprovalDocument.StepAction own = doc.actionFor("mayor", java.util.Set.of());
        assertEquals(Capacity.SELF, own.capacity());
        ApprovalDocument.StepAction deputy = doc.actionFor("deputy", java.util.Set.of("mayor"));
        doc.approve(deputy.step().getSeq(), "deputy", "오세영", deputy.capacity(), "대결", T0);
        BusinessException late = assertKey("approval.alreadyProcessed",
                () -> doc.actionFor("mayor", java.util.Set.of()));
        assertEquals("오세영", late.getArguments()[0]);
    }

    @Test
    void aStepNotYetOpenIsNotYourTurn() {
        ApprovalDocument doc = submitted();
        assertKey("approval.notYourTurn", () -> doc.actionFor("head", java.util.Set.of()));
    }

    /** The review by 이정훈, then the decision by 박성호, 이정훈 standing in for him: a line where both act at once. */
    private static ApprovalDocument reviewedWithTheStandInOnTheLine() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        doc.submit(List.of(REVIEW, DECISION), T0);
        doc.approve(1, "teamlead", "이정훈", Capacity.SELF, null, T0);
        return doc;
    }

    @Test
    void theStandInWhoLosesTheRaceToTheDeciderIsToldTheDecidersNameNotHisOwn() {
        ApprovalDocument doc = reviewedWithTheStandInOnTheLine();
        doc.approve(2, "head", "박성호", Capacity.DELEGATED, null, T0.plusSeconds(1));
        BusinessException lost = assertKey("approval.alreadyProcessed",
                () -> doc.actionFor("teamlead", java.util.Set.of("head")));
        assertEquals("박성호", lost.getArguments()[0], "who processed the contested decision, not his own review");
    }

    @Test
    void theFormerStandInIsToldTheOpenStepIsNotHisAndWhoseItIs() {
        ApprovalDocument doc = reviewedWithTheStandInOnTheLine();
        BusinessException notHis = assertKey("approval.notYourStep",
                () -> doc.actionFor("teamlead", java.util.Set.of()));
        assertTrue(notHis instanceof kr.corepolicy.domain.shared.ForbiddenException, "a refusal of the person");
        assertEquals("박성호", notHis.getArguments()[0], "whose step it is");
        assertEquals(StepState.PENDING, doc.currentRound().get(1).getState(), "nothing was signed");

        doc.approve(2, "head", "박성호", Capacity.DELEGATED, null, T0.plusSeconds(1));
        BusinessException decided = assertKey("approval.alreadyProcessed",
                () -> doc.actionFor("teamlead", java.util.Set.of()));
        assertEquals("박성호", decided.getArguments()[0], "after the decision: who decided");
    }

    @Test
    void parallelOpenStepsAreNamedTogetherAndAStepSignedTwiceByItsOwnerSaysSo() {
        ApprovalDocument doc = submitted();
        doc.approve(1, "teamlead", "이정훈", Capacity.SELF, null, T0);
        BusinessException open = assertKey("approval.notYourStep", () -> doc.actionFor("teamlead", java.util.Set.of()));
        assertEquals("최유진, 배수진", open.getArguments()[0], "both consents are open");

        ApprovalDocument single = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        single.submit(List.of(DECISION), T0);
        single.approve(1, "head", "박성호", Capacity.DELEGATED, null, T0);
        assertKey("approval.alreadySignedByYou", () -> single.actionFor("head", java.util.Set.of()));
    }

    @Test
    void theDeciderWhoseStandInWonIsToldTheStandInsName() {
        ApprovalDocument doc = reviewedWithTheStandInOnTheLine();
        doc.approve(2, "tf7lead", "정재훈", Capacity.STAND_IN, "대결", T0.plusSeconds(1));
        BusinessException lost = assertKey("approval.alreadyProcessed", () -> doc.actionFor("head", java.util.Set.of()));
        assertEquals("정재훈", lost.getArguments()[0]);
    }

    @Test
    void aSkippedStepIsNotPendingRatherThanProcessedByNobody() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        doc.submit(List.of(new StepPlan(StepKind.REVIEW, "teamlead", "이정훈", "TEAM_LEADER", "연가"), DECISION), T0);
        BusinessException skipped = assertKey("approval.stepNotPending",
                () -> doc.approve(1, "teamlead", "이정훈", Capacity.SELF, null, T0));
        assertEquals(List.of("이정훈", "SKIPPED"), List.of(skipped.getArguments()));
    }

    @Test
    void theRegistrationNumberIsGivenOnceAndKeptThroughAReturn() {
        ApprovalDocument doc = submitted();
        assertFalse(doc.isRegistered());
        doc.register(" 관광정책과 ", 2026, 12);
        assertEquals("관광정책과-12", doc.getNumber());
        assertEquals(2026, doc.getNumberYear());
        assertEquals("관광정책과", doc.getDrafterUnit());
        assertKey("approval.alreadyRegistered", () -> doc.register("관광정책과", 2026, 13));
        doc.returnToDrafter(1, "teamlead", "이정훈", Capacity.SELF, "보완", T0.plusSeconds(60));
        doc.submit(null, T0.plusSeconds(120));
        assertEquals("관광정책과-12", doc.getNumber(), "a resubmission keeps the number");
        assertThrows(IllegalArgumentException.class, () -> submitted().register("관광정책과", 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> submitted().register(" ", 2026, 1));
    }

    @Test
    void aLineRebuiltAfterAReturnKeepsEachPersonsUnitAndPosition() {
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 1), "보고", "officer", "김민지");
        doc.submit(List.of(new StepPlan(StepKind.REVIEW, "teamlead", "이정훈", "TEAM_LEADER", null, "관광기획팀"),
                new StepPlan(StepKind.CONSENT, "collab", "최유진", "STAFF", null, "도시재생과"),
                new StepPlan(StepKind.DECISION, "head", "박성호", "DIVISION_HEAD", null, "관광정책과")), T0);
        doc.returnToDrafter(1, "teamlead", "이정훈", Capacity.SELF, "보완", T0.plusSeconds(60));
        doc.submit(null, T0.plusSeconds(120));
        assertEquals(2, doc.getRound());
        assertEquals(List.of("관광기획팀", "도시재생과", "관광정책과"),
                doc.currentRound().stream().map(ApprovalStep::getAssigneeUnit).toList());
        assertEquals(List.of("TEAM_LEADER", "STAFF", "DIVISION_HEAD"),
                doc.currentRound().stream().map(ApprovalStep::getAssigneePosition).toList());
        assertEquals(new StepPlan(StepKind.CONSENT, "collab", "최유진", "STAFF", null, "도시재생과"),
                doc.currentRound().get(1).plan());
    }
}
