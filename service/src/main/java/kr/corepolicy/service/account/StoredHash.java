package kr.corepolicy.service.account;

import java.util.OptionalInt;

/**
 * Reads the parameters that a stored PBKDF2 hash carries ({@code algorithm:iterations:salt:hash}, as Jakarta
 * Security's {@code Pbkdf2PasswordHash} writes it), to decide whether it is hashed as strongly as new passwords
 * are and must be hashed again at the next successful sign-in.
 */
public final class StoredHash {

    private StoredHash() {
    }

    /** The iteration count of a stored hash, or empty when the text is not such a hash. */
    public static OptionalInt iterations(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4) {
            return OptionalInt.empty();
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            return iterations > 0 ? OptionalInt.of(iterations) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Whether a stored hash is weaker than {@code algorithm} with {@code iterations}: another algorithm, fewer
     * iterations, or a text that cannot be read. A stronger one (more iterations) is kept.
     */
    public static boolean isOutdated(String stored, String algorithm, int iterations) {
        OptionalInt found = iterations(stored);
        return found.isEmpty() || !stored.startsWith(algorithm + ":") || found.getAsInt() < iterations;
    }
}
