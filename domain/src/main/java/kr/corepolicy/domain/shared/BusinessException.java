package kr.corepolicy.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The one family of business exceptions. Each carries a message key (resolved to Korean or English by
 * the web layer) and the arguments of that message; the English text is for logs only.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessException(String messageKey, String logMessage, Object... arguments) {
        super(logMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
