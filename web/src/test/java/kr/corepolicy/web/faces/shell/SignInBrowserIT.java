package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A city employee signs in, sees the Korean home page, switches to English, signs out — in Chromium. */
@ExtendWith(SharedServer.class)
class SignInBrowserIT {

    private final URL base = SharedServer.url();

    @Test
    void signInSeeKoreanHomeSwitchToEnglishSignOut() {
        ApiClient api = new ApiClient(base);
        assertEquals(200, api.put("api/me/language", "officer", "demo1234", "{\"language\":\"ko\"}").status());

        try (Browser browser = Browser.start()) {
            browser.open(base.toString());
            browser.waitForUrlContaining("login.xhtml");
            assertTrue(browser.driver().getTitle().startsWith("로그인"), browser.driver().getTitle());

            browser.type(By.id("username"), "officer");
            browser.type(By.id("password"), "wrong-password");
            browser.click(By.id("signIn"));
            assertTrue(browser.text(By.id("loginError")).startsWith("아이디 또는 비밀번호가 올바르지 않습니다"));
            browser.screenshot("01-sign-in-wrong-password");

            browser.type(By.id("username"), "officer");
            browser.type(By.id("password"), "demo1234");
            browser.click(By.id("signIn"));
            assertEquals("김민지님, 안녕하십니까.", browser.textEquals(By.id("welcome"), "김민지님, 안녕하십니까."));
            assertEquals("김민지 주무관 (관광정책과)", browser.text(By.id("currentUser")));
            assertEquals("ko", browser.find(By.tagName("html")).getAttribute("lang"));
            browser.screenshot("02-home-korean");

            browser.click(By.id("langEn"));
            assertEquals("Welcome, 김민지.", browser.textEquals(By.id("welcome"), "Welcome, 김민지."));
            assertEquals("Tourism Policy Division", browser.text(By.id("department")));
            assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
            browser.screenshot("03-home-english");

            browser.click(By.id("signOut"));
            browser.waitForUrlContaining("signedOut=true");
            assertEquals("로그아웃되었습니다.", browser.text(By.id("signedOut")), "a new session starts in Korean");

            browser.open(base + "index.xhtml");
            browser.waitForUrlContaining("login.xhtml");
            assertTrue(browser.driver().findElements(By.id("welcome")).isEmpty(), "the old session is gone");

            browser.type(By.id("username"), "officer");
            browser.type(By.id("password"), "demo1234");
            browser.click(By.id("signIn"));
            assertEquals("Welcome, 김민지.", browser.textEquals(By.id("welcome"), "Welcome, 김민지."), "the language choice was saved");
            browser.click(By.id("langKo"));
            assertEquals("김민지님, 안녕하십니까.", browser.textEquals(By.id("welcome"), "김민지님, 안녕하십니까."));
            browser.click(By.id("signOut"));
            browser.waitForUrlContaining("signedOut=true");
        }
    }

    @Test
    void aPageAskedForBeforeSigningInOpensAfterSigningIn() {
        try (Browser browser = Browser.start()) {
            browser.open(base + "index.xhtml");
            browser.waitForUrlContaining("next=");
            browser.type(By.id("username"), "head");
            browser.type(By.id("password"), "demo1234");
            browser.click(By.id("signIn"));
            browser.waitForPage("/index.xhtml");
            assertTrue(browser.text(By.id("welcome")).startsWith("박성호"), browser.text(By.id("welcome")));
        }
    }

    /**
     * The sign-in page keeps no view state (no view of it stays in the session that sign-in continues); its language
     * switch still works and keeps the page asked for.
     */
    @Test
    void theSignInPageSwitchesLanguageWithoutViewStateAndKeepsThePageAskedFor() {
        try (Browser browser = Browser.start()) {
            browser.open(base + "tasks/index.xhtml");
            browser.waitForUrlContaining("next=");
            assertEquals("stateless", browser.driver().findElement(By.name("jakarta.faces.ViewState"))
                    .getAttribute("value"));

            browser.find(By.id("langForm:langEn")).sendKeys(Keys.ENTER);
            browser.waitForUrlContaining("next=");
            assertTrue(browser.textEquals(By.tagName("h1"), "Core Policy Management System")
                    .contains("Core Policy Management System"));
            assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
            Accessibility.check(browser, "sign-in page in English");

            browser.type(By.id("username"), "planner");
            browser.type(By.id("password"), "demo1234");
            browser.click(By.id("signIn"));
            browser.waitForPage("/tasks/index.xhtml");
            browser.click(By.id("langKo"));
            browser.waitForUrlContaining("tasks/index.xhtml");
        }
    }
}
