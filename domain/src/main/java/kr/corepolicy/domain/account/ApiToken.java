package kr.corepolicy.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;

/**
 * A personal API token: a named, expiring, revocable credential with which a script calls the API as its owner
 * ({@code Authorization: Bearer cpt_…}) without a password hash per request. Only the SHA-256 of its secret is
 * kept ({@link ApiTokenSecret}); the secret is shown once, when the token is issued. A token works while it is
 * neither revoked nor expired and its owner may sign in (active, not locked). An owner has at most
 * {@value #MAX_ACTIVE_PER_OWNER} working tokens, each for at most {@value #MAX_DAYS} days.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 50;
    public static final int PREFIX_LENGTH = 8;
    public static final int HASH_LENGTH = 64;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    /** The lifetimes the account page offers; the API takes any number of days from {@value #MIN_DAYS} to {@value #MAX_DAYS}. */
    public static final List<Integer> OFFERED_DAYS = List.of(30, 90, 365);
    public static final int MAX_ACTIVE_PER_OWNER = 10;
    /**
     * How precisely the last use is kept: a use is written only when the stored one is at least this old, so that
     * a script's requests do not each write (and lock) the token's row.
     */
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    /**
     * The Jakarta Security group that a caller authenticated by a token has besides the owner's roles: what the
     * services ask when an action needs the owner's own sign-in (issuing tokens).
     */
    public static final String CALLER_GROUP = "API_TOKEN";

    /** What a token is to its owner at a moment. */
    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private UserAccount owner;

    @Column(name = "name", nullable = false, updatable = false, length = NAME_MAX)
    private String name;

    @Column(name = "secret_hash", nullable = false, unique = true, updatable = false, length = HASH_LENGTH)
    private String secretHash;

    @Column(name = "prefix", nullable = false, updatable = false, length = PREFIX_LENGTH)
    private String prefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = UserAccount.USERNAME_MAX)
    private String revokedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiToken() {
        // for JPA
    }

    private ApiToken(UserAccount owner, String name, String secret, Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.secretHash = ApiTokenSecret.hash(secret);
        this.prefix = ApiTokenSecret.prefixOf(secret);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Issues a token for {@code owner}, named by them, working for {@code days} days from {@code now}, whose secret
     * is {@code secret} (kept only as its hash). {@code workingTokens} is how many tokens the owner has that are
     * {@link State#ACTIVE} now; the caller counts them under a lock that keeps two issues of one owner apart.
     */
    public static ApiToken issue(UserAccount owner, String name, Integer days, String secret, Instant now,
            long workingTokens) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(now, "now");
        String checkedName = Texts.required("name", name, NAME_MAX);
        if (days == null) {
            throw new InvalidInputException("days", "validation.required", "days is required");
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidInputException("days", "apiToken.badDays", "days out of range: " + days, MIN_DAYS,
                    MAX_DAYS);
        }
        if (workingTokens >= MAX_ACTIVE_PER_OWNER) {
            throw new BusinessException("apiToken.tooMany", "already " + workingTokens + " working tokens",
                    MAX_ACTIVE_PER_OWNER);
        }
        if (!ApiTokenSecret.isWellFormed(secret)) {
            throw new IllegalArgumentException("not a token secret");
        }
        return new ApiToken(owner, checkedName, secret, now, now.plus(Duration.ofDays(days)));
    }

    /** The state at {@code now}: revoked, else expired from its expiry on, else active. */
    public State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }

    /**
     * Whether a request carrying this token's secret is its owner's at {@code now}: the token is active and the
     * owner may sign in (a deactivated or locked account's tokens stop working with it).
     */
    public boolean admitsAt(Instant now) {
        return stateAt(now) == State.ACTIVE && owner.canSignInAt(now);
    }

    /** Why a request with this token is refused at {@code now} (for the audit trail), or null when it is admitted. */
    public String refusalAt(Instant now) {
        State state = stateAt(now);
        if (state != State.ACTIVE) {
            return state == State.REVOKED ? "revoked API token" : "expired API token";
        }
        if (!owner.isActive()) {
            return "API token of an inactive account";
        }
        return owner.isLockedAt(now) ? "API token of a locked account" : null;
    }

    /**
     * Whether a use at {@code now} should be written: never written before, or the stored use is at least
     * {@link #LAST_USED_PRECISION} old.
     */
    public boolean isUseWorthRecordingAt(Instant now) {
        return isUseWorthRecording(lastUsedAt, now);
    }

    /** Whether a use at {@code now} replaces the stored last use {@code lastUsed} (null: none). */
    static boolean isUseWorthRecording(Instant lastUsed, Instant now) {
        return lastUsed == null || !lastUsed.isAfter(replacedUseAt(now));
    }

    /**
     * The latest stored last use that a use at {@code now} replaces ({@code last_used_at <=} it, or none): the
     * condition of the one conditional update that records a use, so that of several requests or instances
     * recording the same minute only the first writes, and the others change nothing.
     */
    public static Instant replacedUseAt(Instant now) {
        return now.minus(LAST_USED_PRECISION);
    }

    /** Revokes the token (its owner, or an administrator); it stops working at once and is kept for the record. */
    public void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw new BusinessException("apiToken.alreadyRevoked", "token " + id + " already revoked");
        }
        this.revokedBy = Objects.requireNonNull(by, "by");
        this.revokedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public long getVersion() {
        return version;
    }
}
