package kr.corepolicy.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks the view of a stateless page ({@code <f:view transient="true">}, the layouts' {@code stateless} parameter)
 * transient as soon as its root is created, instead of only when the page is built during the render phase.
 *
 * <p>Why: PrimeFaces' CSP listener asks for the page's nonce before the render phase, that is before a GET's view is
 * built. While the root is not yet transient, PrimeFaces keeps the nonce in the view map, and Mojarra keeps view maps
 * in the HTTP session. So the sign-in page and the error pages created a session for every visitor without a cookie,
 * and every stateless page of a signed-in user (home, dashboards, task card) added a view map to the session, which
 * Payara writes after every request (docs/performance.md).
 *
 * <p>Whether a page is stateless is known once it has been built; this remembers it per view id. It is derived from
 * the pages, the same on every instance, so nothing here needs to be shared between instances. A page whose view was
 * ever built with state is remembered as stateful for good, so a page that keeps state never loses it.
 */
public class StatelessViews extends ViewHandlerWrapper {

    private final Map<String, Boolean> stateless = new ConcurrentHashMap<>();

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isKnownStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    @Override
    public void renderView(FacesContext context, UIViewRoot root) throws IOException {
        super.renderView(context, root);
        remember(root.getViewId(), root.isTransient());
    }

    /** Whether the page of this view id was built stateless every time it has been built here. */
    boolean isKnownStateless(String viewId) {
        return viewId != null && Boolean.TRUE.equals(stateless.get(viewId));
    }

    /** Remembers how the page of this view id was built; once stateful, always stateful. */
    void remember(String viewId, boolean builtTransient) {
        if (viewId != null) {
            stateless.merge(viewId, builtTransient, Boolean::logicalAnd);
        }
    }
}
