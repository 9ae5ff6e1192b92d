package kr.corepolicy.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void koreanAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> korean = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        Set<String> onlyKorean = new TreeSet<>(korean);
        onlyKorean.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(korean);
        assertTrue(onlyKorean.isEmpty(), "missing in English: " + onlyKorean);
        assertTrue(onlyEnglish.isEmpty(), "missing in Korean: " + onlyEnglish);
    }

    @Test
    void koreanIsTheDefaultWhateverTheMachineLocale() {
        assertEquals("로그인", Messages.get(Language.KO, "login.title"));
        assertEquals("Sign in", Messages.get(Language.EN, "login.title"));
        assertEquals("최대 50자까지 입력할 수 있습니다.", Messages.get(Language.KO, "validation.tooLong", 50));
    }

    @Test
    void everyPositionAndRoleHasALabel() throws IOException {
        Set<String> korean = keys("messages.properties");
        for (Position p : Position.values()) {
            assertTrue(korean.contains("position." + p.name()), p.name());
        }
        for (Role r : Role.values()) {
            assertTrue(korean.contains("role." + r.name()), r.name());
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/kr/corepolicy/web/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
