package kr.corepolicy.domain.approval;

/**
 * One step of an approval line: its kind and who is on it (user name, name, position and unit as shown). A review
 * whose reviewer is away may be skipped (domain.md: 부재 시 검토 생략): {@code skipReason} then says why, and
 * the step is shown with that reason in its signature box instead of a signature.
 */
public record StepPlan(StepKind kind, String assigneeUsername, String assigneeName, String assigneePosition,
        String skipReason, String assigneeUnit) {

    public StepPlan(StepKind kind, String assigneeUsername, String assigneeName, String assigneePosition) {
        this(kind, assigneeUsername, assigneeName, assigneePosition, null, null);
    }

    public StepPlan(StepKind kind, String assigneeUsername, String assigneeName, String assigneePosition,
            String skipReason) {
        this(kind, assigneeUsername, assigneeName, assigneePosition, skipReason, null);
    }

    /** Whether this step is skipped rather than signed. */
    public boolean skipped() {
        return skipReason != null;
    }
}
