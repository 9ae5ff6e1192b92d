package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.web.security.ClientAddress;

/**
 * The forbidden and expired pages: their HTTP status, the audit of a refused page, and the way back.
 *
 * <p>
 * They are reached in two ways: the container forwards to them (web.xml's error pages), or OmniFaces'
 * FullAjaxExceptionHandler renders them into an Ajax answer; both set the {@code jakarta.servlet.error.*} request
 * attributes. An Ajax answer must stay 200 for the browser to show it, so only full pages get the status.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPages {

    @Inject
    private AuditService audit;

    private boolean audited;

    /** The refused page answers 403; the refusal is audited here, the one place for pages. */
    public void forbidden() {
        status(HttpServletResponse.SC_FORBIDDEN);
        HttpServletRequest request = request();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null || audited) {
            return; // opened directly: nothing was refused
        }
        audited = true;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String reason = failure instanceof Throwable t ? t.getClass().getSimpleName() + ": " + t.getMessage()
                : "HTTP 403";
        String who = request.getRemoteUser();
        audit.recordIndependently(who == null ? "-" : who, AuditAction.ACCESS_DENIED, request.getMethod() + " " + uri,
                reason, ClientAddress.of(request));
    }

    /** A page that was open too long: 400, and a link that opens it again. */
    public void expired() {
        status(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * The page the user was on, inside this application: the referring page when it is the one that failed
     * (it has the query string the form post lacks), else the failed address, else the home page.
     */
    public String getReloadPath() {
        HttpServletRequest request = request();
        String context = request.getContextPath();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String failed = uri == null ? request.getRequestURI() : uri.toString();
        String path = failed.startsWith(context) ? failed.substring(context.length()) : failed;
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                if (from.getRawPath() != null && from.getRawPath().equals(context + path)) {
                    path = path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // an unreadable Referer: the failed address without its query is good enough
            }
        }
        return reloadTarget(path);
    }

    /** Only a page of this application, never the error pages themselves. */
    static String reloadTarget(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.startsWith("/error/") || path.contains("\r") || path.contains("\n")) {
            return "/";
        }
        return path;
    }

    private static void status(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(status);
        }
    }

    private static HttpServletRequest request() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpServletRequest) external.getRequest();
    }
}
