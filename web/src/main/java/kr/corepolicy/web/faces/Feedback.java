package kr.corepolicy.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.web.i18n.Messages;

/** Messages for the person at the screen, in their language, from bundle keys and business exceptions. */
public final class Feedback {

    private Feedback() {
    }

    public static void error(String clientId, BusinessException e) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getArguments()));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** A message that survives a redirect (flash scope). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Language language = Language.of(context.getViewRoot() == null ? null
                : context.getViewRoot().getLocale().getLanguage());
        return Messages.get(language, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
