package kr.corepolicy.domain.approval;

/** One step of a proposed approval line: its kind and who is on it (user name, name and position as shown). */
public record StepPlan(StepKind kind, String assigneeUsername, String assigneeName, String assigneePosition) {
}
