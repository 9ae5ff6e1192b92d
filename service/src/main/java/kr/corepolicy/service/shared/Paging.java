package kr.corepolicy.service.shared;

import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * The one rule for a page of a list, for every paged service: a page number from 0 and a size from 1 to the
 * list's maximum, and no further than {@value #MAX_OFFSET} rows in. A value out of range is refused with the
 * parameter it came from, never clamped: a caller asking for page 2,147,483,647 must not be answered with page
 * 0's rows under that number, nor overflow the offset.
 */
public final class Paging {

    /** How far into a list a page may start. */
    public static final int MAX_OFFSET = 1_000_000;

    private Paging() {
    }

    /** Refuses a page number or size out of range, naming {@code page} or {@code size}. */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidInputException("page", "paging.page", "page " + page);
        }
        checkSize("size", size, maxSize);
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidInputException("page", "paging.tooFar", "page " + page + " of " + size,
                    String.valueOf(MAX_OFFSET));
        }
    }

    /** Refuses a number of rows out of 1..{@code maxSize}, naming {@code field}. */
    public static void checkSize(String field, int size, int maxSize) {
        if (size < 1 || size > maxSize) {
            throw new InvalidInputException(field, "paging.size", field + " " + size, field, String.valueOf(maxSize));
        }
    }
}
