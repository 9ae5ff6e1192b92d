package kr.corepolicy.domain.shared;

import jakarta.ejb.ApplicationException;

/** A value the user entered breaks a business rule; {@link #getField()} names where. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
