package kr.corepolicy.service.task;

import jakarta.ejb.ApplicationException;
import kr.corepolicy.domain.shared.ConflictException;

/** Another import is running (on this instance or another): the caller may try again in a moment. */
@ApplicationException(rollback = true)
public class ImportBusyException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public ImportBusyException() {
        super("import.busy", "another import is running");
    }
}
