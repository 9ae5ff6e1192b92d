package kr.corepolicy.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.corepolicy.domain.account.PasswordPolicy;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.service.shared.OrgUnits;

/**
 * On a production database with no accounts yet, creates the one administrator {@code admin} with the
 * password the IT department set (COREPOLICY_ADMIN_PASSWORD), under the city's root unit.
 */
@Stateless
// Called by Bootstrap while the application starts, before anyone can sign in: there is no caller to check.
// Creating the account is refused later all the same (AccountService.createAtStartup checks the caller).
@PermitAll
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    private static final String ROOT_CODE = "CITY";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private OrgUnits units;

    public boolean isNeeded() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() == 0;
    }

    /** Creates the administrator; the password must follow the policy. */
    public void create(String password, String cityNameKo) {
        PasswordPolicy.check(USERNAME, password);
        // The chart's root is created here rather than through the organisation service, which depends on the
        // account component: the account component does not depend back on it.
        String rootCode = units.find(ROOT_CODE).orElseGet(() -> {
                    OrgUnit city = OrgUnit.city(ROOT_CODE, cityNameKo, null);
                    em.persist(city);
                    return city;
                }).getCode();
        accounts.createAtStartup(USERNAME, "시스템 관리자", rootCode, Position.STAFF, null, password, Role.ADMIN);
    }
}
