package kr.corepolicy.web.faces.approval;

import java.util.List;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;

/**
 * People in a text field: each suggestion reads "이정훈 · 팀장 · 관광기획팀 [teamlead]", and the user name is taken
 * back from the brackets, so the field needs no converter and shows who was chosen.
 */
public final class PersonChoice {

    private PersonChoice() {
    }

    public static List<String> suggestions(List<LineStep> people, java.util.function.Function<String, String> positionLabel) {
        return people.stream().map(p -> p.name() + " · " + positionLabel.apply(p.position() == null ? null
                : p.position().name()) + " · " + p.unitName() + " [" + p.username() + "]").toList();
    }

    /** The user name of a suggestion, or the text itself when it is a bare user name. */
    public static String username(String choice) {
        if (choice == null) {
            return null;
        }
        String text = choice.strip();
        int open = text.lastIndexOf('[');
        int close = text.lastIndexOf(']');
        return open >= 0 && close > open ? text.substring(open + 1, close).strip() : text;
    }
}
