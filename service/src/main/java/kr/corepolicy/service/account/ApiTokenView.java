package kr.corepolicy.service.account;

import java.io.Serializable;
import java.time.Instant;
import kr.corepolicy.domain.account.ApiToken;
import kr.corepolicy.domain.account.ApiTokenSecret;

/**
 * A personal API token as its owner's list shows it: never its secret or its hash, only the {@code prefix}
 * ({@code cpt_} and the first characters) to recognise it by.
 */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, ApiToken.State state) implements Serializable {

    static ApiTokenView of(ApiToken token, Instant now) {
        return new ApiTokenView(token.getId() == null ? 0 : token.getId(), token.getName(),
                ApiTokenSecret.MARKER + token.getPrefix(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt(), token.stateAt(now));
    }
}
