package kr.corepolicy.service.account;

import java.io.Serializable;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.Position;

/**
 * The signed-in user as pages and the API show them: a snapshot, not an entity. The {@code get…} methods
 * are for Jakarta Expression Language 5, which does not read record components.
 */
public record CurrentUser(String username, String displayName, Position position, String departmentName,
        String departmentNameEn, Language preferredLanguage) implements Serializable {

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Position getPosition() {
        return position;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public String getDepartmentNameEn() {
        return departmentNameEn;
    }
}
