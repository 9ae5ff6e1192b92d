package kr.corepolicy.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.audit.AuditEntry;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.platform.DatabaseStatus;
import kr.corepolicy.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account and organisation services inside the container, on the real WAR: accounts stored with
 * PBKDF2 hashes, sign-in counting failures and locking, the audit trail written in the same transaction.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(AccountServiceIT.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AuditService audit;

    @Inject
    private OrganizationService organization;

    @Inject
    private DatabaseStatus database;

    private static String uniqueName() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void migrationsRanBeforeAnythingElse() {
        assertTrue(database.isReady(), database.getProblem());
        assertTrue(Integer.parseInt(database.getSchemaVersion()) >= 2, database.getSchemaVersion());
    }

    @Test
    void aStoredUserIsHashedAndSignsIn() {
        String name = uniqueName();
        accounts.createAtStartup(name, "시험 사용자", "D-TOUR", Position.STAFF, null, "Gyeongju#2026", Role.OFFICER);

        UserAccount stored = accounts.get(name);
        assertNotEquals("Gyeongju#2026", stored.getPasswordHash());
        assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:"), stored.getPasswordHash());
        assertEquals("관광정책과", stored.getOrgUnit().getNameKo());

        SignInResult result = accounts.signIn(name.toUpperCase(), "Gyeongju#2026", "127.0.0.1");
        assertTrue(result.succeeded());
        assertEquals(java.util.Set.of("USER", "OFFICER"), result.groups());
        assertNotNull(accounts.get(name).getLastSignInAt());
        List<AuditEntry> trail = audit.recentFor(name, 5);
        assertEquals(AuditAction.SIGN_IN, trail.get(0).getAction());
        assertEquals("127.0.0.1", trail.get(0).getSourceAddress());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String name = uniqueName();
        accounts.createAtStartup(name, "잠금 시험", "T-PLAN", Position.STAFF, null, "Gyeongju#2026", Role.PLANNER);
        for (int i = 1; i < 5; i++) {
            assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                    accounts.signIn(name, "wrong" + i, "10.0.0.1").outcome());
        }
        assertEquals(4, accounts.get(name).getFailedSignIns(), "each failure is saved");
        assertEquals(SignInResult.Outcome.LOCKED, accounts.signIn(name, "wrong5", "10.0.0.1").outcome());
        assertEquals(SignInResult.Outcome.LOCKED, accounts.signIn(name, "Gyeongju#2026", "10.0.0.1").outcome());
        assertTrue(audit.recentFor(name, 10).stream().anyMatch(a -> a.getAction() == AuditAction.ACCOUNT_LOCKED));
    }

    @Test
    void anApiRequestWritesNothingOnSuccessButCountsFailuresAndClearsThem() {
        String name = uniqueName();
        accounts.createAtStartup(name, "API 사용자", "T-PLAN", Position.STAFF, null, "Gyeongju#2026", Role.PLANNER);
        long versionBefore = accounts.get(name).getVersion();
        assertTrue(accounts.authenticateRequest(name, "Gyeongju#2026", "10.0.0.2").succeeded());
        assertEquals(versionBefore, accounts.get(name).getVersion(), "a successful request writes nothing");
        assertTrue(audit.recentFor(name, 10).stream().noneMatch(a -> a.getAction() == AuditAction.SIGN_IN));

        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                accounts.authenticateRequest(name, "wrong", "10.0.0.2").outcome());
        assertEquals(1, accounts.get(name).getFailedSignIns());
        assertTrue(accounts.authenticateRequest(name, "Gyeongju#2026", "10.0.0.2").succeeded());
        assertEquals(0, accounts.get(name).getFailedSignIns(), "a success clears earlier failures");
    }

    @Test
    void unknownUsersAndDuplicatesAreRefusedWithoutSavingAnything() {
        assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS,
                accounts.signIn("nobody-" + uniqueName(), "x", "127.0.0.1").outcome());
        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> accounts.createAtStartup("officer", "중복", "D-TOUR", Position.STAFF, null, "Gyeongju#2026"));
        assertEquals("account.usernameTaken", duplicate.getMessageKey());
        assertEquals("username", duplicate.getField());
        assertEquals("김민지", accounts.get("officer").getDisplayName(), "the existing account is untouched");
    }

    @Test
    void demoOrganisationIsLoadedOnceAndChartRulesHold() {
        assertTrue(organization.findByCode("O-PLAN").isPresent(), "the policy planning office exists");
        assertFalse(organization.findByCode("NOPE").isPresent());
        long units = organization.countUnits();
        assertTrue(units >= 39, "demo organisation: " + units);
    }
}
