package kr.corepolicy.service.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;

/** An account as the administrator's list shows it. */
public record AccountView(String username, String displayName, String unitCode, String unitNameKo, Position position,
        String email, Set<Role> roles, boolean active, Instant lockedUntil, Instant lastSignInAt)
        implements Serializable {

    static AccountView of(UserAccount a) {
        return new AccountView(a.getUsername(), a.getDisplayName(), a.getOrgUnit().getCode(), a.getOrgUnit().getNameKo(),
                a.getPosition(), a.getEmail(), Set.copyOf(a.getRoles()), a.isActive(), a.getLockedUntil(),
                a.getLastSignInAt());
    }
}
