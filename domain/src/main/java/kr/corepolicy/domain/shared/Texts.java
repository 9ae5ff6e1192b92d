package kr.corepolicy.domain.shared;

/** Checks on free text that every entity applies the same way: trimmed, required or not, length-limited. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text; refused when blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "validation.required", field + " is required");
        }
        return limited(field, value.strip(), max);
    }

    /** The trimmed text, or null when blank; refused when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, value.strip(), max);
    }

    /** The trimmed text cut to {@code max} characters (for copies of text already checked elsewhere). */
    public static String clip(String value, int max) {
        String s = value == null ? "" : value.strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, "validation.tooLong", field + " longer than " + max, max);
        }
        return value;
    }
}
