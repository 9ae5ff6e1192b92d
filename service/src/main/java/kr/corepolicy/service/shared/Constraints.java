package kr.corepolicy.service.shared;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Recognises the database refusing a row because a unique rule already holds it (the loser of a race). */
public final class Constraints {

    /** H2's "concurrent update" refusal, which two transactions inserting the same key may get instead of 23505. */
    private static final int H2_CONCURRENT_UPDATE = 90131;

    private Constraints() {
    }

    /** Whether {@code failure} (or a cause of it) is a unique or other integrity constraint of the database. */
    public static boolean isViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    || sql.getErrorCode() == H2_CONCURRENT_UPDATE)) {
                return true;
            }
        }
        return false;
    }
}
