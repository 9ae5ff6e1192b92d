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

/**
 * The record that a reminder was sent: one row per kind, subject and recipient, unique in the database, so
 * that no reminder goes out twice, whichever instance's timer fires.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private NotificationKind kind;

    @Column(name = "subject_key", nullable = false, length = 60, updatable = false)
    private String subjectKey;

    @Column(name = "recipient", nullable = false, length = 50, updatable = false)
    private String recipient;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SentReminder() {
        // for JPA
    }

    public SentReminder(NotificationKind kind, String subjectKey, String recipient, Instant sentAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectKey = Objects.requireNonNull(subjectKey, "subject");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getRecipient() {
        return recipient;
    }
}
