package kr.corepolicy.service.organization;

import java.io.Serializable;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.UserAccount;

/** A person of the organisation as the web layer sees them: never the account entity. */
public record PersonRef(String username, String displayName, Position position, String unitCode, String unitNameKo)
        implements Serializable {

    static PersonRef of(UserAccount account) {
        return new PersonRef(account.getUsername(), account.getDisplayName(), account.getPosition(),
                account.getOrgUnit().getCode(), account.getOrgUnit().getNameKo());
    }
}
