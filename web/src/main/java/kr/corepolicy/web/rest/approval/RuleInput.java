package kr.corepolicy.web.rest.approval;

import kr.corepolicy.domain.account.Position;

/** The body of {@code PUT /api/delegation/{type}}: the deciding position and the version the client read. */
public record RuleInput(Position decidingPosition, Long version) {
}
