package kr.corepolicy.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkTargetTest {

    @Test
    void aTargetIsStoredAsItsCodeAndReadBack() {
        LinkTarget target = LinkTarget.of(LinkTarget.Kind.APPROVAL_DOCUMENT, 12);
        assertEquals("APPROVAL_DOCUMENT:12", target.code());
        assertEquals("/go/APPROVAL_DOCUMENT/12", target.route());
        assertEquals(Optional.of(target), LinkTarget.parse(target.code()));
        Notification n = new Notification("officer", NotificationKind.ARRIVED, "보고", null, target,
                Instant.parse("2026-11-29T00:00:00Z"), null);
        assertEquals(Optional.of(target), n.getTarget());
    }

    @Test
    void whatIsNotACodeIsNoTarget() {
        for (String stored : new String[] {null, "", "/approvals/document.xhtml?id=3", "NOPE:1", "REPORT:x",
            "REPORT"}) {
            assertTrue(LinkTarget.parse(stored).isEmpty(), stored);
        }
    }
}
