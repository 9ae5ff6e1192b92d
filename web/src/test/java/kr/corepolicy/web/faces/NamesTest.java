package kr.corepolicy.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import kr.corepolicy.domain.account.Language;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aKoreanPageShowsTheKoreanName() {
        assertEquals("관광정책과", Names.name(Language.KO, "관광정책과", "Tourism Policy Division"));
    }

    @Test
    void anEnglishPageShowsTheEnglishName() {
        assertEquals("Tourism Policy Division", Names.name(Language.EN, "관광정책과", "Tourism Policy Division"));
    }

    @Test
    void anEnglishPageShowsTheKoreanNameWhenThereIsNoEnglishOne() {
        assertEquals("관광정책과", Names.name(Language.EN, "관광정책과", null));
        assertEquals("관광정책과", Names.name(Language.EN, "관광정책과", " "));
    }

    @Test
    void aKoreanNameOnAnEnglishPageIsMarkedKorean() {
        assertEquals("ko", Names.lang(Language.EN, "관광정책과", null));
        assertEquals("ko", Names.lang(Language.EN, "김민지", " "));
    }

    @Test
    void nothingIsMarkedWhenTheNameIsInThePagesLanguage() {
        assertNull(Names.lang(Language.EN, "관광정책과", "Tourism Policy Division"));
        assertNull(Names.lang(Language.KO, "관광정책과", "Tourism Policy Division"));
        assertNull(Names.lang(Language.KO, "김민지", null));
        assertNull(Names.lang(Language.EN, null, null));
    }
}
