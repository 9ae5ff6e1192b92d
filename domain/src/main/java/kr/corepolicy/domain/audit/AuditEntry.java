package kr.corepolicy.domain.audit;

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

/** One line of the audit trail. Immutable: every column is insert-only. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    public static final int ACTOR_MAX = 50;
    public static final int TARGET_MAX = 100;
    public static final int DETAIL_MAX = 1000;
    public static final int ADDRESS_MAX = 45;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "target", updatable = false, length = TARGET_MAX)
    private String target;

    @Column(name = "detail", updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(name = "source_address", updatable = false, length = ADDRESS_MAX)
    private String sourceAddress;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String target, String detail,
            String sourceAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = clip(actor == null || actor.isBlank() ? "-" : actor, ACTOR_MAX);
        this.action = Objects.requireNonNull(action);
        this.target = clip(target, TARGET_MAX);
        this.detail = clip(detail, DETAIL_MAX);
        this.sourceAddress = clip(sourceAddress, ADDRESS_MAX);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }
}
