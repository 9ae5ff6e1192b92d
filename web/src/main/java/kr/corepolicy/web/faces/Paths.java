package kr.corepolicy.web.faces;

import jakarta.faces.context.FacesContext;

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
}
