package kr.corepolicy.service.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.corepolicy.domain.account.PasswordPolicy;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.service.organization.OrganizationService;

/**
 * On a production database with no accounts yet, creates the one administrator {@code admin} with the
 * password the IT department set (COREPOLICY_ADMIN_PASSWORD), under the city's root unit.
 */
@Stateless
public class FirstAdministrator {

    public static final String USERNAME = "admin";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrganizationService organization;

    @Inject
    private AccountService accounts;

    public boolean isNeeded() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() == 0;
    }

    /** Creates the administrator; the password must follow the policy. */
    public void create(String password, String cityNameKo) {
        PasswordPolicy.check(USERNAME, password);
        String rootCode = organization.findByCode("CITY").map(u -> u.getCode())
                .orElseGet(() -> organization.addUnit(null, "CITY", cityNameKo, null, OrgUnitType.CITY, 0).getCode());
        accounts.createAtStartup(USERNAME, "시스템 관리자", rootCode, Position.STAFF, null, password, Role.ADMIN);
    }
}
