package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The session-timeout warning (KWCAG 2.2, a time limit the user can extend): it opens before the session would end,
 * keeps focus, stays signed in by keyboard, says when the session has ended and leads back to the page through the
 * sign-in. The page's clock is started with a short time here ({@code CorePolicy.session.restart}), since the
 * session itself lasts 30 minutes; the server's answer is real (the session is dropped for the last part).
 */
@ExtendWith(SharedServer.class)
class SessionTimeoutBrowserIT {

    private static final String PW = "demo1234";
    private static final By BOX = By.id("sessionWarning");
    private static final By EXTEND = By.id("sessionExtend");
    private static final By SIGN_IN = By.id("sessionSignIn");

    private final URL base = SharedServer.url();

    @Test
    void theWarningComesBeforeTheEndOffersToStaySignedInAndLeadsBackAfterTheEnd() {
        ApiClient api = new ApiClient(base);
        assertEquals(200, api.put("api/me/language", "officer", PW, "{\"language\":\"ko\"}").status());

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            browser.open(base + "notifications.xhtml");
            WebElement box = browser.driver().findElement(BOX);
            assertFalse(box.isDisplayed(), "no warning while the session has time");
            assertEquals("1800", box.getAttribute("data-timeout"), "the session's 30 minutes");

            // The warning: focus moves into it and stays there; Enter stays signed in and focus comes back.
            WebElement reports = browser.find(By.id("navReports"));
            script(browser, "arguments[0].focus();", reports);
            clock(browser, 121, 120);
            browser.waiter().until(d -> d.findElement(BOX).isDisplayed());
            assertEquals("곧 자동 로그아웃됩니다", browser.text(By.id("sessionTitle")));
            assertEquals("alertdialog", browser.find(By.cssSelector("#sessionWarning > div")).getAttribute("role"));
            assertEquals("sessionExtend", active(browser).getAttribute("id"), "focus on 로그인 연장");
            Accessibility.check(browser, "session warning");
            active(browser).sendKeys(Keys.TAB);
            assertEquals("sessionExtend", active(browser).getAttribute("id"), "Tab stays in the box");
            browser.screenshot("session-warning");
            active(browser).sendKeys(Keys.ENTER);
            browser.waiter().until(d -> !d.findElement(BOX).isDisplayed());
            assertEquals("navReports", active(browser).getAttribute("id"), "focus back where it was");

            // Escape stays signed in too.
            clock(browser, 121, 120);
            browser.waiter().until(d -> d.findElement(BOX).isDisplayed());
            active(browser).sendKeys(Keys.ESCAPE);
            browser.waiter().until(d -> !d.findElement(BOX).isDisplayed());

            // The end: the box says so and links to the sign-in page, which comes back here.
            clock(browser, 2, 1);
            browser.waiter().until(d -> d.findElement(SIGN_IN).isDisplayed());
            assertEquals("로그아웃되었습니다", browser.text(By.id("sessionTitle")));
            assertFalse(browser.driver().findElement(EXTEND).isDisplayed(), "nothing to extend any more");
            assertEquals("sessionSignIn", active(browser).getAttribute("id"));
            assertTrue(browser.find(SIGN_IN).getAttribute("href").endsWith("/login.xhtml?next=%2Fnotifications.xhtml"),
                    browser.find(SIGN_IN).getAttribute("href"));
            Accessibility.check(browser, "session ended");
            browser.screenshot("session-ended");

            // The server has ended the session (its cookie is gone): staying signed in cannot work, and says so.
            browser.open(base + "notifications.xhtml");
            browser.driver().manage().deleteAllCookies();
            clock(browser, 121, 120);
            browser.waiter().until(d -> d.findElement(BOX).isDisplayed());
            active(browser).sendKeys(Keys.ENTER);
            browser.waiter().until(d -> d.findElement(SIGN_IN).isDisplayed());
            assertEquals("로그아웃되었습니다", browser.text(By.id("sessionTitle")));
            active(browser).sendKeys(Keys.ENTER);
            browser.waitForUrlContaining("login.xhtml");
            browser.type(By.id("username"), "officer");
            browser.type(By.id("password"), PW);
            browser.click(By.id("signIn"));
            browser.waitForPage("/notifications.xhtml");
            assertTrue(browser.waiter().until(d -> d.findElement(BOX)).getAttribute("hidden") != null, "a fresh clock");
        }
    }

    private static void clock(Browser browser, int seconds, int lead) {
        script(browser, "CorePolicy.session.restart(arguments[0], arguments[1]);", seconds, lead);
    }

    private static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }
}
