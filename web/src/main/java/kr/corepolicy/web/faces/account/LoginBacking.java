package kr.corepolicy.web.faces.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.corepolicy.service.demo.DemoData;
import kr.corepolicy.service.platform.CorePolicyConfigSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sign-in page: the reason of a failed attempt, the page to return to, the demo users in demo mode. */
@Named("login")
@RequestScoped
public class LoginBacking {

    private static final Set<String> REASONS = Set.of("invalid_credentials", "locked", "inactive", "throttled");


    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DEMO, defaultValue = "false")
    private boolean demo;

    private String error;
    private String next;
    private boolean signedOut;

    /** A signed-in user who opens the sign-in page goes home. */
    public void redirectIfSignedIn() throws IOException {
        if (external().getUserPrincipal() != null) {
            external().redirect(external().getRequestContextPath() + "/");
        }
    }

    /** The bundle key of the failure reason, or null. Only known reasons are shown. */
    public String getErrorKey() {
        String reason = error == null ? null : error.toLowerCase(Locale.ROOT);
        return reason != null && REASONS.contains(reason) ? "login.error." + reason : null;
    }

    public List<DemoData.DemoUser> getDemoUsers() {
        return demo ? DemoData.USERS : List.of();
    }

    public String getDemoPassword() {
        return DemoData.PASSWORD;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
