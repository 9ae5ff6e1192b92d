package kr.corepolicy.web.i18n;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import kr.corepolicy.domain.account.Language;
import kr.corepolicy.service.demo.DemoData;
import org.junit.jupiter.api.Test;

class DemoUsersLabelledTest {

    @Test
    void everyDemoUserHasAKoreanAndEnglishLabelOnTheSignInPage() {
        for (DemoData.DemoUser user : DemoData.USERS) {
            String key = "demo.user." + user.username();
            assertNotEquals(key, Messages.get(Language.KO, key), user.username());
            assertNotEquals(key, Messages.get(Language.EN, key), user.username());
        }
    }
}
