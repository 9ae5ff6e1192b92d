package kr.corepolicy.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.corepolicy.domain.approval.DocumentStatus;
import org.junit.jupiter.api.Test;

/** A report's state from its document's status alone (read as columns by the home page). */
class ReportStateTest {

    @Test
    void withoutADocumentAReportIsNotStartedUntilItIsSavedThenADraft() {
        assertEquals(ReportState.NOT_STARTED, ReportState.of(null, false));
        assertEquals(ReportState.DRAFT, ReportState.of(null, true));
    }

    @Test
    void withADocumentItsStatusDecidesWhetherSavedOrNot() {
        for (boolean saved : new boolean[] {false, true}) {
            assertEquals(ReportState.DRAFT, ReportState.of(DocumentStatus.DRAFT, saved), "withdrawn");
            assertEquals(ReportState.IN_APPROVAL, ReportState.of(DocumentStatus.IN_PROGRESS, saved));
            assertEquals(ReportState.RETURNED, ReportState.of(DocumentStatus.RETURNED, saved));
            assertEquals(ReportState.APPROVED, ReportState.of(DocumentStatus.APPROVED, saved));
        }
    }

    @Test
    void onlyAReportOnItsLineOrApprovedIsSubmitted() {
        assertTrue(ReportState.of(DocumentStatus.IN_PROGRESS, true).isSubmitted());
        assertTrue(ReportState.of(DocumentStatus.APPROVED, true).isSubmitted());
        assertFalse(ReportState.of(DocumentStatus.RETURNED, true).isSubmitted());
        assertFalse(ReportState.of(DocumentStatus.DRAFT, true).isSubmitted());
        assertFalse(ReportState.of(null, true).isSubmitted());
    }
}
