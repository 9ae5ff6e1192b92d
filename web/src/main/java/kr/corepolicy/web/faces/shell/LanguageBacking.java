package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.web.security.SessionLanguage;

/**
 * The interface language: Korean by default, English on request; remembered on the account. It keeps nothing of its
 * own (the choice is in the session), so one instance serves every request: every page reads it, and a request-scoped
 * bean would create its reference to {@link AccountService} on each of them (Payara loads the bean class under the
 * class loader's lock for each such reference, which serialised the request threads under load; docs/performance.md).
 */
@Named("language")
@ApplicationScoped
public class LanguageBacking {

    @Inject
    private AccountService accounts;

    public Language getCurrent() {
        Object chosen = external().getSessionMap().get(SessionLanguage.ATTRIBUTE);
        return chosen instanceof Language language ? language : Language.KO;
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    public boolean isEnglish() {
        return getCurrent() == Language.EN;
    }

    /**
     * Switches the language of this session and, when signed in, saves it as the user's preference: the sign-in page's
     * switch. The header's is {@link ShellServlet}, which does the same for every other page.
     */
    public String switchTo(String tag) {
        Language language = Language.of(tag);
        external().getSessionMap().put(SessionLanguage.ATTRIBUTE, language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        if (external().getUserPrincipal() != null) {
            accounts.choosePreferredLanguage(language);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
