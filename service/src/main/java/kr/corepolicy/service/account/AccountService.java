package kr.corepolicy.service.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.PasswordPolicy;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;

/** Sign-in against the accounts in the database, and what a user changes about their own account. */
@Stateless
public class AccountService {

    /** PBKDF2 parameters; the stored hash carries its own, so raising them later keeps old hashes valid. */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "60000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PostConstruct
    void init() {
        passwordHash.initialize(HASH_PARAMETERS);
    }

    /**
     * Checks a user name and password at the sign-in page: counts failures, locks the account after too many,
     * and records the sign-in.
     */
    @PermitAll
    public SignInResult signIn(String username, String password, String sourceAddress) {
        return check(username, password, sourceAddress, true);
    }

    /**
     * Checks the credentials of one API request (HTTP Basic). Failures count and lock as at the sign-in page;
     * a success writes nothing unless earlier failures must be cleared, so that scripts calling the API do not
     * write a row (or wait on a row lock) per request.
     */
    @PermitAll
    public SignInResult authenticateRequest(String username, String password, String sourceAddress) {
        return check(username, password, sourceAddress, false);
    }

    private SignInResult check(String username, String password, String sourceAddress, boolean interactive) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip().toLowerCase();
        Optional<UserAccount> found = findByUsername(name);
        if (found.isEmpty()) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "unknown user", sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.INVALID_CREDENTIALS, name);
        }
        UserAccount account = found.get();
        if (!account.isActive()) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "inactive account", sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.INACTIVE, name);
        }
        if (account.isLockedAt(now)) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "account locked", sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.LOCKED, name);
        }
        boolean valid = password != null && passwordHash.verify(password.toCharArray(), account.getPasswordHash());
        if (valid && !interactive && account.getFailedSignIns() == 0) {
            return SignInResult.success(name, account.groupNames(), account.getPreferredLanguage());
        }
        // From here the row changes: lock it, so that parallel attempts are counted one by one.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!valid) {
            boolean lockedNow = account.recordFailedSignIn(now);
            audit.record(name, AuditAction.SIGN_IN_FAILED, null,
                    "wrong password (" + account.getFailedSignIns() + ")", sourceAddress);
            if (lockedNow) {
                audit.record(name, AuditAction.ACCOUNT_LOCKED, null, "until " + account.getLockedUntil(),
                        sourceAddress);
                return SignInResult.failure(SignInResult.Outcome.LOCKED, name);
            }
            return SignInResult.failure(account.isLockedAt(now) ? SignInResult.Outcome.LOCKED
                    : SignInResult.Outcome.INVALID_CREDENTIALS, name);
        }
        account.recordSuccessfulSignIn(now);
        if (interactive) {
            audit.record(name, AuditAction.SIGN_IN, null, null, sourceAddress);
        }
        return SignInResult.success(name, account.groupNames(), account.getPreferredLanguage());
    }

    /** The signed-in user's profile snapshot. */
    @RolesAllowed(Role.Names.USER)
    public CurrentUser currentUser() {
        UserAccount account = get(context.getCallerPrincipal().getName());
        OrgUnit unit = account.getOrgUnit();
        OrgUnit department = unit.department() == null ? unit : unit.department();
        return new CurrentUser(account.getUsername(), account.getDisplayName(), account.getPosition(),
                department.getNameKo(), department.displayName(true), account.getPreferredLanguage());
    }

    /** Remembers the user's interface language across sessions and devices. */
    @RolesAllowed(Role.Names.USER)
    public void choosePreferredLanguage(Language language) {
        UserAccount account = get(context.getCallerPrincipal().getName());
        if (account.getPreferredLanguage() != language) {
            account.choosePreferredLanguage(language);
            audit.record(account.getUsername(), AuditAction.PREFERENCE_CHANGED, "user:" + account.getUsername(),
                    "language=" + language, null);
        }
    }

    /** Records a sign-out (the web layer ends the session). */
    @RolesAllowed(Role.Names.USER)
    public void recordSignOut(String sourceAddress) {
        audit.record(context.getCallerPrincipal().getName(), AuditAction.SIGN_OUT, null, null, sourceAddress);
    }

    /** Creates an account; the password must follow {@link PasswordPolicy}. */
    @RolesAllowed(Role.Names.ADMIN)
    public UserAccount createAccount(String username, String displayName, String orgUnitCode, Position position,
            String email, String password, Role... roles) {
        PasswordPolicy.check(username, password);
        return store(context.getCallerPrincipal().getName(), username, displayName, orgUnitCode, position, email,
                password, roles);
    }

    /**
     * Creates an account while the application starts (the first administrator, demo users), when there is
     * no caller yet. Refused once a user is signed in, unless that user is an administrator.
     */
    @PermitAll
    public UserAccount createAtStartup(String username, String displayName, String orgUnitCode,
            Position position, String email, String password, Role... roles) {
        String caller = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (caller != null && !"ANONYMOUS".equalsIgnoreCase(caller) && !context.isCallerInRole(Role.Names.ADMIN)) {
            throw new ForbiddenException("createAccount");
        }
        return store("system", username, displayName, orgUnitCode, position, email, password, roles);
    }

    private UserAccount store(String actor, String username, String displayName, String orgUnitCode,
            Position position, String email, String password, Role... roles) {
        if (findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "account.usernameTaken", "user name taken: " + username,
                    username);
        }
        OrgUnit unit = em.createQuery("select o from OrgUnit o where o.code = :code", OrgUnit.class)
                .setParameter("code", orgUnitCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("OrgUnit", orgUnitCode));
        UserAccount account = new UserAccount(username, displayName, unit, position, email,
                passwordHash.generate(password.toCharArray()));
        for (Role role : roles) {
            account.grant(role);
        }
        em.persist(account);
        audit.record(actor, AuditAction.ACCOUNT_CREATED, "user:" + username, "roles=" + account.getRoles(), null);
        return account;
    }

    /** A page of accounts for the administrator, optionally filtered by name, user name or unit (2 statements). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AccountView> accounts(String text, int first, int max) {
        return em.createQuery("select u from UserAccount u join fetch u.orgUnit o where " + ACCOUNT_FILTER
                        + " order by o.sortOrder, u.displayName", UserAccount.class)
                .setParameter("text", like(text))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream().map(AccountView::of).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long countAccounts(String text) {
        return em.createQuery("select count(u) from UserAccount u join u.orgUnit o where " + ACCOUNT_FILTER, Long.class)
                .setParameter("text", like(text)).getSingleResult();
    }

    private static final String ACCOUNT_FILTER = "(:text is null or lower(u.displayName) like :text escape '\\' "
            + "or lower(u.username) like :text escape '\\' or lower(o.nameKo) like :text escape '\\')";

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The administrator changes an account: unit, position, e-mail, roles, active. Access rights change at
     * once (the next sign-in gets the new roles) and every change is audited.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void updateAccount(String username, String displayName, String orgUnitCode, Position position,
            String email, java.util.Set<Role> roles, boolean active) {
        UserAccount account = get(username);
        OrgUnit unit = em.createQuery("select o from OrgUnit o where o.code = :code", OrgUnit.class)
                .setParameter("code", orgUnitCode).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("orgUnit", "task.unknownUnit", "no unit " + orgUnitCode,
                        String.valueOf(orgUnitCode)));
        String before = describe(account);
        account.updateProfile(displayName, unit, position, email);
        for (Role role : Role.values()) {
            if (role != Role.USER && roles.contains(role)) {
                account.grant(role);
            } else {
                account.revoke(role);
            }
        }
        if (active) {
            account.reactivate();
        } else {
            account.deactivate();
        }
        String after = describe(account);
        if (!before.equals(after)) {
            audit.record(context.getCallerPrincipal().getName(), AuditAction.ACCOUNT_CHANGED, "user:" + username,
                    before + " -> " + after, null);
        }
    }

    /** The administrator sets a new password (policy checked); it unlocks the account. */
    @RolesAllowed(Role.Names.ADMIN)
    public void resetPassword(String username, String newPassword) {
        PasswordPolicy.check(username, newPassword);
        UserAccount account = get(username);
        account.changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
        audit.record(context.getCallerPrincipal().getName(), AuditAction.PASSWORD_CHANGED, "user:" + username,
                "reset by administrator", null);
    }

    private static String describe(UserAccount a) {
        return a.getOrgUnit().getCode() + "/" + a.getPosition() + "/" + new java.util.TreeSet<>(a.getRoles())
                + (a.isActive() ? "" : "/inactive");
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    public UserAccount get(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFoundException("UserAccount", username));
    }
}
