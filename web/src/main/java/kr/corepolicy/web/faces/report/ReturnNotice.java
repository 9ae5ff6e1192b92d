package kr.corepolicy.web.faces.report;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import kr.corepolicy.domain.approval.StepState;
import kr.corepolicy.service.approval.ApprovalViews.DocumentView;
import kr.corepolicy.service.approval.ApprovalViews.StepView;

/**
 * Why a returned report came back, shown at the top of its editor (reports/edit.xhtml): who returned it (the
 * signer's name, the position and department of the box), when, and the reason they wrote; the document's id
 * for the link.
 */
public record ReturnNotice(long documentId, String name, String position, String unit, Instant at, String reason)
        implements Serializable {

    /** The newest return of {@code document}, if it has one. */
    static Optional<ReturnNotice> of(DocumentView document) {
        return Stream.concat(document.currentLine().stream(), document.history().stream())
                .filter(step -> step.state() == StepState.RETURNED && step.signedAt() != null)
                .max(Comparator.comparing(StepView::signedAt))
                .map(step -> new ReturnNotice(document.id(),
                        step.signerName() == null ? step.assigneeName() : step.signerName(),
                        step.assigneePosition(), step.assigneeUnit(), step.signedAt(), step.comment()));
    }
}
