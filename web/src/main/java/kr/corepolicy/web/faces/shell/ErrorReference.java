package kr.corepolicy.web.faces.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page shows a short reference instead of a stack trace; the log has the same reference with
 * the whole exception, so that the IT department can find it.
 */
@Named("errorReference")
@RequestScoped
public class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());


    private String reference;

    @PostConstruct
    void logFailure() {
        reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Object failure = external().getRequestMap().get("jakarta.servlet.error.exception");
        Object uri = external().getRequestMap().get("jakarta.servlet.error.request_uri");
        if (failure instanceof Throwable t) {
            LOG.log(Level.SEVERE, "error reference " + reference + " on " + uri, t);
        } else {
            LOG.severe(() -> "error reference " + reference + " on " + uri);
        }
    }

    public String getReference() {
        return reference;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
