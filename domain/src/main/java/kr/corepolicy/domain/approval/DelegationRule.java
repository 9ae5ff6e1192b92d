package kr.corepolicy.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * One line of the delegation table (사무전결처리규칙): which position decides a type of document. The head of
 * the agency decides in their own right; every lower position decides by delegation (전결).
 */
@Entity
@Table(name = "delegation_rule")
public class DelegationRule {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", length = 20)
    private DocumentType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_position", nullable = false, length = 30)
    private Position decidingPosition;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DelegationRule() {
        // for JPA
    }

    public DelegationRule(DocumentType type, Position decidingPosition) {
        this.type = Objects.requireNonNull(type, "type");
        decideBy(decidingPosition, null, null);
    }

    /** Changes who decides. A staff member (주무관) cannot decide: that would leave no one to review. */
    public void decideBy(Position position, String by, Instant at) {
        if (position == null || position == Position.STAFF) {
            throw new InvalidInputException("decidingPosition", "delegation.positionTooLow",
                    "a decision needs at least a team leader", position == null ? "-" : position.name());
        }
        this.decidingPosition = position;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Whether {@code position} may decide this type: the table's position or any higher one. */
    public boolean allowsDecisionBy(Position position) {
        return position != null && position.isAtLeast(decidingPosition);
    }

    public DocumentType getType() {
        return type;
    }

    public Position getDecidingPosition() {
        return decidingPosition;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
