package kr.corepolicy.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One failed sign-in from a client address, whatever the user name: what the per-address throttle counts.
 * {@value #MAX_PER_ADDRESS} failures from one address within {@link #WINDOW} refuse every further sign-in from
 * it, right password or not, until the oldest of them leaves the window. Only failures count, so colleagues
 * behind one address who sign in correctly are never throttled. Stored in the database, not in one JVM, so that
 * every instance of a cluster counts the same failures.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    /** Failed sign-ins one address may make within {@link #WINDOW}; the next attempt is refused. */
    public static final int MAX_PER_ADDRESS = 20;
    /** The sliding window in which failures of one address are counted. */
    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** How long failures are kept (for the window and for a look back); older rows are deleted. */
    public static final Duration KEPT = Duration.ofDays(1);
    public static final int ADDRESS_MAX = 64;
    /** The address recorded when the caller did not give one (a call from inside the server). */
    public static final String UNKNOWN_ADDRESS = "unknown";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_address", nullable = false, updatable = false, length = ADDRESS_MAX)
    private String sourceAddress;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    protected SignInFailure() {
        // for JPA
    }

    public SignInFailure(String sourceAddress, Instant failedAt) {
        this.sourceAddress = address(sourceAddress);
        this.failedAt = Objects.requireNonNull(failedAt, "failedAt");
    }

    /** The address as it is stored and counted: trimmed, at most {@value #ADDRESS_MAX} characters. */
    public static String address(String sourceAddress) {
        if (sourceAddress == null || sourceAddress.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        String address = sourceAddress.strip();
        return address.length() > ADDRESS_MAX ? address.substring(0, ADDRESS_MAX) : address;
    }

    /** The start of the window of failures that count at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** Whether an address with {@code failuresInWindow} recent failures is refused. */
    public static boolean throttles(long failuresInWindow) {
        return failuresInWindow >= MAX_PER_ADDRESS;
    }

    public Long getId() {
        return id;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
