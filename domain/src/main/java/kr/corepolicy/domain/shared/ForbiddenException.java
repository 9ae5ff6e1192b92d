package kr.corepolicy.domain.shared;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not perform this action on this record. */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String action) {
        super("error.forbidden", "forbidden: " + action, action);
    }

    /** A refusal with its own message, e.g. which fields only the planning office may change. */
    public ForbiddenException(String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
    }
}
