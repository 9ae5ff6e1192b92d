package kr.corepolicy.service.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.notification.LinkTarget;
import kr.corepolicy.domain.notification.MailState;
import kr.corepolicy.domain.notification.Notification;
import kr.corepolicy.domain.notification.NotificationKind;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.account.Accounts;
import kr.corepolicy.service.shared.Paging;

/**
 * Tells people things: a notification row in the caller's transaction (so it exists exactly when the change
 * it reports does) with its e-mail copy queued in the same row; the copy goes out after the commit.
 */
@Stateless
@RolesAllowed(Role.Names.USER)
public class NotificationService {

    public static final int MAX_PAGE = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailSettings mail;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<MailQueued> mailQueued;

    @Resource
    private SessionContext context;

    /** A notification as the bell and the list show it. */
    public record NotificationView(long id, NotificationKind kind, String subject, String detail, LinkTarget target,
            Instant createdAt, boolean read) {
    }

    /**
     * Tells {@code recipient} about {@code subject}; an unknown or inactive recipient is skipped. Called inside
     * the transaction of the change it reports.
     */
    @PermitAll
    public void tell(String recipient, NotificationKind kind, String subject, String detail, LinkTarget target) {
        accounts.findActive(recipient).ifPresent(found -> tell(found, kind, subject, detail, target));
    }

    /** As {@link #tell(String, NotificationKind, String, String, LinkTarget)}, for an account already loaded. */
    @PermitAll
    public void tell(UserAccount recipient, NotificationKind kind, String subject, String detail,
            LinkTarget target) {
        String address = mail.enabled() ? recipient.getEmail() : null;
        Notification n = new Notification(recipient.getUsername(), kind, subject, detail, target, clock.instant(),
                address);
        em.persist(n);
        if (n.getMailState() == MailState.PENDING) {
            mailQueued.fire(new MailQueued());
        }
    }

    /** The caller's newest notifications. */
    public List<NotificationView> mine(int max) {
        Paging.checkSize("max", max, MAX_PAGE);
        return em.createQuery("select n from Notification n where n.recipient = :me order by n.id desc",
                        Notification.class)
                .setParameter("me", caller())
                .setMaxResults(max)
                .getResultStream()
                .map(n -> new NotificationView(n.getId(), n.getKind(), n.getSubject(), n.getDetail(), n.getTarget().orElse(null),
                        n.getCreatedAt(), n.getReadAt() != null))
                .toList();
    }

    /** How many of the caller's notifications are unread (one statement). */
    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", caller()).getSingleResult();
    }

    /**
     * Marks one of the caller's notifications read, and returns what it opens (or null); someone else's is not
     * found, so that its id tells nothing.
     */
    public LinkTarget open(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getRecipient().equals(caller())) {
            throw new NotFoundException("Notification", id);
        }
        n.markRead(clock.instant());
        return n.getTarget().orElse(null);
    }

    /** Marks every notification of the caller read. */
    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.instant())
                .setParameter("me", caller())
                .executeUpdate();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** Fired when a notification with an e-mail copy was written; observed after the commit. */
    public record MailQueued() {
    }
}
