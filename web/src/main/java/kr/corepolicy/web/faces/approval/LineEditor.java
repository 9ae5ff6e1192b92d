package kr.corepolicy.web.faces.approval;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.service.approval.ApprovalService;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;
import kr.corepolicy.web.faces.Feedback;

/**
 * The approval line as the drafter edits it before 상신, for any document type: the page's bean holds one
 * ({@code @Inject LineEditor line}), shows the proposed line with {@link #show}, and sends {@link #steps()}; the page
 * includes {@code WEB-INF/includes/approval-line.xhtml}. The rules of a valid line are the service's; here people
 * are only added (as a review, a consent, or the decider replacing the last) and removed.
 */
@Dependent
public class LineEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    private final List<LineStep> line = new ArrayList<>();
    private String messagesId;
    private String newPerson;
    private StepKind newKind = StepKind.CONSENT;

    /**
     * Shows {@code steps}; refusals of a person chosen are shown at {@code messagesId} (the client id of the line's
     * message).
     */
    public void show(List<LineStep> steps, String messagesId) {
        this.messagesId = messagesId;
        line.clear();
        line.addAll(steps);
    }

    /** The line as edited, to send with the document. */
    public List<LineStep> steps() {
        return List.copyOf(line);
    }

    public List<String> completePeople(String query) {
        return PersonChoice.suggestions(approvals.candidates(query, 10),
                position -> position == null ? "" : Feedback.text("position." + position));
    }

    /** Adds the chosen person to the line as a review or a consent (or as the decider, replacing the last). */
    public void addStep() {
        String username = PersonChoice.username(newPerson);
        if (username == null || username.isBlank()) {
            return;
        }
        List<LineStep> found = approvals.candidates(username, 50).stream()
                .filter(p -> p.username().equals(username)).toList();
        if (found.isEmpty()) {
            Feedback.error(messagesId, "approval.unknownApprover", username);
            return;
        }
        LineStep person = found.get(0);
        line.removeIf(s -> s.username().equals(person.username()));
        LineStep step = new LineStep(newKind, person.username(), person.name(), person.position(), person.unitName());
        if (newKind == StepKind.DECISION) {
            line.removeIf(s -> s.kind() == StepKind.DECISION);
            line.add(step);
        } else {
            int at = 0;
            while (at < line.size() && line.get(at).kind().ordinal() <= newKind.ordinal()) {
                at++;
            }
            line.add(at, step);
        }
        newPerson = null;
    }

    public void removeStep(int index) {
        if (index >= 0 && index < line.size()) {
            line.remove(index);
        }
    }

    public List<LineStep> getLine() {
        return line;
    }

    public String getNewPerson() {
        return newPerson;
    }

    public void setNewPerson(String newPerson) {
        this.newPerson = newPerson;
    }

    public StepKind getNewKind() {
        return newKind;
    }

    public void setNewKind(StepKind newKind) {
        this.newKind = newKind;
    }
}
