package kr.corepolicy.service.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.notification.MailState;
import kr.corepolicy.domain.notification.Notification;
import kr.corepolicy.domain.notification.NotificationKind;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.service.shared.Paging;

/**
 * The administrator's view of the e-mail outbox: the copies that have not gone out (waiting for their next
 * attempt, or given up after a day of retries) with their last error, and resending them. Every resend is
 * audited; the copies go out after the commit, claimed like any other.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MailQueueService {

    public static final int MAX_PAGE = 200;

    /** The states the administrator sees: not sent yet, or given up. */
    public static final List<MailState> UNSENT = List.of(MailState.PENDING, MailState.SENDING, MailState.FAILED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditService audit;

    @Inject
    private Event<NotificationService.MailQueued> mailQueued;

    @Resource
    private SessionContext context;

    /** One e-mail copy as the administrator sees it. */
    public record MailView(long id, String recipient, String mailTo, NotificationKind kind, String subject,
            Instant createdAt, MailState state, int attempts, Instant lastAttemptAt, Instant nextAttemptAt,
            String lastError) {
    }

    /**
     * The copies in {@code state} (PENDING, which includes those being sent, or FAILED; null: all unsent),
     * newest first.
     */
    public Page<MailView> unsent(MailState state, int page, int size) {
        Paging.check(page, size, MAX_PAGE);
        List<MailState> states = states(state);
        long total = em.createQuery("select count(n) from Notification n where n.mailState in :states", Long.class)
                .setParameter("states", states).getSingleResult();
        List<MailView> items = em.createQuery("select n from Notification n where n.mailState in :states "
                        + "order by n.id desc", Notification.class)
                .setParameter("states", states)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(MailQueueService::view)
                .toList();
        return new Page<>(items, total, page, size);
    }

    /** How many copies are pending (with those being sent) and how many failed. */
    public Map<MailState, Long> counts() {
        Map<MailState, Long> counts = new EnumMap<>(MailState.class);
        counts.put(MailState.PENDING, 0L);
        counts.put(MailState.FAILED, 0L);
        em.createQuery("select n.mailState, count(n) from Notification n where n.mailState in :states "
                        + "group by n.mailState", Object[].class)
                .setParameter("states", UNSENT)
                .getResultList()
                .forEach(row -> counts.merge(row[0] == MailState.FAILED ? MailState.FAILED : MailState.PENDING,
                        (Long) row[1], Long::sum));
        return counts;
    }

    /**
     * Sends one copy again (a failed one) or now (a pending one), with a new day of retries. A copy already sent,
     * being sent or never made is refused (409).
     */
    public MailView resend(long id) {
        Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw new NotFoundException("Notification", id);
        }
        MailState before = n.getMailState();
        n.resendMail(clock.instant());
        audit.record(caller(), AuditAction.MAIL_RESENT, "notification " + id,
                before + ", " + n.getMailAttempts() + " attempts before; to " + n.getMailTo(), null);
        mailQueued.fire(new NotificationService.MailQueued());
        return view(n);
    }

    /** Sends every failed copy again; returns how many. */
    public int resendAllFailed() {
        List<Notification> failed = em.createQuery("select n from Notification n where n.mailState = :failed "
                        + "order by n.id", Notification.class)
                .setParameter("failed", MailState.FAILED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Instant now = clock.instant();
        failed.forEach(n -> n.resendMail(now));
        if (!failed.isEmpty()) {
            audit.record(caller(), AuditAction.MAIL_RESENT, "failed e-mails", failed.size() + " resent: notifications "
                    + String.join(", ", failed.stream().map(n -> String.valueOf(n.getId())).toList()), null);
            mailQueued.fire(new NotificationService.MailQueued());
        }
        return failed.size();
    }

    private static List<MailState> states(MailState state) {
        if (state == null) {
            return UNSENT;
        }
        return switch (state) {
            case PENDING, SENDING -> List.of(MailState.PENDING, MailState.SENDING);
            case FAILED -> List.of(MailState.FAILED);
            default -> throw new InvalidInputException("state", "problem.badParameter", "state " + state, "state",
                    state.name());
        };
    }

    private static MailView view(Notification n) {
        return new MailView(n.getId(), n.getRecipient(), n.getMailTo(), n.getKind(), n.getSubject(),
                n.getCreatedAt(), n.getMailState(), n.getMailAttempts(), n.getMailClaimedAt(), n.getMailNextAt(),
                n.getMailLastError());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
