package kr.corepolicy.service.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.notification.NotificationKind;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void everyKindHasAMailInBothLanguages() throws IOException {
        Properties ko = load("mail.properties");
        Properties en = load("mail_en.properties");
        assertEquals(ko.keySet(), en.keySet(), "the same keys in Korean and English");
        for (NotificationKind kind : NotificationKind.values()) {
            assertTrue(ko.containsKey("mail.subject." + kind) && ko.containsKey("mail.body." + kind), kind.name());
        }
    }

    @Test
    void aReturnTellsTheReasonAndTheLink() {
        MailText text = MailText.of(Language.KO, NotificationKind.RETURNED, "2026년 4분기 추진실적 보고 (1-2 봉황대)",
                "예산 수치를 확인해 주십시오", "http://intranet/approvals/document.xhtml?id=7");
        assertEquals("[핵심정책] 반려: 2026년 4분기 추진실적 보고 (1-2 봉황대)", text.subject());
        assertTrue(text.body().contains("반려 사유: 예산 수치를 확인해 주십시오"), text.body());
        assertTrue(text.body().contains("http://intranet/approvals/document.xhtml?id=7"), text.body());
        assertTrue(MailText.of(Language.EN, NotificationKind.ARRIVED, "Report", "Kim", "x").subject()
                .startsWith("[CorePolicy] Awaiting your approval"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MailText.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
