package kr.corepolicy.domain.shared;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not perform this action on this record. */
@ApplicationException(rollback = true)
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String action) {
        super("error.forbidden", "forbidden: " + action, action);
    }
}
