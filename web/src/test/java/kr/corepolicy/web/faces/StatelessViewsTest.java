package kr.corepolicy.web.faces;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatelessViewsTest {

    private final StatelessViews views = new StatelessViews(null);

    @Test
    void aPageIsNotKnownStatelessBeforeItHasBeenBuilt() {
        assertFalse(views.isKnownStateless("/login.xhtml"));
        assertFalse(views.isKnownStateless(null));
    }

    @Test
    void aPageBuiltStatelessIsKnownStateless() {
        views.remember("/login.xhtml", true);
        views.remember("/login.xhtml", true);
        assertTrue(views.isKnownStateless("/login.xhtml"));
        assertFalse(views.isKnownStateless("/tasks/index.xhtml"), "only that page");
    }

    @Test
    void aPageOnceBuiltWithStateNeverLosesIt() {
        views.remember("/tasks/index.xhtml", false);
        views.remember("/tasks/index.xhtml", true);
        assertFalse(views.isKnownStateless("/tasks/index.xhtml"));
        views.remember("/index.xhtml", true);
        views.remember("/index.xhtml", false);
        assertFalse(views.isKnownStateless("/index.xhtml"));
    }
}
