package kr.corepolicy.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.corepolicy.domain.shared.Texts;

/**
 * One thing one person is told: what happened (its kind), about what (a subject title and a link), when; read
 * or not. Its e-mail copy is an outbox entry: written in the same transaction as the change it reports, sent
 * after the commit, claimed by one instance.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int SUBJECT_MAX = 300;
    public static final int LINK_MAX = 200;
    public static final int MAIL_ERROR_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 50, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private NotificationKind kind;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "detail", length = SUBJECT_MAX, updatable = false)
    private String detail;

    @Column(name = "link", length = LINK_MAX, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mail_to", length = 200, updatable = false)
    private String mailTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 10)
    private MailState mailState;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_claimed_at")
    private Instant mailClaimedAt;

    /** When the current run of attempts began: queued, or resent by the administrator. */
    @Column(name = "mail_queued_at")
    private Instant mailQueuedAt;

    /** When a pending copy is due to be tried (again). */
    @Column(name = "mail_next_at")
    private Instant mailNextAt;

    @Column(name = "mail_last_error", length = MAIL_ERROR_MAX)
    private String mailLastError;

    protected Notification() {
        // for JPA
    }

    /**
     * @param subject what it is about (a document title), shown as is
     * @param detail  a name or a reason that goes with the kind's message (who returned it, why)
     * @param target  what it opens, or null
     * @param mailTo  the e-mail address to copy it to, or null for in-app only
     */
    public Notification(String recipient, NotificationKind kind, String subject, String detail, LinkTarget target,
            Instant createdAt, String mailTo) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subject = Texts.clip(subject, SUBJECT_MAX);
        this.detail = detail == null ? null : Texts.clip(detail, SUBJECT_MAX);
        this.link = target == null ? null : target.code();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.mailTo = mailTo == null || mailTo.isBlank() ? null : mailTo.strip();
        this.mailState = this.mailTo == null ? MailState.NONE : MailState.PENDING;
        if (this.mailTo != null) {
            this.mailQueuedAt = createdAt;
            this.mailNextAt = createdAt;
        }
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** The copy went out. */
    public void mailSent() {
        mailState = MailState.SENT;
        mailNextAt = null;
    }

    /**
     * An attempt failed at {@code at}: pending again until the next attempt of {@link MailRetry}, or given up
     * (failed) once its day of retries has passed.
     */
    public void mailFailed(Instant at, String error) {
        mailLastError = error == null ? null : Texts.clip(error, MAIL_ERROR_MAX);
        Instant since = mailQueuedAt != null ? mailQueuedAt : createdAt;
        mailNextAt = MailRetry.nextAttempt(since, Math.max(1, mailAttempts), at).orElse(null);
        mailState = mailNextAt == null ? MailState.FAILED : MailState.PENDING;
    }

    /**
     * The administrator sends a failed copy again, or a pending one now: a new run of attempts from {@code now}
     * (a new day of retries). A copy already sent, being sent, or never made cannot be resent.
     */
    public void resendMail(Instant now) {
        if (mailState != MailState.FAILED && mailState != MailState.PENDING) {
            throw new MailNotResendableException(id == null ? 0 : id, mailState);
        }
        mailState = MailState.PENDING;
        mailAttempts = 0;
        mailQueuedAt = now;
        mailNextAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    /** What it opens, if anything. */
    public java.util.Optional<LinkTarget> getTarget() {
        return LinkTarget.parse(link);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getMailTo() {
        return mailTo;
    }

    public MailState getMailState() {
        return mailState;
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    /** When the last attempt began (its claim). */
    public Instant getMailClaimedAt() {
        return mailClaimedAt;
    }

    public Instant getMailQueuedAt() {
        return mailQueuedAt;
    }

    public Instant getMailNextAt() {
        return mailNextAt;
    }

    public String getMailLastError() {
        return mailLastError;
    }
}
