package kr.corepolicy.domain.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * One box of the approval line in one round. Versioned on its own, so that two people acting on the same step
 * at the same moment cannot both win.
 */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {

    /** The position that decides in its own right (시장); every lower decider decides by delegation. */
    public static final String HEAD_OF_AGENCY = "MAYOR";

    public static final int NOTE_MAX = 200;
    public static final int UNIT_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private ApprovalDocument document;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private StepKind kind;

    @Column(name = "assignee_username", nullable = false, length = 50)
    private String assigneeUsername;

    @Column(name = "assignee_name", nullable = false, length = 50)
    private String assigneeName;

    @Column(name = "assignee_position", length = 30)
    private String assigneePosition;

    /** The unit the assignee worked in when the line was drawn (the 협조란's heading; kept when the line is reused). */
    @Column(name = "assignee_unit", length = UNIT_MAX)
    private String assigneeUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private StepState state = StepState.WAITING;

    @Embedded
    private Signature signature;

    /** Why the step was skipped (the reviewer's absence), shown in its box; null for every other step. */
    @Column(name = "skip_reason", length = NOTE_MAX)
    private String skipReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApprovalStep() {
        // for JPA
    }

    ApprovalStep(ApprovalDocument document, int round, int seq, StepPlan plan) {
        this.document = document;
        this.round = round;
        this.seq = seq;
        this.kind = plan.kind();
        this.assigneeUsername = plan.assigneeUsername();
        this.assigneeName = plan.assigneeName();
        this.assigneePosition = plan.assigneePosition();
        this.assigneeUnit = plan.assigneeUnit() == null || plan.assigneeUnit().length() <= UNIT_MAX
                ? plan.assigneeUnit() : plan.assigneeUnit().substring(0, UNIT_MAX);
        if (plan.skipped()) {
            if (kind != StepKind.REVIEW) {
                throw new InvalidInputException("line", "approval.onlyReviewSkipped", "only a review may be skipped");
            }
            String reason = plan.skipReason().strip();
            this.skipReason = reason.length() <= NOTE_MAX ? reason : reason.substring(0, NOTE_MAX);
            this.state = StepState.SKIPPED;
        }
    }

    /** This step as a plan for the next round: the same person, position and unit, and the same skip. */
    public StepPlan plan() {
        return new StepPlan(kind, assigneeUsername, assigneeName, assigneePosition, skipReason, assigneeUnit);
    }

    void open() {
        state = StepState.PENDING;
    }

    void sign(Signature newSignature, StepState outcome) {
        if (state != StepState.PENDING) {
            throw new IllegalTransitionException("approval.stepNotPending",
                    "step " + seq + " is " + state + ", not pending", assigneeName, state.name());
        }
        this.signature = newSignature;
        this.state = outcome;
    }

    /**
     * The capacity of the assignee signing their own step: a decision by anyone below the head of the agency
     * is a decision by delegation (전결); everything else is 본인.
     */
    Capacity ownCapacity() {
        return kind == StepKind.DECISION && !HEAD_OF_AGENCY.equals(assigneePosition) ? Capacity.DELEGATED
                : Capacity.SELF;
    }

    void cancel() {
        if (state.isOpen()) {
            state = StepState.CANCELLED;
        }
    }

    public Long getId() {
        return id;
    }

    public ApprovalDocument getDocument() {
        return document;
    }

    public int getRound() {
        return round;
    }

    public int getSeq() {
        return seq;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getAssigneeUsername() {
        return assigneeUsername;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public String getAssigneePosition() {
        return assigneePosition;
    }

    public String getAssigneeUnit() {
        return assigneeUnit;
    }

    public StepState getState() {
        return state;
    }

    public Signature getSignature() {
        return signature;
    }

    public String getSkipReason() {
        return skipReason;
    }

    public long getVersion() {
        return version;
    }
}
