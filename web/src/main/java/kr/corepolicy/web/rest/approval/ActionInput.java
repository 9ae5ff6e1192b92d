package kr.corepolicy.web.rest.approval;

import jakarta.validation.constraints.Size;
import kr.corepolicy.domain.approval.Signature;

/**
 * The body of {@code POST /api/approvals/{documentId}/actions}: {@code approve}, {@code return} (the comment is
 * the reason, required) or {@code withdraw}. There is no capacity: the server derives it.
 */
public record ActionInput(@Size(max = 20) String action, @Size(max = Signature.COMMENT_MAX) String comment) {
}
