package kr.corepolicy.web.rest.report;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.corepolicy.domain.approval.ApprovalDocument;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;

/**
 * The body of {@code POST /api/reports/{id}/submit}: the {@code version} the client read and, optionally, the
 * line (kind and user name of each step; names and positions are taken from the directory). Without a line,
 * the proposed one is used (after a return: the previous round's).
 */
public record SubmitInput(@PositiveOrZero Long version, @Size(max = ApprovalDocument.MAX_STEPS) List<LineStep> line) {
}
