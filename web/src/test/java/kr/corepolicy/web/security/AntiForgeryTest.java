package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntiForgeryTest {

    private static final List<String> OWN = List.of("https://corepolicy.city.go.kr", "http://localhost:8080");

    @Test
    void aStateChangingRequestFromAnotherSiteIsAForgery() {
        assertTrue(AntiForgery.isForged("POST", "cross-site", "https://evil.example", OWN));
        assertTrue(AntiForgery.isForged("PUT", "cross-site", null, OWN), "fetch metadata alone is enough");
        assertTrue(AntiForgery.isForged("DELETE", "same-site", null, OWN), "a sibling subdomain is not us");
        assertTrue(AntiForgery.isForged("POST", null, "https://evil.example", OWN), "older browsers: Origin");
        assertTrue(AntiForgery.isForged("POST", null, "null", OWN), "an opaque origin (sandboxed frame)");
        assertTrue(AntiForgery.isForged("POST", "same-origin", "http://corepolicy.city.go.kr", OWN),
                "another scheme is another origin");
    }

    @Test
    void scriptsAndOurOwnPagesAreNotForgeries() {
        assertFalse(AntiForgery.isForged("POST", null, null, OWN), "a script sends neither header");
        assertFalse(AntiForgery.isForged("POST", "same-origin", "https://corepolicy.city.go.kr", OWN));
        assertFalse(AntiForgery.isForged("POST", "same-origin", "https://CorePolicy.city.go.kr:443", OWN));
        assertFalse(AntiForgery.isForged("POST", "same-origin", "http://localhost:8080", OWN));
        assertFalse(AntiForgery.isForged("POST", "none", null, OWN), "typed by the user");
    }

    @Test
    void readsAreNeverForgeries() {
        for (String method : List.of("GET", "HEAD", "OPTIONS")) {
            assertFalse(AntiForgery.isForged(method, "cross-site", "https://evil.example", OWN), method);
        }
    }

    @Test
    void browsersAreRecognisedByWhatOnlyBrowsersSend() {
        assertTrue(AntiForgery.isBrowser("navigate", null, null, null));
        assertTrue(AntiForgery.isBrowser(null, "cross-site", null, null));
        assertTrue(AntiForgery.isBrowser(null, null, "https://evil.example", null));
        assertTrue(AntiForgery.isBrowser(null, null, null, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
        assertFalse(AntiForgery.isBrowser(null, null, null, null), "Java's HttpClient, curl");
        assertFalse(AntiForgery.isBrowser(null, null, null, "application/json"));
    }

    @Test
    void theOwnOriginFollowsTheReverseProxy() {
        assertEquals("http://10.0.0.5:8080", AntiForgery.requestOrigin("http", "10.0.0.5:8080", null, null));
        assertEquals("https://corepolicy.city.go.kr",
                AntiForgery.requestOrigin("http", "10.0.0.5:8080", "https", "corepolicy.city.go.kr"));
        assertEquals("https://a.example", AntiForgery.requestOrigin("http", "a.example", "https, http", null));
        assertNull(AntiForgery.requestOrigin("http", null, null, null));
        assertNull(AntiForgery.normalize("not an origin"));
    }
}
