package kr.corepolicy.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * The password rule of the e-government secure-coding guide: at least 10 characters from two classes
 * (letters, digits, symbols; a space counts as a symbol) or 8 from all three; at most 64 characters. Spaces are
 * allowed, so a passphrase is a good password. Refused besides: control characters, the user name, the common
 * passwords of {@value #COMMON_PASSWORDS} (also with look-alike characters such as {@code P@ssw0rd} or digits
 * and symbols around them such as {@code password1!}), and passwords that are mostly keyboard runs, alphabet
 * or digit sequences or one repeated character ({@code qwerty1234}, {@code 1234567890a}, {@code aaaaaaaaa1}).
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 64;
    public static final int MIN_LENGTH_TWO_CLASSES = 10;
    public static final int MIN_LENGTH_THREE_CLASSES = 8;
    /** A run (sequence, keyboard row, repetition) counts from this many characters. */
    public static final int MIN_RUN = 3;
    /** Characters a password must have outside runs. */
    public static final int MIN_UNPREDICTABLE = 4;
    /** The list of common passwords, a resource beside this class. */
    public static final String COMMON_PASSWORDS = "common-passwords.txt";

    /** Orders in which neighbouring characters make a guessable run, read forwards or backwards. */
    private static final List<String> SEQUENCES = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "!@#$%^&*()", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "1q2w3e4r5t6y7u8i9o0p");

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the rule, with a message that says which part. */
    public static void check(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "password.required", "password required");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "password.tooLong", "password too long", MAX_LENGTH);
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("password", "password.controlCharacter",
                    "password contains a control character");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "password.required", "password is only spaces");
        }
        int classes = classes(password);
        boolean longEnough = classes >= 3 && password.length() >= MIN_LENGTH_THREE_CLASSES
                || classes == 2 && password.length() >= MIN_LENGTH_TWO_CLASSES;
        if (!longEnough) {
            throw new InvalidInputException("password", "password.weak", "password too weak",
                    MIN_LENGTH_TWO_CLASSES, MIN_LENGTH_THREE_CLASSES);
        }
        String plain = password.toLowerCase(Locale.ROOT).replace(" ", "");
        if (username != null && !username.isBlank()) {
            String name = username.strip().toLowerCase(Locale.ROOT);
            if (plain.contains(name) || readAsLetters(plain, 'i').contains(name)
                    || readAsLetters(plain, 'l').contains(name)) {
                throw new InvalidInputException("password", "password.containsUsername",
                        "password contains user name");
            }
        }
        if (unpredictableCharacters(password.toLowerCase(Locale.ROOT)) < MIN_UNPREDICTABLE) {
            throw new InvalidInputException("password", "password.predictable",
                    "password is mostly a sequence, keyboard run or repetition");
        }
        if (isCommon(plain)) {
            throw new InvalidInputException("password", "password.common", "common password");
        }
    }

    /** Whether the password (lower case, without spaces) is a common one, alone or among digits and symbols. */
    static boolean isCommon(String plain) {
        String core = stripNonLetters(plain);
        for (String candidate : List.of(plain, core, plain.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""),
                readAsLetters(plain, 'i'), readAsLetters(plain, 'l'),
                stripNonLetters(readAsLetters(core, 'i')), stripNonLetters(readAsLetters(core, 'l')),
                stripNonLetters(readAsLetters(plain, 'i')), stripNonLetters(readAsLetters(plain, 'l')))) {
            if (COMMON.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many characters of the password are outside runs of at least {@value #MIN_RUN}: one character
     * repeated, or neighbours in the alphabet, the digits or a keyboard row (either direction).
     */
    static int unpredictableCharacters(String password) {
        boolean[] inRun = new boolean[password.length()];
        markRuns(password, inRun, (a, b) -> a == b);
        for (String sequence : SEQUENCES) {
            markRuns(password, inRun, (a, b) -> follows(sequence, a, b));
            markRuns(password, inRun, (a, b) -> follows(sequence, b, a));
        }
        int outside = 0;
        for (boolean marked : inRun) {
            if (!marked) {
                outside++;
            }
        }
        return outside;
    }

    private interface Neighbours {
        boolean next(char a, char b);
    }

    private static void markRuns(String s, boolean[] inRun, Neighbours neighbours) {
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || !neighbours.next(s.charAt(i - 1), s.charAt(i))) {
                if (i - start >= MIN_RUN) {
                    for (int j = start; j < i; j++) {
                        inRun[j] = true;
                    }
                }
                start = i;
            }
        }
    }

    /** Whether {@code b} comes right after {@code a} somewhere in {@code sequence}. */
    private static boolean follows(String sequence, char a, char b) {
        for (int at = sequence.indexOf(a); at >= 0; at = sequence.indexOf(a, at + 1)) {
            if (at + 1 < sequence.length() && sequence.charAt(at + 1) == b) {
                return true;
            }
        }
        return false;
    }

    /** Look-alike digits and symbols read as the letters they stand for; {@code one} is how '1' and '!' read. */
    private static String readAsLetters(String s, char one) {
        StringBuilder letters = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            letters.append(switch (c) {
                case '@', '4' -> 'a';
                case '8' -> 'b';
                case '3' -> 'e';
                case '6', '9' -> 'g';
                case '1', '!', '|' -> one;
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7', '+' -> 't';
                default -> c;
            });
        }
        return letters.toString();
    }

    private static String stripNonLetters(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing beside " + PasswordPolicy.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    private static int classes(String password) {
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
