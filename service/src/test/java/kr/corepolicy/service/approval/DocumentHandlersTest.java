package kr.corepolicy.service.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.Subject;
import kr.corepolicy.service.approval.ApprovalService.Action;
import org.junit.jupiter.api.Test;

class DocumentHandlersTest {

    /** A handler that writes down what the engine told it. */
    static final class Recording implements DocumentHandler {
        final DocumentType type;
        final List<String> heard = new ArrayList<>();

        Recording(DocumentType type) {
            this.type = type;
        }

        @Override
        public DocumentType type() {
            return type;
        }

        @Override
        public void approved(ApprovalDocument document, String decidedBy) {
            heard.add("approved " + document.getSubject().id() + " by " + decidedBy);
        }
    }

    @Test
    void eachTypeGoesToItsOwnHandler() {
        Recording reports = new Recording(DocumentType.PROGRESS_REPORT);
        Recording adjustments = new Recording(DocumentType.TASK_ADJUSTMENT);
        DocumentHandlers handlers = new DocumentHandlers(List.of(reports, adjustments));
        ApprovalDocument adjustment = new ApprovalDocument(Subject.of(DocumentType.TASK_ADJUSTMENT, 7), "과제 조정",
                "planner", "정다은");
        handlers.of(adjustment.getType()).approved(adjustment, "deputy");
        assertEquals(List.of("approved 7 by deputy"), adjustments.heard);
        assertTrue(reports.heard.isEmpty(), "the report handler heard nothing of an adjustment");
        assertSame(reports, handlers.of(DocumentType.PROGRESS_REPORT));
        assertTrue(handlers.serves(DocumentType.TASK_ADJUSTMENT));
    }

    @Test
    void aTypeWithoutAHandlerIsNamedAndTwoHandlersOfATypeAreRefused() {
        DocumentHandlers handlers = new DocumentHandlers(List.of(new Recording(DocumentType.PROGRESS_REPORT)));
        assertFalse(handlers.serves(DocumentType.MEETING_MINUTES));
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> handlers.of(DocumentType.MEETING_MINUTES));
        assertTrue(none.getMessage().contains("MEETING_MINUTES"), none.getMessage());
        assertThrows(IllegalStateException.class, () -> new DocumentHandlers(List.of(
                new Recording(DocumentType.PROGRESS_REPORT), new Recording(DocumentType.PROGRESS_REPORT))));
    }

    @Test
    void theDefaultStepsOfAHandlerLeaveTheSubjectAlone() {
        Recording reports = new Recording(DocumentType.PROGRESS_REPORT);
        ApprovalDocument doc = new ApprovalDocument(Subject.of(DocumentType.PROGRESS_REPORT, 3), "보고", "officer", "김민지");
        reports.beforeSubmit(doc);
        reports.returned(doc, "보완");
        reports.withdrawn(doc);
        assertTrue(reports.heard.isEmpty());
    }

    @Test
    void whoMayTakeEachActionIsDeclaredOnce() {
        assertEquals(ApprovalService.Actor.DRAFTER, Action.SUBMIT.actor());
        assertEquals(ApprovalService.Actor.DRAFTER, Action.WITHDRAW.actor());
        assertEquals(ApprovalService.Actor.LINE, Action.APPROVE.actor());
        assertEquals(ApprovalService.Actor.LINE, Action.RETURN.actor());
        assertEquals(Action.APPROVE, Action.parse(" Approve "));
        assertThrows(RuntimeException.class, () -> Action.parse("submit"), "상신 is not a client's action here");
    }
}
