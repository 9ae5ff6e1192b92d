package kr.corepolicy.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HTTP Basic credentials verified in the last {@link #LIFETIME} in this JVM, so that a script calling the API
 * does not pay the full password hash on every request. An entry is an HMAC-SHA-256, under a random key made
 * when the JVM starts, of the user name, the stored hash and the password: it reveals no password, and a new
 * password, a reset or an upgraded hash no longer matches by construction. Only successes are remembered; the
 * account's active and locked state is still read from the database on every request. Nothing here needs to be
 * the same on every instance: an instance that has not seen a credential simply verifies it.
 */
@ApplicationScoped
public class VerifiedCredentials {

    /** How long a verified credential is trusted without hashing again. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);
    /** At most this many entries; when full, expired ones go, and if none has expired, all. */
    public static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    public VerifiedCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether these credentials were verified against this stored hash less than {@link #LIFETIME} ago. */
    public boolean contains(String username, String storedHash, String password, Instant now) {
        if (password == null) {
            return false;
        }
        Instant expires = verified.get(entry(username, storedHash, password));
        return expires != null && now.isBefore(expires);
    }

    /** Remembers credentials that were just verified against this stored hash. */
    public void remember(String username, String storedHash, String password, Instant now) {
        if (password == null) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(expires -> !now.isBefore(expires));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(entry(username, storedHash, password), now.plus(LIFETIME));
    }

    int size() {
        return verified.size();
    }

    private String entry(String username, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
