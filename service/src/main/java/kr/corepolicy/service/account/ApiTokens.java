package kr.corepolicy.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.corepolicy.domain.account.ApiToken;
import kr.corepolicy.domain.account.ApiTokenSecret;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.SignInFailure;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;

/**
 * Personal API tokens (#12): a user issues, lists and revokes their own; an administrator may revoke anyone's; and
 * the authentication mechanism asks {@link #authenticate} whose a request's token is. Issuing needs the owner's own
 * sign-in (a session or the password): a request authenticated by a token is refused, so that a stolen token
 * cannot mint more. A password change leaves the tokens as they are (they are credentials of their own, with an
 * expiry, and revoked one by one); deactivating or locking the account stops them at once.
 */
@Stateless
@DeclareRoles({ApiToken.CALLER_GROUP, Role.Names.ADMIN})
public class ApiTokens {

    /** The most tokens a list shows (an owner has at most ten working ones; the rest are expired). */
    public static final int LIST_MAX = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditService audit;

    @Inject
    private SignInFailures failures;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * Issues a token for the caller, named {@code name}, working for {@code days} days. The answer carries the
     * secret, once; only its hash is stored. Refused when the caller came with a token, and beyond
     * {@value ApiToken#MAX_ACTIVE_PER_OWNER} working tokens (counted under the caller's account row lock, so that
     * two issues at once cannot both pass).
     */
    @RolesAllowed(Role.Names.USER)
    public IssuedApiToken issue(String name, Integer days) {
        String me = caller();
        if (context.isCallerInRole(ApiToken.CALLER_GROUP)) {
            throw new ForbiddenException("apiToken.notWithToken", me + " tried to issue a token with a token");
        }
        UserAccount owner = accounts.require(me);
        em.refresh(owner, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        long working = em.createQuery("select count(t) from ApiToken t where t.owner = :owner "
                        + "and t.revokedAt is null and t.expiresAt > :now", Long.class)
                .setParameter("owner", owner).setParameter("now", now).getSingleResult();
        String secret = ApiTokenSecret.generate(RANDOM);
        ApiToken token = ApiToken.issue(owner, name, days, secret, now, working);
        em.persist(token);
        em.flush();
        audit.record(me, AuditAction.API_TOKEN_ISSUED, target(token),
                "'" + token.getName() + "' until " + token.getExpiresAt(), null);
        return new IssuedApiToken(ApiTokenView.of(token, now), secret);
    }

    /** The caller's tokens that are not revoked (working and expired), newest first; one statement. */
    @RolesAllowed(Role.Names.USER)
    public List<ApiTokenView> mine() {
        Instant now = clock.instant();
        return em.createQuery("select t from ApiToken t where t.owner.username = :me and t.revokedAt is null "
                        + "order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("me", caller()).setMaxResults(LIST_MAX).getResultStream()
                .map(t -> ApiTokenView.of(t, now)).toList();
    }

    /**
     * Revokes one of the caller's tokens, or anyone's for an administrator; it stops working at once. Another
     * user's token, a revoked one and an unknown id are all not found (an id tells nobody whose a token is).
     */
    @RolesAllowed(Role.Names.USER)
    public void revoke(long id) {
        String me = caller();
        ApiToken token = em.createQuery("select t from ApiToken t join fetch t.owner where t.id = :id "
                        + "and t.revokedAt is null", ApiToken.class)
                .setParameter("id", id).getResultStream().findFirst()
                .filter(t -> t.getOwner().getUsername().equals(me) || context.isCallerInRole(Role.Names.ADMIN))
                .orElseThrow(() -> new NotFoundException("ApiToken", id));
        token.revoke(me, clock.instant());
        audit.record(me, AuditAction.API_TOKEN_REVOKED, target(token),
                "'" + token.getName() + "' of " + token.getOwner().getUsername(), null);
    }

    /**
     * Whose request this secret authenticates: a success with the owner's groups (and {@link ApiToken#CALLER_GROUP})
     * when the token is active and its owner may sign in; otherwise {@link SignInResult.Outcome#INVALID_CREDENTIALS}
     * whatever the reason (unknown, malformed, expired, revoked, owner locked or inactive), or
     * {@link SignInResult.Outcome#THROTTLED} when the address has failed too often.
     * <p>
     * A success costs one indexed SELECT (the token by the hash of the secret, with its owner and the owner's
     * roles) and writes nothing, except the last use at most once a {@link ApiToken#LAST_USED_PRECISION minute}
     * by one conditional UPDATE. A failure counts against the address in the sign-in throttle and is audited,
     * without the secret. A success is not throttled: a token's 256 random bits cannot be guessed, and checking
     * the throttle would cost every request a second statement.
     */
    // The authentication mechanism calls this before the request has a caller: there is none to check.
    @PermitAll
    public SignInResult authenticate(String secret, String sourceAddress) {
        Instant now = clock.instant();
        // One row per role of the owner (one row with no role for an owner without any): the token, its owner and
        // the roles in one statement. (A "join fetch" of the roles left EclipseLink reading them in a second one.)
        List<Object[]> rows = ApiTokenSecret.isWellFormed(secret)
                ? em.createQuery("select t, r from ApiToken t join fetch t.owner o left join o.roles r "
                        + "where t.secretHash = :hash", Object[].class)
                        .setParameter("hash", ApiTokenSecret.hash(secret)).getResultList()
                : List.of();
        Optional<ApiToken> found = rows.stream().map(row -> (ApiToken) row[0]).findFirst();
        if (found.isPresent() && found.get().admitsAt(now)) {
            ApiToken token = found.get();
            if (token.isUseWorthRecordingAt(now)) {
                // SQL, not JPQL: EclipseLink's bulk update would raise the version, and a use is not a change that
                // should make a revocation read just before it fail as stale.
                em.createNativeQuery("UPDATE api_token SET last_used_at = ?1 WHERE id = ?2 "
                                + "AND (last_used_at IS NULL OR last_used_at <= ?3)")
                        .setParameter(1, Timestamp.from(now)).setParameter(2, token.getId())
                        .setParameter(3, Timestamp.from(ApiToken.replacedUseAt(now))).executeUpdate();
            }
            UserAccount owner = token.getOwner();
            Set<String> groups = new HashSet<>(Set.of(Role.USER.name(), ApiToken.CALLER_GROUP));
            rows.stream().map(row -> (Role) row[1]).filter(Objects::nonNull).forEach(role -> groups.add(role.name()));
            return SignInResult.success(owner.getUsername(), groups, owner.getPreferredLanguage());
        }
        String actor = found.map(t -> t.getOwner().getUsername()).orElse("-");
        if (failures.isThrottled(sourceAddress, now)) {
            audit.record(actor, AuditAction.SIGN_IN_FAILED, found.map(ApiTokens::target).orElse(null),
                    "API token from a throttled address: more than " + SignInFailure.MAX_PER_ADDRESS + " failures in "
                            + SignInFailure.WINDOW, sourceAddress);
            return SignInResult.failure(SignInResult.Outcome.THROTTLED, actor);
        }
        failures.record(sourceAddress, now);
        audit.record(actor, AuditAction.SIGN_IN_FAILED, found.map(ApiTokens::target).orElse(null),
                found.map(t -> t.refusalAt(now)).orElse(secret != null && secret.startsWith(ApiTokenSecret.MARKER)
                        ? "unknown API token" : "malformed API token"), sourceAddress);
        return SignInResult.failure(SignInResult.Outcome.INVALID_CREDENTIALS, actor);
    }

    private static String target(ApiToken token) {
        return "api-token:" + token.getId();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
