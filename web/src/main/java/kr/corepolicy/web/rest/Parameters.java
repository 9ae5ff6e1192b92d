package kr.corepolicy.web.rest;

import java.util.Locale;
import kr.corepolicy.domain.shared.InvalidInputException;

/** Reading query parameters and bodies the same way in every resource: a bad value is a 400 that names it. */
public final class Parameters {

    private Parameters() {
    }

    /** The enum constant named by {@code value} (any case), null when blank; 400 naming the parameter otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter, "problem.badParameter", "bad " + parameter + ": " + value,
                    parameter, value);
        }
    }

    /** A whole number given as a query parameter ({@code fallback} when absent); 400 naming it otherwise. */
    public static int integer(String parameter, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(parameter, "paging.notANumber", "bad " + parameter + ": " + value,
                    parameter);
        }
    }

    /** The body, or a 400 when the request had none. */
    public static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "problem.bodyRequired", "body required");
        }
        return body;
    }

    /** A required number of a body, or a 400 naming the field. */
    public static long required(String field, Long value) {
        if (value == null) {
            throw new InvalidInputException(field, "validation.required", field + " is required");
        }
        return value;
    }
}
