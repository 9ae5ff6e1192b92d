package kr.corepolicy.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The application's context path for the pages' plain links, as the EL function {@code #{cp:contextPath()}}
 * ({@code WEB-INF/corepolicy.taglib.xml}). Faces 4 resolves the implicit object {@code #{request}} through CDI, and
 * Weld registers the identity of that bean in a map on every lookup, under a lock shared by every request thread:
 * with a link or two per row that lock, not the rendering, limited the dashboards under load (docs/performance.md).
 */
public final class Paths {

    private Paths() {
    }

    /** The context path of the request being rendered ("" when the application is at the root). */
    public static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /**
     * The address of the page being shown, inside the application and with its query string
     * ({@code /tasks/card.xhtml?id=3}), as {@code #{cp:currentAddress()}}: where the header's language switch comes
     * back to. On an error page, the address that failed (its query string is not known then).
     */
    public static String currentAddress() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String failedUri ? failedUri : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return failed != null || request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
