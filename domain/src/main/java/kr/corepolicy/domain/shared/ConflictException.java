package kr.corepolicy.domain.shared;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record after the caller read it: the caller's version is stale. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String what, Object id, long expected, long actual) {
        super("error.conflict", what + " " + id + " is at version " + actual + ", not " + expected);
    }

    /** Another conflict than a stale version, named by its own message key (409 all the same). */
    protected ConflictException(String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
    }
}
