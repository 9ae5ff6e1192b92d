package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import kr.corepolicy.service.inbox.InboxCounts;
import kr.corepolicy.service.account.CurrentUser;

/**
 * The header's snapshot of the signed-in user (name, position, department), kept in the session for a minute so
 * that a page does not read the account on every request (issue #12). A name or department changed by an
 * administrator shows within {@link #LIFETIME}; nothing is decided from it (roles come from the container, every
 * rule from the services). Serializable, so that the session survives its server.
 *
 * <p>Also the header's counts (waiting, returned, unread), kept for {@link #COUNTS_LIFETIME}: what others do (a
 * document sent to me, a notification) shows on my next page after at most that long. What I do shows at once:
 * every state-changing request of the session forgets them ({@link OwnWritesFilter}), and the page that a post
 * renders counts afresh ({@link ShellBacking#getCounts()}). Only the badges use them; the queues, the home page and
 * every rule read the database.
 */
@SessionScoped
public class SignedInUser implements Serializable {

    /** How long a snapshot is shown before it is read again. */
    static final Duration LIFETIME = Duration.ofMinutes(1);

    private static final long serialVersionUID = 1L;

    /** How long the header's counts are shown before they are counted again. */
    static final Duration COUNTS_LIFETIME = Duration.ofSeconds(15);

    private CurrentUser user;
    private Instant readAt;

    private long waiting;
    private long returned;
    private long unread;
    private Instant countedAt;

    /** The snapshot of this user if it is fresh, else null. */
    CurrentUser fresh(String username, Instant now) {
        return user != null && user.username().equals(username) && now.isBefore(readAt.plus(LIFETIME)) ? user : null;
    }

    void remember(CurrentUser user, Instant now) {
        this.user = user;
        this.readAt = now;
    }

    /** The kept counts if they are fresh, else null. */
    InboxCounts freshCounts(Instant now) {
        return countedAt != null && now.isBefore(countedAt.plus(COUNTS_LIFETIME)) && !now.isBefore(countedAt)
                ? new InboxCounts(waiting, returned, unread) : null;
    }

    void rememberCounts(InboxCounts counts, Instant now) {
        waiting = counts.waiting();
        returned = counts.returned();
        unread = counts.unread();
        countedAt = now;
    }

    /** This session changed something: its next page counts afresh. */
    void forgetCounts() {
        countedAt = null;
    }
}
