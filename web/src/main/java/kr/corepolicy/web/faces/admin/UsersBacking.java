package kr.corepolicy.web.faces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.AccountView;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.organization.UnitRef;
import kr.corepolicy.web.faces.Feedback;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/users.xhtml: the accounts, paged in the database; create, change, reset a password. */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganizationService organization;

    private String text;
    private List<UnitRef> units;
    private final LazyDataModel<AccountView> list = new Accounts();

    private boolean creating;
    private String username;
    private String displayName;
    private String unitCode;
    private Position position = Position.STAFF;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private boolean active = true;
    private String password;

    @PostConstruct
    void load() {
        units = organization.units();
    }

    public void startCreate() {
        creating = true;
        username = null;
        displayName = null;
        unitCode = null;
        position = Position.STAFF;
        email = null;
        roles = new ArrayList<>();
        active = true;
        password = null;
    }

    public void startEdit(AccountView account) {
        creating = false;
        username = account.username();
        displayName = account.displayName();
        unitCode = account.unitCode();
        position = account.position();
        email = account.email();
        roles = new ArrayList<>(account.roles());
        active = account.active();
        password = null;
    }

    public void save() throws IOException {
        boolean done = Feedback.attempt(field -> "userForm:" + fieldId(field), () -> {
            Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            if (creating) {
                accounts.createAccount(username, displayName, unitCode, position, email, password,
                        chosen.toArray(Role[]::new));
                Feedback.info("admin.userCreated", username);
            } else {
                accounts.updateAccount(username, displayName, unitCode, position, email, chosen, active);
                if (password != null && !password.isBlank()) {
                    accounts.resetPassword(username, password);
                }
                Feedback.info("admin.userSaved", username);
            }
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        });
        if (!done) {
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    /** The input of a refused field in the dialog, or the dialog's messages. */
    private static String fieldId(String field) {
        return switch (field == null ? "" : field) {
            case "username" -> "username";
            case "displayName" -> "displayName";
            case "email" -> "email";
            case "password" -> "password";
            case "orgUnit" -> "unit";
            default -> "messages";
        };
    }

    public List<Role> getAssignableRoles() {
        return List.of(Role.OFFICER, Role.TEAM_LEADER, Role.DEPARTMENT_HEAD, Role.TF_LEADER, Role.PLANNER,
                Role.EXECUTIVE, Role.ADMIN);
    }

    public LazyDataModel<AccountView> getList() {
        return list;
    }

    public List<UnitRef> getUnits() {
        return units;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private class Accounts extends LazyDataModel<AccountView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.countAccounts(text);
        }

        @Override
        public List<AccountView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return accounts.accounts(text, first, pageSize);
        }

        @Override
        public String getRowKey(AccountView account) {
            return account.username();
        }
    }
}
