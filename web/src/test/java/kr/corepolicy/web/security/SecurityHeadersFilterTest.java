package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void everyAnswerForbidsSniffingFramingAndForeignReferrers() {
        for (String path : new String[] { "/", "/tasks/index.xhtml", "/api/me", "/jakarta.faces.resource/x.js",
                "/error/forbidden.xhtml" }) {
            Map<String, String> headers = SecurityHeadersFilter.headersFor(path);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"), path);
            assertEquals("same-origin", headers.get("Referrer-Policy"), path);
            assertEquals("DENY", headers.get("X-Frame-Options"), path);
        }
    }

    @Test
    void pagesAndApiAnswersAreNeverStoredButStaticResourcesMayBe() {
        assertEquals("no-store", SecurityHeadersFilter.headersFor("/reports/edit.xhtml").get("Cache-Control"));
        assertEquals("no-store", SecurityHeadersFilter.headersFor("/api/reports/3").get("Cache-Control"));
        assertEquals("no-store", SecurityHeadersFilter.headersFor("/").get("Cache-Control"));
        assertNull(SecurityHeadersFilter.headersFor("/jakarta.faces.resource/theme.css").get("Cache-Control"));
        assertNull(SecurityHeadersFilter.headersFor("/resources/corepolicy/css/corepolicy.css").get("Cache-Control"));
    }

    @Test
    void pagesLeaveThePolicyToPrimeFacesAndEverythingElseAllowsNoInlineScript() {
        assertNull(SecurityHeadersFilter.headersFor("/tasks/index.xhtml").get("Content-Security-Policy"));
        assertNull(SecurityHeadersFilter.headersFor("/").get("Content-Security-Policy"));
        String api = SecurityHeadersFilter.headersFor("/api/me").get("Content-Security-Policy");
        assertTrue(api.contains("frame-ancestors 'none'") && api.contains("object-src 'none'"), api);
        assertFalse(SecurityHeadersFilter.OTHER_POLICY.matches(".*script-src[^;]*unsafe-inline.*"));
        assertTrue(SecurityHeadersFilter.PAGE_POLICY.endsWith("script-src 'self'"),
                "PrimeFaces appends the nonce to the last directive");
    }
}
