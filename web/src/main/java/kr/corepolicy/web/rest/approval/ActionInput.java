package kr.corepolicy.web.rest.approval;

/**
 * The body of {@code POST /api/approvals/{documentId}/actions}: {@code approve}, {@code return} (the comment is
 * the reason, required) or {@code withdraw}. There is no capacity: the server derives it.
 */
public record ActionInput(String action, String comment) {
}
