package kr.corepolicy.domain.account;

import java.util.Locale;

/** The languages the user interface speaks; Korean is the default. */
public enum Language {
    KO(Locale.KOREAN),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a locale or tag, Korean when the product does not speak it. */
    public static Language of(String tagOrLanguage) {
        if (tagOrLanguage != null && tagOrLanguage.toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return KO;
    }
}
