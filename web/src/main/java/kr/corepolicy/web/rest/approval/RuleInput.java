package kr.corepolicy.web.rest.approval;

import jakarta.validation.constraints.PositiveOrZero;
import kr.corepolicy.domain.account.Position;

/** The body of {@code PUT /api/delegation/{type}}: the deciding position and the version the client read. */
public record RuleInput(Position decidingPosition, @PositiveOrZero Long version) {
}
