package kr.corepolicy.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * An employee's account. Guards the sign-in rules: an inactive or locked account cannot sign in, and
 * {@value #MAX_FAILED_SIGN_INS} failed attempts in a row lock it for {@link #LOCK_DURATION}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int USERNAME_MAX = 50;
    public static final int NAME_MAX = 50;
    public static final int EMAIL_MAX = 200;
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, updatable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "position", nullable = false, length = 30)
    private Position position;

    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 30)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 5)
    private Language preferredLanguage = Language.KO;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, OrgUnit orgUnit, Position position, String email,
            String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "account.badUsername", "bad user name: " + username,
                    USERNAME_MAX);
        }
        this.username = username;
        updateProfile(displayName, orgUnit, position, email);
        changePasswordHash(passwordHash);
    }

    /** Name, unit, position and e-mail as the personnel office has them. */
    public void updateProfile(String newDisplayName, OrgUnit newOrgUnit, Position newPosition, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new InvalidInputException("displayName", "account.nameRequired", "name required");
        }
        if (newDisplayName.strip().length() > NAME_MAX) {
            throw new InvalidInputException("displayName", "validation.tooLong", "name too long", NAME_MAX);
        }
        if (newEmail != null && !newEmail.isBlank()
                && (newEmail.length() > EMAIL_MAX || !EMAIL.matcher(newEmail.strip()).matches())) {
            throw new InvalidInputException("email", "account.badEmail", "bad e-mail: " + newEmail);
        }
        this.displayName = newDisplayName.strip();
        this.orgUnit = Objects.requireNonNull(newOrgUnit, "orgUnit");
        this.position = Objects.requireNonNull(newPosition, "position");
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    /** Sets a new password hash (the caller checked {@link PasswordPolicy} on the plain text) and unlocks. */
    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("password hash required");
        }
        this.passwordHash = newHash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role));
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether this account may sign in at all at {@code now} (before the password is even checked). */
    public boolean canSignInAt(Instant now) {
        return active && !isLockedAt(now);
    }

    /**
     * Counts a failed sign-in. The {@value #MAX_FAILED_SIGN_INS}th in a row locks the account.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedSignIn(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedSignIns = 0;
            lockedUntil = null;
        }
        failedSignIns++;
        if (failedSignIns >= MAX_FAILED_SIGN_INS && lockedUntil == null) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public void choosePreferredLanguage(Language language) {
        this.preferredLanguage = Objects.requireNonNull(language);
    }

    /** The Jakarta Security groups of this account: its roles plus {@link Role#USER}. */
    public Set<String> groupNames() {
        Set<Role> all = EnumSet.of(Role.USER);
        all.addAll(roles);
        Set<String> names = new HashSet<>();
        all.forEach(r -> names.add(r.name()));
        return names;
    }

    /**
     * Whether this person works in {@code department}: in the unit itself or in one of its teams (the department
     * of their unit is it). The one rule of who belongs to a department for owning tasks and writing reports.
     */
    public boolean worksIn(OrgUnit department) {
        return department != null && (department.equals(orgUnit) || department.equals(orgUnit.department()));
    }

    /** The department this person counts under: their unit's department, or their unit when it has none. */
    public OrgUnit homeDepartment() {
        return orgUnit.homeDepartment();
    }

    /**
     * Whether this person and {@code other} work in the same department. People above every department (a
     * bureau director, the mayor) share a department with nobody.
     */
    public boolean sharesDepartmentWith(UserAccount other) {
        OrgUnit mine = orgUnit.department();
        return mine != null && other != null && mine.equals(other.orgUnit.department());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Position getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public long getVersion() {
        return version;
    }
}
