package kr.corepolicy.domain.shared;

import jakarta.ejb.ApplicationException;

/** Something the caller named does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " not found", what, id);
    }
}
