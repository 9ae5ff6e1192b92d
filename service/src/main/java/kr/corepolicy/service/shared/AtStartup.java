package kr.corepolicy.service.shared;

import jakarta.ejb.SessionContext;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.shared.ForbiddenException;

/**
 * The one check of the methods that load data while the application starts (the first administrator, the demo
 * data), which are {@code @PermitAll} because nobody is signed in then: once someone is, only an administrator
 * may call them.
 */
public final class AtStartup {

    private AtStartup() {
    }

    /** Refuses {@code action} unless there is no caller (or the anonymous one) or the caller is an administrator. */
    public static void requireNoCallerOrAdministrator(SessionContext context, String action) {
        String caller = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (caller != null && !"ANONYMOUS".equalsIgnoreCase(caller) && !context.isCallerInRole(Role.Names.ADMIN)) {
            throw new ForbiddenException(action);
        }
    }
}
