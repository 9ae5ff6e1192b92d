package kr.corepolicy.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.domain.shared.FieldsRefusedException;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.web.i18n.Messages;

/**
 * Messages for the person at the screen, in their language, from bundle keys and business exceptions.
 *
 * <p>A page action that calls a service runs through {@link #attempt}: a refusal of the service (any
 * {@link BusinessException}) becomes a message instead of an error page. The page's {@link Fields} places it: a
 * refused field ({@link InvalidInputException#getField()}) next to its input, any other refusal where the page shows
 * general messages (the top of the page unless the page says otherwise, e.g. a dialog's messages). This is the one
 * place where business exceptions meet the page.
 */
public final class Feedback {

    /** A page action: calls a service, may redirect. */
    @FunctionalInterface
    public interface Action {
        void run() throws IOException;
    }

    /**
     * Where a page shows a refusal: for a field, the client id of its input or message; for {@code null} (a refusal
     * of no particular field), the client id of the page's general messages. Null means the top of the page.
     */
    @FunctionalInterface
    public interface Fields {
        String clientIdOf(String field);
    }

    /** No field of the page is named: every refusal stands at the top. */
    public static final Fields TOP = field -> null;

    private Feedback() {
    }

    /** Runs {@code action}; a refusal stands at the top of the page. True when it was not refused. */
    public static boolean attempt(Action action) throws IOException {
        return attempt(TOP, null, action);
    }

    /** Runs {@code action}; a refused field stands next to its input, other refusals where {@code fields} says. */
    public static boolean attempt(Fields fields, Action action) throws IOException {
        return attempt(fields, null, action);
    }

    /**
     * Runs {@code action}; a refused field stands next to its input and, when {@code summaryKey} is given, that
     * message (for instance "not saved") with the general messages as well; other refusals with the general
     * messages.
     *
     * @return true when the action ran without a business refusal
     */
    public static boolean attempt(Fields fields, String summaryKey, Action action) throws IOException {
        try {
            action.run();
            return true;
        } catch (FieldsRefusedException e) {
            // Several fields at once: each reason at its field, the count ("4개 항목을 확인하십시오") at the top.
            e.getRefusals().forEach(refusal -> error(fields.clientIdOf(refusal.getField()), refusal));
            error(fields.clientIdOf(null), e);
            if (summaryKey != null) {
                error(fields.clientIdOf(null), summaryKey);
            }
        } catch (InvalidInputException e) {
            error(fields.clientIdOf(e.getField()), e);
            if (summaryKey != null) {
                error(fields.clientIdOf(null), summaryKey);
            }
        } catch (BusinessException e) {
            error(fields.clientIdOf(null), e);
        }
        return false;
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
        return Messages.get(language(), key, arguments);
    }

    /** The language of the page being rendered (its view's locale), Korean when there is none yet. */
    static Language language() {
        FacesContext context = FacesContext.getCurrentInstance();
        return Language.of(context == null || context.getViewRoot() == null ? null
                : context.getViewRoot().getLocale().getLanguage());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
