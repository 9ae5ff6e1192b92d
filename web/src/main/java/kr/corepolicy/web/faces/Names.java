package kr.corepolicy.web.faces;

import kr.corepolicy.domain.account.Language;

/**
 * The one choice between a Korean and an English name, as the EL function {@code #{cp:name(ko, en)}}
 * ({@code WEB-INF/corepolicy.taglib.xml}): the English name on an English page when there is one, else the
 * Korean name, which every strategy, task and unit has.
 */
public final class Names {

    private Names() {
    }

    /** The name for the page being rendered. */
    public static String name(String ko, String en) {
        return name(Feedback.language(), ko, en);
    }

    /** The name in {@code language}: English when asked for and given, otherwise Korean. */
    static String name(Language language, String ko, String en) {
        return language == Language.EN && en != null && !en.isBlank() ? en : ko;
    }
}
