package kr.corepolicy.service.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.notification.MailRetry;
import kr.corepolicy.domain.notification.MailState;
import kr.corepolicy.domain.notification.Notification;
import kr.corepolicy.service.account.Accounts;

/**
 * Sends the e-mail copies of notifications. Each copy is claimed with one conditional update before it is
 * sent, so that when several instances flush at once each message goes out once; a claim older than
 * {@link #STALE_CLAIM} (an instance died while sending) may be taken again. Only copies whose next attempt is
 * due are tried: a failed attempt sets the next one by {@link MailRetry} (1, 2, 4 … minutes, giving up after a
 * day). Runs after every commit that queued mail, and every minute for the retries that fall due.
 */
@Stateless
@PermitAll
public class MailOutbox {

    static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    @Asynchronous
    public void flushLater() {
        flush();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retry() {
        if (settings.enabled()) {
            flush();
        }
    }

    /** Sends what is due now; returns how many went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int flush() {
        return flush(clock.instant());
    }

    /**
     * Sends what is due at {@code now}, batch after batch until nothing due is left (an attempt, sent or not,
     * leaves a copy not due at {@code now}): the timer and the commits pass the clock's time; a test passes a
     * later moment to see the retries of the hours to come without waiting for them.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int flush(Instant now) {
        MailOutbox self = context.getBusinessObject(MailOutbox.class);
        int sent = 0;
        List<Long> batch;
        int claimed;
        do {
            batch = self.due(now);
            claimed = 0;
            for (Long id : batch) {
                if (!self.claim(id, now)) {
                    continue;
                }
                claimed++;
                Notification n = self.load(id);
                String error = send(n);
                self.finish(id, error, now);
                if (error == null) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH && claimed > 0);
        return sent;
    }

    /** The copies due at {@code now}, the longest waiting first, and those whose sender died mid-way. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now) {
        return em.createQuery("select n.id from Notification n where (n.mailState = :pending and n.mailNextAt <= :now) "
                        + "or (n.mailState = :sending and n.mailClaimedAt < :stale) order by n.mailNextAt, n.id",
                        Long.class)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", now)
                .setParameter("sending", MailState.SENDING)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Takes one due message for this instance; false when another instance has it (or it is not due). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id, Instant now) {
        return em.createQuery("update Notification n set n.mailState = :sending, n.mailClaimedAt = :now, "
                        + "n.mailAttempts = n.mailAttempts + 1 where n.id = :id and ((n.mailState = :pending "
                        + "and n.mailNextAt <= :now) or (n.mailState = :sending and n.mailClaimedAt < :stale))")
                .setParameter("sending", MailState.SENDING)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", now)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Notification load(long id) {
        return em.find(Notification.class, id);
    }

    /** Records the attempt's outcome: sent ({@code error} null), or failed and due again later or given up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long id, String error, Instant now) {
        Notification n = em.find(Notification.class, id);
        if (error == null) {
            n.mailSent();
        } else {
            n.mailFailed(now, error);
            if (n.getMailState() == MailState.FAILED) {
                LOG.log(Level.WARNING, "E-mail of notification {0} to {1} given up after {2} attempts: {3}",
                        new Object[] {id, n.getMailTo(), n.getMailAttempts(), error});
            }
        }
    }

    /** Sends one copy; returns null when it went out, else why not. */
    private String send(Notification n) {
        Language language = accounts.find(n.getRecipient()).map(UserAccount::getPreferredLanguage)
                .orElse(Language.KO);
        MailText text = MailText.of(language, n.getKind(), n.getSubject(), n.getDetail(), n.getTarget().map(t -> settings.link(t.route())).orElse(settings.link("/")));
        try {
            MimeMessage message = new MimeMessage(settings.session());
            message.setFrom(new InternetAddress(settings.from(), language == Language.EN ? "CorePolicy" : "핵심정책",
                    "UTF-8"));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(n.getMailTo()));
            message.setSubject(text.subject(), "UTF-8");
            message.setText(text.body(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
            return null;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            LOG.log(Level.INFO, "E-mail of notification {0} to {1} not sent (attempt {2}): {3}",
                    new Object[] {n.getId(), n.getMailTo(), n.getMailAttempts(), e.getMessage()});
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
