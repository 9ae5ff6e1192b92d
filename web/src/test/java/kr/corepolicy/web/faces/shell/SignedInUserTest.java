package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.service.account.CurrentUser;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    private static final Instant READ = Instant.parse("2026-11-30T01:00:00Z");
    private static final CurrentUser OFFICER = new CurrentUser("officer", "김주무", Position.STAFF, "관광정책과",
            "Tourism Policy Division", Language.KO);

    @Test
    void aSnapshotIsShownForAMinuteThenReadAgain() {
        SignedInUser session = new SignedInUser();
        assertNull(session.fresh("officer", READ), "nothing read yet");
        session.remember(OFFICER, READ);
        assertSame(OFFICER, session.fresh("officer", READ.plusSeconds(59)));
        assertNull(session.fresh("officer", READ.plus(SignedInUser.LIFETIME)), "read again after a minute");
    }

    @Test
    void anotherUsersSnapshotIsNeverShown() {
        SignedInUser session = new SignedInUser();
        session.remember(OFFICER, READ);
        assertNull(session.fresh("planner", READ.plusSeconds(1)));
    }
}
