package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.service.account.CurrentUser;
import kr.corepolicy.service.inbox.InboxCounts;
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

    @Test
    void theCountsAreShownForFifteenSecondsUntilTheSessionChangesSomething() {
        SignedInUser session = new SignedInUser();
        InboxCounts counts = new InboxCounts(3, 1, 7);
        assertNull(session.freshCounts(READ), "nothing counted yet");
        session.rememberCounts(counts, READ);
        assertEquals(counts, session.freshCounts(READ.plusSeconds(14)));
        assertNull(session.freshCounts(READ.plus(SignedInUser.COUNTS_LIFETIME)), "counted again after 15 s");
        assertNull(session.freshCounts(READ.minusSeconds(1)), "a clock set back does not keep them longer");

        session.rememberCounts(counts, READ);
        session.forgetCounts();
        assertNull(session.freshCounts(READ.plusSeconds(1)), "the session posted something: counted afresh");
    }

    @Test
    void onlyAStateChangingRequestForgetsTheCounts() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            assertTrue(OwnWritesFilter.changesState(method), method);
        }
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertFalse(OwnWritesFilter.changesState(method), method);
        }
    }
}
