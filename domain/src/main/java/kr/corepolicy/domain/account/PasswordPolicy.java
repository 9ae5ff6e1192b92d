package kr.corepolicy.domain.account;

import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * The password rule of the e-government secure-coding guide: at least 10 characters from two classes
 * (letters, digits, symbols) or 8 from all three; not containing the user name; at most 64 characters.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 64;
    public static final int MIN_LENGTH_TWO_CLASSES = 10;
    public static final int MIN_LENGTH_THREE_CLASSES = 8;

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
        if (password.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("password", "password.whitespace", "password contains whitespace");
        }
        int classes = classes(password);
        boolean longEnough = classes >= 3 && password.length() >= MIN_LENGTH_THREE_CLASSES
                || classes == 2 && password.length() >= MIN_LENGTH_TWO_CLASSES;
        if (!longEnough) {
            throw new InvalidInputException("password", "password.weak", "password too weak",
                    MIN_LENGTH_TWO_CLASSES, MIN_LENGTH_THREE_CLASSES);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidInputException("password", "password.containsUsername", "password contains user name");
        }
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
