package kr.corepolicy.web.faces.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.function.Predicate;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The KPI thresholds page (#13): the planning office changes 90/60 to 85/55 by keyboard alone and sees it saved; an
 * officer reads the new thresholds and the rule, with nothing to edit. Each state through the accessibility check at
 * both widths. The thresholds are put back to 90/60 afterwards, since other tests count statuses with them.
 */
@ExtendWith(SharedServer.class)
class KpiThresholdsBrowserIT {

    private static final String PW = "demo1234";
    private static final String PAGE = "dashboard/thresholds.xhtml";
    private static final int MAX_TABS = 60;

    private final URL base = SharedServer.url();
    private final ApiClient api = new ApiClient(base);

    @BeforeEach
    @AfterEach
    void defaults() {
        JsonObject now = api.get("api/kpi-thresholds", "planner", PW).json();
        if (now.getInt("onTrackFrom") != 90 || now.getInt("behindFrom") != 60) {
            Reply back = api.put("api/kpi-thresholds", "planner", PW, Json.createObjectBuilder().add("onTrackFrom", 90)
                    .add("behindFrom", 60).add("version", now.getJsonNumber("version").longValue()).build().toString());
            assertEquals(200, back.status(), back.toString());
        }
    }

    @Test
    void thePlanningOfficeChangesTheThresholdsByKeyboardAndAnOfficerReadsThem() {
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "planner", PW);
            browser.open(base + PAGE);
            browser.find(By.id("thresholdsForm:onTrackFrom_input"));
            assertEquals("달성률 90% 이상", browser.text(By.id("onTrackRange")));
            assertTrue(browser.text(By.id("example")).contains("80%이므로, 현재 기준으로 미흡입니다"),
                    browser.text(By.id("example")));
            assertTrue(browser.text(By.id("thresholdRule")).contains("0 < 미흡 기준 < 정상 기준 ≤ 100"),
                    "the rule is stated: " + browser.text(By.id("thresholdRule")));
            check(browser, "planner, editing");

            tabTo(browser, "the on-track threshold",
                    e -> "thresholdsForm:onTrackFrom_input".equals(e.getAttribute("id")));
            keys(browser, Keys.chord(Keys.CONTROL, "a"));
            keys(browser, "85");
            tabTo(browser, "the behind threshold", e -> "thresholdsForm:behindFrom_input".equals(e.getAttribute("id")));
            keys(browser, Keys.chord(Keys.CONTROL, "a"));
            keys(browser, "55");
            tabTo(browser, "the save button", e -> "thresholdsForm:save".equals(e.getAttribute("id")));
            keys(browser, Keys.ENTER);

            assertTrue(browser.textContaining(By.id("messages"), "저장했습니다").contains("정상 85% 이상, 미흡 55% 이상"),
                    browser.text(By.id("messages")));
            browser.textContaining(By.id("onTrackRange"), "85%");
            assertEquals("달성률 85% 이상", browser.text(By.id("onTrackRange")));
            assertEquals("달성률 55% 이상 85% 미만", browser.text(By.id("behindRange")));
            assertEquals("달성률 55% 미만", browser.text(By.id("farBehindRange")));
            assertTrue(browser.text(By.id("lastChange")).contains("한기획"), browser.text(By.id("lastChange")));
            check(browser, "planner, saved");

            JsonObject stored = api.get("api/kpi-thresholds", "deputy", PW).json();
            assertEquals(85, stored.getInt("onTrackFrom"));
            assertEquals(55, stored.getInt("behindFrom"));
            assertEquals("한기획", stored.getString("updatedBy"));
        }
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            browser.open(base + PAGE);
            browser.find(By.id("readOnly"));
            assertTrue(browser.driver().findElements(By.id("thresholdsForm:onTrackFrom_input")).isEmpty(),
                    "an officer has nothing to edit");
            assertTrue(browser.driver().findElements(By.id("thresholdsForm:save")).isEmpty());
            assertEquals("달성률 85% 이상", browser.text(By.id("onTrackRange")));
            assertEquals("달성률 55% 이상 85% 미만", browser.text(By.id("behindRange")));
            check(browser, "officer, read-only");
        }
    }

    private static void check(Browser browser, String state) {
        browser.desktop();
        Accessibility.check(browser, state + " (1280 px)");
        browser.phone();
        Accessibility.check(browser, state + " (390 px)");
        browser.desktop();
    }

    /** Tab until the focused element is what {@code wanted} says; fails after {@link #MAX_TABS} presses. */
    private static void tabTo(Browser browser, String what, Predicate<WebElement> wanted) {
        int presses = 0;
        while (!wanted.test(browser.driver().switchTo().activeElement())) {
            assertTrue(presses++ < MAX_TABS, "Tab never reached " + what + " on " + browser.driver().getCurrentUrl());
            keys(browser, Keys.TAB);
        }
    }

    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
