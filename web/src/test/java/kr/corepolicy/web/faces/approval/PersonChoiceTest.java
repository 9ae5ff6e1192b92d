package kr.corepolicy.web.faces.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;
import org.junit.jupiter.api.Test;

class PersonChoiceTest {

    @Test
    void aSuggestionShowsWhoAndGivesTheUserNameBack() {
        List<String> shown = PersonChoice.suggestions(
                List.of(new LineStep(null, "teamlead", "이정훈", Position.TEAM_LEADER, "관광기획팀")),
                position -> "팀장");
        assertEquals("이정훈 · 팀장 · 관광기획팀 [teamlead]", shown.get(0));
        assertEquals("teamlead", PersonChoice.username(shown.get(0)));
        assertEquals("head", PersonChoice.username(" head "), "a bare user name is taken as it is");
        assertNull(PersonChoice.username(null));
    }
}
