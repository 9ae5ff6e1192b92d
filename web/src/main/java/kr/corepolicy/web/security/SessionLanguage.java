package kr.corepolicy.web.security;

/** The session attribute that holds the interface {@link kr.corepolicy.domain.account.Language}. */
public final class SessionLanguage {

    public static final String ATTRIBUTE = "kr.corepolicy.language";

    private SessionLanguage() {
    }
}
