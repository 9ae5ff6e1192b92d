package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
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

/**
 * The home page is "my work" (내 업무, #13): the officer lands on the same figures as {@code GET /api/me/work}, each
 * a link to where the work is done, the most urgent report first with its days left or overdue; the deputy mayor
 * gets the portfolio dashboard link, reached by keyboard, and the empty states say that nothing waits.
 */
@ExtendWith(SharedServer.class)
class HomeBrowserIT {

    private static final String PW = "demo1234";

    private final URL base = SharedServer.url();

    @Test
    void theOfficerLandsOnTheirWorkWithTheFiguresOfTheApi() {
        ApiClient api = new ApiClient(base);
        assertEquals(200, api.put("api/me/language", "officer", PW, "{\"language\":\"ko\"}").status());
        JsonObject work = work(api, "officer");

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            assertTrue(browser.driver().findElements(By.id("dashboardLink")).isEmpty(), "no dashboard link");
            expectCount(browser, work, "waiting", "waitingLink", "/approvals/index.xhtml?box=waiting",
                    "결재할 문서 %,d건", "noWaiting", "결재할 문서가 없습니다.");
            expectCount(browser, work, "returned", "returnedLink", "/approvals/index.xhtml?box=returned",
                    "반려된 내 문서 %,d건", "noReturned", "반려된 문서가 없습니다.");
            expectCount(browser, work, "unread", "unreadLink", "/notifications.xhtml", "읽지 않은 알림 %,d건",
                    "noUnread", "읽지 않은 알림이 없습니다.");

            List<JsonObject> reports = work.getJsonArray("reports").getValuesAs(JsonObject.class);
            if (reports.isEmpty()) {
                assertEquals("제출할 보고서가 없습니다.", browser.text(By.id("noReports")));
            } else {
                assertEquals(String.format(Locale.ROOT, "아직 제출하지 않은 보고서 %,d건", work.getInt("reportsDue")),
                        browser.text(By.id("reportsLink")));
                List<WebElement> items = browser.driver().findElements(By.cssSelector("#dueReports > li"));
                assertEquals(reports.size(), items.size());
                JsonObject first = reports.get(0);
                WebElement link = items.get(0).findElement(By.tagName("a"));
                assertTrue(link.getAttribute("href").endsWith("/reports/edit.xhtml?id="
                        + first.getJsonNumber("reportId").longValue()), link.getAttribute("href"));
                assertTrue(link.getText().startsWith(first.getString("taskNumber")), link.getText());
                long days = first.getJsonNumber("daysLeft").longValue();
                String badge = days < 0 ? String.format(Locale.ROOT, "%,d일 지남", -days)
                        : days == 0 ? "D-day (오늘 마감)" : String.format(Locale.ROOT, "D-%,d", days);
                assertTrue(items.get(0).getText().contains(badge), badge + " in " + items.get(0).getText());
                assertTrue(items.get(0).getText().contains(first.getString("periodLabel")), items.get(0).getText());
            }

            List<JsonObject> tasks = work.getJsonArray("tasks").getValuesAs(JsonObject.class);
            if (tasks.isEmpty()) {
                assertEquals("담당하는 과제가 없습니다.", browser.text(By.id("noTasks")));
            } else {
                assertEquals(String.format(Locale.ROOT, "담당 과제 %,d건", work.getInt("taskCount")),
                        browser.text(By.id("taskCount")));
                List<WebElement> items = browser.driver().findElements(By.cssSelector("#myTasks > li"));
                assertEquals(tasks.size(), items.size());
                assertTrue(items.get(0).getText().startsWith(tasks.get(0).getString("managementNumber")),
                        items.get(0).getText());
            }
            browser.screenshot("home-officer");
            browser.phone();
            browser.open(base + "index.xhtml");
            browser.find(By.id("welcome"));
            assertEquals(Browser.PHONE_WIDTH, browser.width());
            browser.screenshot("home-officer-phone");
            browser.desktop();
        }
    }

    @Test
    void theDeputyMayorReachesThePortfolioDashboardByKeyboard() {
        ApiClient api = new ApiClient(base);
        assertEquals(200, api.put("api/me/language", "deputy", PW, "{\"language\":\"ko\"}").status());
        JsonObject work = work(api, "deputy");
        assertTrue(work.getBoolean("portfolioDashboard"));

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "deputy", PW);
            WebElement link = browser.find(By.id("dashboardLink"));
            assertEquals("포트폴리오 대시보드", link.getText());
            assertEquals("rgba(255, 255, 255, 1)", link.getCssValue("color"), "white on the primary colour");
            if (work.getInt("taskCount") == 0) {
                assertEquals("담당하는 과제가 없습니다.", browser.text(By.id("noTasks")), "the empty state says so");
            }
            browser.screenshot("home-deputy");
            boolean reached = false;
            for (int i = 0; i < 60 && !reached; i++) {
                browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                reached = Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.activeElement.closest('#dashboardLink') !== null;"));
            }
            assertTrue(reached, "the dashboard link is reached with Tab");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitForUrlContaining("dashboard/index.xhtml");
        }
    }

    private static void expectCount(Browser browser, JsonObject work, String key, String linkId, String linkTarget,
            String linkText, String emptyId, String emptyText) {
        int count = work.getInt(key);
        if (count > 0) {
            assertEquals(String.format(Locale.ROOT, linkText, count), browser.text(By.id(linkId)));
            assertTrue(browser.find(By.id(linkId)).getAttribute("href").contains(linkTarget),
                    browser.find(By.id(linkId)).getAttribute("href"));
        } else {
            assertEquals(emptyText, browser.text(By.id(emptyId)));
        }
    }

    private static JsonObject work(ApiClient api, String user) {
        Reply reply = api.get("api/me/work", user, PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }
}
