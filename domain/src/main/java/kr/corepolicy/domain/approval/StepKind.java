package kr.corepolicy.domain.approval;

/** The kinds of step on an approval line, in the order they must appear. */
public enum StepKind {
    /** 검토 — the drafter's superiors, one after another. */
    REVIEW,
    /** 협조 — other units whose work the document touches, all at once. */
    CONSENT,
    /** 결재 — the decision, exactly one, last. */
    DECISION
}
