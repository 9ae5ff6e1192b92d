package kr.corepolicy.web.faces;

import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.cache.CacheFactory;

/**
 * The markup that {@code <cp:kept>} ({@code WEB-INF/tags/kept.xhtml}) keeps in the application's OmniFaces cache,
 * as the EL function {@code #{cp:kept(key)}}. {@code <o:cache>} alone renders kept markup instead of its children but
 * still builds those children into the view on every request; {@code <cp:kept>} asks this first, when the view is
 * built, and builds them only when nothing is kept. A key's answer is remembered for the rest of the request, so the
 * markup written is the markup that was found when the view was built, even if the cache lets it go in between.
 */
public final class KeptMarkup {

    private static final String MEMO = KeptMarkup.class.getName();

    private KeptMarkup() {
    }

    /** The markup kept under the key in application scope, or null when none is. */
    public static String kept(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        @SuppressWarnings("unchecked")
        Map<String, String> memo = (Map<String, String>) context.getAttributes()
                .computeIfAbsent(MEMO, k -> new HashMap<String, String>());
        return memo.computeIfAbsent(key, k -> CacheFactory.getCache(context, "application").get(k));
    }
}
