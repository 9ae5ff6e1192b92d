package kr.corepolicy.domain.approval;

import jakarta.ejb.ApplicationException;
import kr.corepolicy.domain.shared.BusinessException;

/** An approval action that the document's or the step's state does not allow, named by its message key. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String messageKey, String logMessage, Object... arguments) {
        super(messageKey, logMessage, arguments);
    }
}
