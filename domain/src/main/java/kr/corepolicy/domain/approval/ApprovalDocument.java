package kr.corepolicy.domain.approval;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kr.corepolicy.domain.shared.ForbiddenException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;

/**
 * A document on an approval line (결재 문서). The line is reviews in order, then consents in parallel, then one
 * decision. Every submission is a new round with a fresh copy of the line; earlier rounds and their
 * signatures stay as they were. Once decided, the document never changes again.
 */
@Entity
@Table(name = "approval_document")
public class ApprovalDocument {

    public static final int TITLE_MAX = 200;
    public static final int MAX_STEPS = 20;
    public static final int NUMBER_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 20)
    private DocumentType type;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "drafter_username", nullable = false, length = 50, updatable = false)
    private String drafterUsername;

    @Column(name = "drafter_name", nullable = false, length = 50, updatable = false)
    private String drafterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DocumentStatus status = DocumentStatus.DRAFT;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /**
     * 문서번호: given once, at the first submission ({@link #register}); null before. Not marked updatable=false: the
     * row may be inserted (by the subject's cascade) before the number is given in the same transaction.
     */
    @Column(name = "doc_number", length = NUMBER_MAX)
    private String number;

    /** The year the number counts in. */
    @Column(name = "doc_year")
    private Integer numberYear;

    /** The drafter's department when the document was registered, as its form shows it. */
    @Column(name = "drafter_unit", length = ApprovalStep.UNIT_MAX)
    private String drafterUnit;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("round, seq")
    private List<ApprovalStep> steps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApprovalDocument() {
        // for JPA
    }

    public ApprovalDocument(Subject subject, String title, String drafterUsername, String drafterName) {
        this.type = Objects.requireNonNull(subject, "subject").type();
        this.subjectId = subject.id();
        this.title = Texts.required("title", title, TITLE_MAX);
        this.drafterUsername = Objects.requireNonNull(drafterUsername, "drafter");
        this.drafterName = Objects.requireNonNull(drafterName, "drafter name");
    }

    /** Changes the title while the drafter may still change the content. */
    public void retitle(String newTitle) {
        requireStatus(status.isEditable(), "approval.notEditable");
        this.title = Texts.required("title", newTitle, TITLE_MAX);
    }

    /**
     * The step of the current round that {@code caller} acts on now, in the capacity the rules give: their own
     * step (a decision below the head of the agency is 전결), or the step of someone they stand in for (대결).
     * Refused with who acted when the step was already processed, so the loser of a race learns who won.
     */
    public StepAction actionFor(String caller, Set<String> standingInFor) {
        if (drafterUsername.equals(caller)) {
            throw new ForbiddenException("approval.ownDocument", caller + " drafted document " + id);
        }
        List<ApprovalStep> mine = currentRound().stream()
                .filter(s -> s.getAssigneeUsername().equals(caller)).toList();
        List<ApprovalStep> deputised = currentRound().stream()
                .filter(s -> standingInFor.contains(s.getAssigneeUsername())).toList();
        boolean signedAlready = currentRound().stream()
                .anyMatch(s -> s.getSignature() != null && s.getSignature().getSignerUsername().equals(caller));
        for (List<ApprovalStep> candidates : List.of(mine, deputised)) {
            for (ApprovalStep step : candidates) {
                if (step.getState() == StepState.PENDING && status == DocumentStatus.IN_PROGRESS) {
                    if (signedAlready) {
                        throw new ForbiddenException("approval.oneStepPerPerson",
                                caller + " signed a step of document " + id + " in this round already");
                    }
                    Capacity capacity = candidates == mine ? step.ownCapacity() : Capacity.STAND_IN;
                    return new StepAction(step, capacity);
                }
            }
        }
        if (mine.isEmpty() && deputised.isEmpty()) {
            throw new ForbiddenException("approval.notOnLine", caller + " is not on the line of document " + id);
        }
        throw nothingToActOn(caller, mine, deputised);
    }

    /**
     * Why {@code caller}, who has no open step, cannot act: the step they were after is, in this order, the
     * furthest step of someone they stand in for today, or their own, that somebody else processed (the loser
     * of a race learns who won, never their own name from an earlier step of theirs); else, their own steps
     * being done, the step the document waits on is someone else's (and whose); else the document was closed
     * by someone (who), or by their own last signature; else their step has not opened yet.
     */
    private RuntimeException nothingToActOn(String caller, List<ApprovalStep> mine, List<ApprovalStep> deputised) {
        for (List<ApprovalStep> candidates : List.of(deputised, mine)) {
            Optional<ApprovalStep> byOther = furthest(candidates.stream().filter(s -> s.getSignature() != null
                    && !s.getSignature().getSignerUsername().equals(caller)));
            if (byOther.isPresent()) {
                return new IllegalTransitionException("approval.alreadyProcessed", "step " + byOther.get().getSeq()
                        + " is processed", byOther.get().getSignature().getSignerName());
            }
        }
        boolean signedByMe = java.util.stream.Stream.concat(mine.stream(), deputised.stream())
                .anyMatch(s -> s.getSignature() != null);
        if (signedByMe) {
            List<ApprovalStep> open = pendingSteps();
            if (status == DocumentStatus.IN_PROGRESS && !open.isEmpty()) {
                String whose = String.join(", ", open.stream().map(ApprovalStep::getAssigneeName).toList());
                return new ForbiddenException("approval.notYourStep", caller + " has no open step; step "
                        + open.get(0).getSeq() + " is " + open.get(0).getAssigneeUsername() + "'s", whose);
            }
            Optional<ApprovalStep> last = furthest(currentRound().stream().filter(s -> s.getSignature() != null));
            if (last.isPresent() && !last.get().getSignature().getSignerUsername().equals(caller)) {
                return new IllegalTransitionException("approval.alreadyProcessed", "document is " + status
                        + " since step " + last.get().getSeq(), last.get().getSignature().getSignerName());
            }
            return new IllegalTransitionException("approval.alreadySignedByYou", "signed by the caller");
        }
        if (status != DocumentStatus.IN_PROGRESS) {
            return new IllegalTransitionException("approval.notInProgress", "document is " + status, status.name());
        }
        ApprovalStep first = mine.isEmpty() ? deputised.get(0) : mine.get(0);
        return new IllegalTransitionException("approval.notYourTurn", "not open yet", first.getAssigneeName());
    }

    private static Optional<ApprovalStep> furthest(java.util.stream.Stream<ApprovalStep> steps) {
        return steps.max(java.util.Comparator.comparingInt(ApprovalStep::getSeq));
    }

    /** A step and the capacity in which the caller signs it. */
    public record StepAction(ApprovalStep step, Capacity capacity) {
    }

    /**
     * 상신: starts a new round on {@code line} (after drafting, a return or a withdrawal), or, when
     * {@code line} is null, on the line of the previous round (a resubmission after a return). A line is
     * reviews, then consents, then exactly one decision, at most {@value #MAX_STEPS} steps, nobody twice, and
     * not the drafter.
     */
    public void submit(List<StepPlan> line, Instant now) {
        requireStatus(status.isEditable(), "approval.notSubmittable");
        List<StepPlan> plan = line != null ? List.copyOf(line) : currentRound().stream()
                .map(ApprovalStep::plan).toList();
        checkLine(plan);
        round++;
        int seq = 1;
        for (StepPlan step : plan) {
            steps.add(new ApprovalStep(this, round, seq++, step));
        }
        status = DocumentStatus.IN_PROGRESS;
        submittedAt = now;
        openNextStage();
    }

    private void checkLine(List<StepPlan> line) {
        if (line.isEmpty() || line.get(line.size() - 1).kind() != StepKind.DECISION) {
            throw new InvalidInputException("line", "approval.lineNeedsDecision", "the line must end in a decision");
        }
        if (line.size() > MAX_STEPS) {
            throw new InvalidInputException("line", "approval.lineTooLong", "too many steps", MAX_STEPS);
        }
        StepKind previous = StepKind.REVIEW;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            StepPlan step = line.get(i);
            if (step.kind().ordinal() < previous.ordinal() || step.kind() == StepKind.DECISION && i < line.size() - 1) {
                throw new InvalidInputException("line", "approval.lineOrder",
                        "reviews, then consents, then one decision");
            }
            if (step.skipped() && step.kind() != StepKind.REVIEW) {
                throw new InvalidInputException("line", "approval.onlyReviewSkipped", "only a review may be skipped");
            }
            if (step.assigneeUsername().equals(drafterUsername) || seen.contains(step.assigneeUsername())) {
                throw new InvalidInputException("line", "approval.lineDuplicate",
                        "nobody twice, not the drafter: " + step.assigneeUsername(), step.assigneeName());
            }
            seen.add(step.assigneeUsername());
            previous = step.kind();
        }
    }

    /**
     * Signs the pending step {@code seq} of the current round. The service has decided that {@code signerUsername} may sign it in
     * {@code capacity}; a decision makes the document official.
     */
    public ApprovalStep approve(int seq, String signerUsername, String signerName, Capacity capacity,
            String comment, Instant now) {
        ApprovalStep step = pendingStep(seq);
        step.sign(new Signature(signerUsername, signerName, now, capacity, comment), StepState.APPROVED);
        if (step.getKind() == StepKind.DECISION) {
            status = DocumentStatus.APPROVED;
            decidedAt = now;
        } else {
            openNextStage();
        }
        return step;
    }

    /** 반려: a pending step sends the document back to the drafter, with a reason; the round ends. */
    public ApprovalStep returnToDrafter(int seq, String signerUsername, String signerName, Capacity capacity,
            String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "approval.reasonRequired", "a return needs a reason");
        }
        ApprovalStep step = pendingStep(seq);
        step.sign(new Signature(signerUsername, signerName, now, capacity, reason), StepState.RETURNED);
        currentRound().forEach(ApprovalStep::cancel);
        status = DocumentStatus.RETURNED;
        return step;
    }

    /**
     * Gives the document its registration number (문서번호), once: {@code department}-{@code running}, the
     * running number of the drafter's department in {@code year} (관광정책과-12). A document keeps its number
     * through returns, withdrawals and resubmissions.
     */
    public void register(String department, int year, long running) {
        if (number != null) {
            throw new IllegalTransitionException("approval.alreadyRegistered", "document " + id + " is " + number,
                    number);
        }
        if (department == null || department.isBlank() || running < 1) {
            throw new IllegalArgumentException("a registration number needs a department and a running number");
        }
        String dept = department.strip();
        this.drafterUnit = dept.length() <= ApprovalStep.UNIT_MAX ? dept : dept.substring(0, ApprovalStep.UNIT_MAX);
        this.number = numberOf(drafterUnit, running);
        this.numberYear = year;
    }

    /** The registration number's form: 관광정책과-12. */
    public static String numberOf(String department, long running) {
        return department + "-" + running;
    }

    /** Whether the document has its registration number (it has been submitted at least once). */
    public boolean isRegistered() {
        return number != null;
    }

    /** 회수: the drafter takes the document back while nobody on the line has acted yet. */
    public void withdraw(String byUsername) {
        if (!drafterUsername.equals(byUsername)) {
            throw new IllegalTransitionException("approval.onlyDrafterWithdraws", "only the drafter withdraws");
        }
        requireStatus(status == DocumentStatus.IN_PROGRESS, "approval.notInProgress");
        if (currentRound().stream().anyMatch(s -> s.getSignature() != null)) {
            throw new IllegalTransitionException("approval.alreadyActedOn", "someone acted already");
        }
        currentRound().forEach(ApprovalStep::cancel);
        status = DocumentStatus.DRAFT;
    }

    /** Opens the next stage of the current round: the next review, else all consents, else the decision. */
    private void openNextStage() {
        List<ApprovalStep> round = currentRound();
        if (round.stream().anyMatch(s -> s.getState() == StepState.PENDING)) {
            return;
        }
        for (StepKind kind : StepKind.values()) {
            List<ApprovalStep> waiting = round.stream()
                    .filter(s -> s.getKind() == kind && s.getState() == StepState.WAITING).toList();
            if (waiting.isEmpty()) {
                continue;
            }
            if (kind == StepKind.REVIEW) {
                waiting.get(0).open();
            } else {
                waiting.forEach(ApprovalStep::open);
            }
            return;
        }
    }

    private ApprovalStep pendingStep(int seq) {
        requireStatus(status == DocumentStatus.IN_PROGRESS, "approval.notInProgress");
        ApprovalStep step = currentRound().stream().filter(s -> s.getSeq() == seq).findFirst()
                .orElseThrow(() -> new IllegalTransitionException("approval.noSuchStep", "no step " + seq));
        if (step.getState() == StepState.WAITING) {
            throw new IllegalTransitionException("approval.notYourTurn", "step " + seq + " is not open yet",
                    step.getAssigneeName());
        }
        if (step.getState() != StepState.PENDING && step.getSignature() == null) {
            throw new IllegalTransitionException("approval.stepNotPending", "step " + seq + " is " + step.getState(),
                    step.getAssigneeName(), step.getState().name());
        }
        if (step.getState() != StepState.PENDING) {
            throw new IllegalTransitionException("approval.alreadyProcessed",
                    "step " + step.getSeq() + " is " + step.getState(), step.getSignature().getSignerName());
        }
        return step;
    }

    private void requireStatus(boolean allowed, String key) {
        if (!allowed) {
            throw new IllegalTransitionException(key, "not allowed while " + status, status.name());
        }
    }

    /** The steps of the current round, in line order. */
    public List<ApprovalStep> currentRound() {
        return steps.stream().filter(s -> s.getRound() == round).toList();
    }

    /** The steps waiting for someone now. */
    public List<ApprovalStep> pendingSteps() {
        return currentRound().stream().filter(s -> s.getState() == StepState.PENDING).toList();
    }

    public Long getId() {
        return id;
    }

    public DocumentType getType() {
        return type;
    }

    /** What the document approves; its handler knows what that means. */
    public Subject getSubject() {
        return new Subject(type, subjectId);
    }

    public String getTitle() {
        return title;
    }

    public String getDrafterUsername() {
        return drafterUsername;
    }

    public String getDrafterName() {
        return drafterName;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public int getRound() {
        return round;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNumber() {
        return number;
    }

    public Integer getNumberYear() {
        return numberYear;
    }

    public String getDrafterUnit() {
        return drafterUnit;
    }

    public List<ApprovalStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public long getVersion() {
        return version;
    }
}
