package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import kr.corepolicy.service.account.CurrentUser;

/**
 * The header's snapshot of the signed-in user (name, position, department), kept in the session for a minute so
 * that a page does not read the account on every request (issue #12). A name or department changed by an
 * administrator shows within {@link #LIFETIME}; nothing is decided from it (roles come from the container, every
 * rule from the services). Serializable, so that the session survives its server.
 */
@SessionScoped
public class SignedInUser implements Serializable {

    /** How long a snapshot is shown before it is read again. */
    static final Duration LIFETIME = Duration.ofMinutes(1);

    private static final long serialVersionUID = 1L;

    private CurrentUser user;
    private Instant readAt;

    /** The snapshot of this user if it is fresh, else null. */
    CurrentUser fresh(String username, Instant now) {
        return user != null && user.username().equals(username) && now.isBefore(readAt.plus(LIFETIME)) ? user : null;
    }

    void remember(CurrentUser user, Instant now) {
        this.user = user;
        this.readAt = now;
    }
}
