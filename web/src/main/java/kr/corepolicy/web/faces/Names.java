package kr.corepolicy.web.faces;

import kr.corepolicy.domain.account.Language;

/**
 * The one choice between a Korean and an English name, as the EL function {@code #{cp:name(ko, en)}}
 * ({@code WEB-INF/corepolicy.taglib.xml}): the English name on an English page when there is one, else the
 * Korean name, which every strategy, task and unit has.
 *
 * <p>On an English page a name shown in Korean (no English name, or a person's name) is Korean content in an English
 * page and must say so ({@code lang="ko"}, WCAG 3.1.2): the tag {@code <cp:name ko="…" en="…"/>} renders the name
 * in a {@code <span lang="ko">} exactly then, and {@code #{cp:nameLang(ko, en)}} gives the attribute's value for
 * places where the name sits in an element of the page's own.
 */
public final class Names {

    private Names() {
    }

    /** The name for the page being rendered. */
    public static String name(String ko, String en) {
        return name(Feedback.language(), ko, en);
    }

    /** {@code "ko"} when the name shown on this page is Korean in an English page; otherwise null (no mark). */
    public static String lang(String ko, String en) {
        return lang(Feedback.language(), ko, en);
    }

    static String lang(Language language, String ko, String en) {
        String shown = name(language, ko, en);
        return language == Language.EN && shown != null && !shown.isBlank() && shown.equals(ko) ? "ko" : null;
    }

    /** The name in {@code language}: English when asked for and given, otherwise Korean. */
    static String name(Language language, String ko, String en) {
        return language == Language.EN && en != null && !en.isBlank() ? en : ko;
    }
}
