package kr.corepolicy.service.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.UUID;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.PasswordPolicy;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.SignInFailure;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.shared.AtStartup;
import kr.corepolicy.service.shared.OrgUnits;

/** Sign-in against the accounts in the database, and what a user changes about their own account. */
@Stateless
public class AccountService {

    /** The PBKDF2 algorithm of new hashes. */
    static final String HASH_ALGORITHM = "PBKDF2WithHmacSHA512";
    /** The iterations of new hashes: OWASP's figure for PBKDF2 with HMAC-SHA-512. */
    static final int HASH_ITERATIONS = 210_000;

    /**
     * PBKDF2 parameters of new hashes. A stored hash carries its own, so older hashes still verify; one weaker than
     * these is hashed again at the account's next successful sign-in.
     */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", HASH_ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", String.valueOf(HASH_ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    /** A hash of a random password, verified for unknown users so that they cost the same as known ones. */
    private static volatile String dummyHash;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditService audit;

    @Inject
    private SignInFailures failures;

    @Inject
    private Accounts directory;

    @Inject
    private OrgUnits units;

    @Inject
    private VerifiedCredentials verifiedCredentials;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PostConstruct
    void init() {
        passwordHash.initialize(HASH_PARAMETERS);
        if (dummyHash == null) {
            dummyHash = passwordHash.generate(UUID.randomUUID().toString().toCharArray());
        }
    }

    /**
     * Checks a user name and password at the sign-in page: counts failures, locks the account after too many,
     * and records the sign-in.
     */
    // The sign-in mechanism calls this for someone who is not signed in yet: there is no caller to check.
    @PermitAll
    public SignInResult signIn(String username, String password, String sourceAddress) {
        return check(username, password, sourceAddress, true);
    }

    /**
     * Checks the credentials of one API request (HTTP Basic). Failures count and lock as at the sign-in page;
     * a success writes nothing unless earlier failures must be cleared or the hash upgraded, so that scripts
     * calling the API do not write a row (or wait on a row lock) per request; and credentials verified in the last
     * minutes are not hashed again ({@link VerifiedCredentials}).
     */
    // The authentication mechanism calls this before the request has a caller: there is none to check.
    @PermitAll
    public SignInResult authenticateRequest(String username, String password, String sourceAddress) {
        return check(username, password, sourceAddress, false);
    }

    /**
     * The sign-in rules. The password is hashed before anything is locked (it is the slow part), the same work for
     * unknown users; every failure counts against the client address. Anything that changes the account happens
     * under its row lock, where the lock state is read again: parallel attempts are counted one by one, nothing
     * is counted once the account is locked, and a right password is refused while it is locked. Until the password
     * is right the answer is always {@link SignInResult.Outcome#INVALID_CREDENTIALS}.
     */
    private SignInResult check(String username, String password, String sourceAddress, boolean interactive) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip().toLowerCase();
        if (failures.isThrottled(sourceAddress, now)) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "address throttled: more than "
                    + SignInFailure.MAX_PER_ADDRESS + " failures in " + SignInFailure.WINDOW, sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.THROTTLED, name);
        }
        Optional<UserAccount> found = directory.find(name);
        if (found.isEmpty()) {
            verify(password, dummyHash);
            failures.record(sourceAddress, now);
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "unknown user", sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.INVALID_CREDENTIALS, name);
        }
        UserAccount account = found.get();
        String checkedHash = account.getPasswordHash();
        boolean valid = !interactive && verifiedCredentials.contains(name, checkedHash, password, now)
                || verify(password, checkedHash);
        if (valid && !interactive && account.getFailedSignIns() == 0 && !isOutdated(checkedHash)) {
            // The cheap path of an API request: nothing to write, so no row lock; still refused while locked.
            SignInResult result = refusalOfRightPassword(account, now, sourceAddress);
            if (result != null) {
                return result;
            }
            verifiedCredentials.remember(name, checkedHash, password, now);
            return SignInResult.success(name, account.groupNames(), account.getPreferredLanguage());
        }
        // From here the row may change: lock it, and decide on what it holds now.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!checkedHash.equals(account.getPasswordHash())) {
            valid = verify(password, account.getPasswordHash());
        }
        if (!valid) {
            failures.record(sourceAddress, now);
            countFailure(account, now, "wrong password", sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.INVALID_CREDENTIALS, name);
        }
        SignInResult refused = refusalOfRightPassword(account, now, sourceAddress);
        if (refused != null) {
            return refused;
        }
        account.recordSuccessfulSignIn(now);
        if (isOutdated(account.getPasswordHash())) {
            account.changePasswordHash(passwordHash.generate(password.toCharArray()));
        }
        if (interactive) {
            audit.record(name, AuditAction.SIGN_IN, null, null, sourceAddress);
        } else {
            verifiedCredentials.remember(name, account.getPasswordHash(), password, now);
        }
        return SignInResult.success(name, account.groupNames(), account.getPreferredLanguage());
    }

    /** LOCKED or INACTIVE (audited) for the right password of an account that may not sign in; else null. */
    private SignInResult refusalOfRightPassword(UserAccount account, Instant now, String sourceAddress) {
        if (!account.isActive()) {
            audit.record(account.getUsername(), AuditAction.SIGN_IN_FAILED, null, "inactive account",
                    sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.INACTIVE, account.getUsername());
        }
        if (account.isLockedAt(now)) {
            audit.record(account.getUsername(), AuditAction.SIGN_IN_FAILED, null, "account locked",
                    sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.LOCKED, account.getUsername());
        }
        return null;
    }

    /**
     * Counts a wrong password against an account whose row lock the caller holds: not at all while it is locked
     * or inactive (audited only), else one more failure, which may lock it.
     */
    private void countFailure(UserAccount account, Instant now, String what, String sourceAddress) {
        String name = account.getUsername();
        if (!account.isActive() || account.isLockedAt(now)) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null,
                    what + (account.isActive() ? " (account locked)" : " (inactive account)"), sourceAddress);
            return;
        }
        boolean lockedNow = account.recordFailedSignIn(now);
        audit.record(name, AuditAction.SIGN_IN_FAILED, null, what + " (" + account.getFailedSignIns() + ")",
                sourceAddress);
        if (lockedNow) {
            audit.record(name, AuditAction.ACCOUNT_LOCKED, null, "until " + account.getLockedUntil(), sourceAddress);
        }
    }

    private boolean verify(String password, String storedHash) {
        return password != null && passwordHash.verify(password.toCharArray(), storedHash);
    }

    private static boolean isOutdated(String storedHash) {
        return StoredHash.isOutdated(storedHash, HASH_ALGORITHM, HASH_ITERATIONS);
    }

    /**
     * The signed-in user changes their own password, proving it with the current one. A wrong current password
     * counts as a failed sign-in (of the account and of the address) and is refused; so is any attempt while the
     * account is locked or the address throttled. The new password must follow {@link PasswordPolicy}; problems
     * name the field at fault, {@code current} or {@code next}.
     */
    @RolesAllowed(Role.Names.USER)
    public void changeOwnPassword(String current, String next, String sourceAddress) {
        String name = context.getCallerPrincipal().getName();
        Instant now = clock.instant();
        UserAccount account = get(name);
        if (current == null || current.isEmpty()) {
            throw new InvalidInputException("current", "password.currentRequired", "current password required");
        }
        if (failures.isThrottled(sourceAddress, now) || account.isLockedAt(now)) {
            audit.recordIndependently(name, AuditAction.ACCESS_DENIED, "user:" + name,
                    "password change while locked or throttled", sourceAddress);
            throw new InvalidInputException("current", "password.changeLocked", "locked: no password change");
        }
        String checkedHash = account.getPasswordHash();
        if (!verify(current, checkedHash)) {
            context.getBusinessObject(AccountService.class).recordWrongCurrentPassword(sourceAddress);
            throw new InvalidInputException("current", "password.currentWrong", "wrong current password");
        }
        try {
            PasswordPolicy.check(name, next);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("next", e.getMessageKey(), e.getMessage(), e.getArguments());
        }
        if (next.equals(current)) {
            throw new InvalidInputException("next", "password.sameAsCurrent", "new password equals the current one");
        }
        String newHash = passwordHash.generate(next.toCharArray());
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now) || !checkedHash.equals(account.getPasswordHash())) {
            // Locked, or the password changed, while this request was hashing: try again.
            throw new InvalidInputException("current", "password.changeLocked", "changed under us: refused");
        }
        account.changePasswordHash(newHash);
        audit.record(name, AuditAction.PASSWORD_CHANGED, "user:" + name, "changed by the user", sourceAddress);
    }

    /**
     * Counts the caller's wrong current password as a failed sign-in, in a transaction of its own so that it
     * stays counted when the refusal rolls the change back. Only for {@link #changeOwnPassword}.
     */
    @RolesAllowed(Role.Names.USER)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordWrongCurrentPassword(String sourceAddress) {
        Instant now = clock.instant();
        UserAccount account = get(context.getCallerPrincipal().getName());
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        failures.record(sourceAddress, now);
        countFailure(account, now, "wrong current password at a password change", sourceAddress);
    }

    /** The signed-in user's profile snapshot. */
    @RolesAllowed(Role.Names.USER)
    public CurrentUser currentUser() {
        UserAccount account = get(context.getCallerPrincipal().getName());
        OrgUnit department = account.homeDepartment();
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
    public AccountView createAccount(String username, String displayName, String orgUnitCode, Position position,
            String email, String password, Role... roles) {
        PasswordPolicy.check(username, password);
        return AccountView.of(store(context.getCallerPrincipal().getName(), username, displayName, orgUnitCode,
                position, email, password, roles));
    }

    /**
     * Creates an account while the application starts (the first administrator, demo users), when there is
     * no caller yet. Refused once a user is signed in, unless that user is an administrator.
     */
    // Bootstrap and the demo data run without a caller; the check inside refuses anyone signed in but an admin.
    @PermitAll
    public UserAccount createAtStartup(String username, String displayName, String orgUnitCode,
            Position position, String email, String password, Role... roles) {
        AtStartup.requireNoCallerOrAdministrator(context, "createAccount");
        return store("system", username, displayName, orgUnitCode, position, email, password, roles);
    }

    private UserAccount store(String actor, String username, String displayName, String orgUnitCode,
            Position position, String email, String password, Role... roles) {
        if (directory.find(username).isPresent()) {
            throw new InvalidInputException("username", "account.usernameTaken", "user name taken: " + username,
                    username);
        }
        OrgUnit unit = units.find(orgUnitCode).orElseThrow(() -> new NotFoundException("OrgUnit", orgUnitCode));
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
        OrgUnit unit = units.find(orgUnitCode).orElseThrow(() -> new InvalidInputException("orgUnit", "task.unknownUnit", "no unit " + orgUnitCode,
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

    private UserAccount get(String username) {
        return directory.require(username);
    }
}
