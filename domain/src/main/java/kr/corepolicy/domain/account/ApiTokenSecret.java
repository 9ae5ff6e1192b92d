package kr.corepolicy.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a personal API token: {@value #MARKER} and {@value #RANDOM_BYTES} random bytes in base64url
 * without padding ({@value #LENGTH} characters in all). Only its SHA-256 is stored; a secret is random enough
 * (256 bits) that a plain hash is safe, and it is looked up by that hash with one indexed query, without the cost of
 * a password hash. The first {@value ApiToken#PREFIX_LENGTH} characters after the marker are shown in lists to
 * recognise a token by; they are not enough to use it.
 */
public final class ApiTokenSecret {

    /** What every secret starts with, so that a secret found in a file or a log is recognised as one. */
    public static final String MARKER = "cpt_";
    public static final int RANDOM_BYTES = 32;
    /** 32 bytes in base64url without padding are 43 characters. */
    public static final int LENGTH = MARKER.length() + 43;
    private static final Pattern WELL_FORMED = Pattern.compile(MARKER + "[A-Za-z0-9_-]{43}");

    private ApiTokenSecret() {
    }

    /** A new secret from {@code random}. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} has the shape of a secret (marker, length, alphabet); says nothing of whether it exists. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() == LENGTH && WELL_FORMED.matcher(text).matches();
    }

    /** The stored form of a secret: its SHA-256 in lower-case hex ({@value ApiToken#HASH_LENGTH} characters). */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The characters shown to recognise the token by: {@value ApiToken#PREFIX_LENGTH} after the marker. */
    public static String prefixOf(String secret) {
        if (!isWellFormed(secret)) {
            throw new IllegalArgumentException("not a token secret");
        }
        return secret.substring(MARKER.length(), MARKER.length() + ApiToken.PREFIX_LENGTH);
    }
}
