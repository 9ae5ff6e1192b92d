package kr.corepolicy.web.faces.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The API tokens page (#12) by keyboard alone: name a token, choose a lifetime with the arrow keys, create it with
 * Enter, copy its value (shown once, gone after a reload), and revoke it through the confirmation; the token works
 * for the API in between and not after. Each state through the accessibility check at both widths.
 */
@ExtendWith(SharedServer.class)
class ApiTokensBrowserIT {

    private static final String PW = "demo1234";
    /** A demo user whose tokens only this class makes. */
    private static final String USER = "tfleader";
    private static final int MAX_TABS = 80;

    private final URL base = SharedServer.url();
    private final ApiClient api = new ApiClient(base);

    @Test
    void createCopyAndRevokeATokenByKeyboard() {
        tokens().forEach(t -> api.delete("api/me/tokens/" + t.getJsonNumber("id").longValue(), USER, PW));
        String secret;
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), USER, PW);
            browser.open(base + "account/tokens.xhtml");
            browser.find(By.id("tokenForm:name"));
            check(browser, "no tokens yet");

            tabTo(browser, "the name", e -> "tokenForm:name".equals(e.getAttribute("id")));
            keys(browser, "키보드로 만든 토큰");
            keys(browser, Keys.TAB);
            assertTrue(String.valueOf(focused(browser).getAttribute("id")).startsWith("tokenForm:days"),
                    "Tab goes from the name to the lifetime: " + focused(browser).getAttribute("id"));
            keys(browser, Keys.ARROW_DOWN);
            tabTo(browser, "the create button", e -> "tokenForm:issue".equals(e.getAttribute("id")));
            keys(browser, Keys.ENTER);
            secret = browser.find(By.id("tokenSecret")).getAttribute("value");
            settle(browser);
            assertTrue(secret.matches("cpt_[A-Za-z0-9_-]{43}"), secret);
            assertTrue(browser.text(By.id("messages")).contains("키보드로 만든 토큰"), browser.text(By.id("messages")));
            assertTrue(browser.text(By.id("secretWarning")).contains("한 번만"), browser.text(By.id("secretWarning")));
            check(browser, "the new token's value, shown once");

            JsonObject token = tokens().get(0);
            assertEquals("키보드로 만든 토큰", token.getString("name"));
            Instant expires = Instant.parse(token.getString("expiresAt"));
            Duration lifetime = Duration.between(Instant.parse(token.getString("createdAt")), expires);
            assertEquals(Duration.ofDays(365), lifetime, "the arrow key chose the next lifetime after 90 days");
            assertEquals(200, bearer(secret).status(), "the token works");

            tabTo(browser, "the copy button", e -> "copySecret".equals(e.getAttribute("id")));
            keys(browser, Keys.ENTER);
            assertEquals("토큰 값을 클립보드에 복사했습니다.", browser.textContaining(By.id("copyStatus"), "복사"));

            browser.open(base + "account/tokens.xhtml");
            browser.find(By.id("tokenForm:name"));
            assertTrue(browser.driver().findElements(By.id("tokenSecret")).isEmpty(), "shown once: gone after a reload");
            assertTrue(browser.text(By.id("listForm")).contains("키보드로 만든 토큰"));
            assertTrue(browser.text(By.id("listForm")).contains(secret.substring(0, 12)), "listed by its prefix");
            assertFalse(browser.driver().getPageSource().contains(secret.substring(12)), "the secret is not on the page");
            check(browser, "the token listed");

            tabTo(browser, "the revoke button of the token",
                    e -> String.valueOf(e.getAttribute("aria-label")).contains("키보드로 만든 토큰"));
            keys(browser, Keys.ENTER);
            browser.waiter().until(d -> d.findElements(By.cssSelector(".ui-confirmdialog-yes")).stream()
                    .anyMatch(WebElement::isDisplayed));
            tabTo(browser, "the confirmation's yes", e -> String.valueOf(e.getAttribute("class"))
                    .contains("ui-confirmdialog-yes"));
            check(browser, "the revocation's confirmation");
            keys(browser, Keys.ENTER);
            browser.textContaining(By.id("messages"), "토큰을 폐기했습니다.");
            browser.textContaining(By.id("listForm"), "만든 토큰이 없습니다.");
            check(browser, "after revoking");
        }
        assertEquals(401, bearer(secret).status(), "revoked: the token no longer works");
        assertTrue(tokens().isEmpty(), "and is no longer listed");
    }

    /** Waits for the Ajax answer and for the shell to have moved the focus (to the messages). */
    private static void settle(Browser browser) {
        browser.waiter().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && document.activeElement && document.activeElement.id === 'messages';")));
    }

    private void check(Browser browser, String state) {
        browser.desktop();
        Accessibility.check(browser, state + " (1280 px)");
        browser.phone();
        Accessibility.check(browser, state + " (390 px)");
        browser.desktop();
    }

    private List<JsonObject> tokens() {
        Reply list = api.get("api/me/tokens", USER, PW);
        assertEquals(200, list.status(), list.toString());
        return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class);
    }

    private Reply bearer(String secret) {
        return api.send(api.request("api/tasks?size=1", null, null).header("Authorization", "Bearer " + secret));
    }

    /** Tab until the focused element is what {@code wanted} says; fails after {@link #MAX_TABS} presses. */
    private static void tabTo(Browser browser, String what, Predicate<WebElement> wanted) {
        int presses = 0;
        while (!wanted.test(focused(browser))) {
            assertTrue(presses++ < MAX_TABS, "Tab never reached " + what + " on " + browser.driver().getCurrentUrl());
            keys(browser, Keys.TAB);
        }
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
