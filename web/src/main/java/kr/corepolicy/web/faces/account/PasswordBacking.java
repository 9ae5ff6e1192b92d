package kr.corepolicy.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kr.corepolicy.domain.account.PasswordPolicy;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.web.faces.Feedback;
import kr.corepolicy.web.security.ClientAddress;

/** The signed-in user's own password change ({@code /account/password.xhtml}): current, new, new again. */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {

    private static final String FORM = "passwordForm:";

    @Inject
    private AccountService accounts;

    private String current;
    private String next;
    private String confirmation;

    /** Changes the password; the service decides, the page only checks that the new one was typed twice alike. */
    public void change() throws IOException {
        if (next == null || !next.equals(confirmation)) {
            Feedback.error(FORM + "confirmation", "password.confirmationDiffers");
            return;
        }
        try {
            Feedback.attempt(field -> field == null ? null : FORM + field, () -> {
                accounts.changeOwnPassword(current, next, ClientAddress.of(
                        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
                Feedback.info("password.changed");
            });
        } finally {
            current = null;
            next = null;
            confirmation = null;
        }
    }

    public int getMaxLength() {
        return PasswordPolicy.MAX_LENGTH;
    }

    public int getMinLengthTwoClasses() {
        return PasswordPolicy.MIN_LENGTH_TWO_CLASSES;
    }

    public int getMinLengthThreeClasses() {
        return PasswordPolicy.MIN_LENGTH_THREE_CLASSES;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
