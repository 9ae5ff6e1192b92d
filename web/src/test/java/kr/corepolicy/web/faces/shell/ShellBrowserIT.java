package kr.corepolicy.web.faces.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import kr.corepolicy.web.rest.report.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What every page shares (#11, items 2, 5, 12, 13): the navigation marks the current page, the breadcrumb trail,
 * the skip link lands in the content, feedback after an action is announced and focused, the header's counts follow
 * an approval without a reload, and the phone's menu opens and closes by keyboard — each state through the
 * accessibility check at both widths.
 */
@ExtendWith(SharedServer.class)
class ShellBrowserIT {

    private static final String PW = "demo1234";

    private final URL base = SharedServer.url();

    @Test
    void theNavigationMarksWhereTheUserIsAndTheTrailLeadsHome() {
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            assertEquals("page", browser.find(By.id("navHome")).getAttribute("aria-current"));
            assertTrue(browser.driver().findElements(By.cssSelector("nav.cp-breadcrumb")).isEmpty(),
                    "the home page needs no trail");

            browser.open(base + "tasks/index.xhtml");
            assertEquals("page", browser.find(By.id("navPortfolio")).getAttribute("aria-current"));
            assertNull(browser.find(By.id("navHome")).getAttribute("aria-current"));
            assertEquals(List.of("홈", "전략·과제"), trail(browser));
            assertEquals("전략·과제", browser.text(By.cssSelector("nav.cp-breadcrumb [aria-current='page']")),
                    "on the section's own page the trail ends at the section");
            checkBothWidths(browser, "task list");

            browser.click(By.cssSelector("a.cp-task-link, #tasks a[href*='card.xhtml']"));
            browser.waitForUrlContaining("card.xhtml");
            assertEquals("true", browser.find(By.id("navPortfolio")).getAttribute("aria-current"),
                    "a card is inside 전략·과제");
            List<String> trail = trail(browser);
            assertEquals(3, trail.size(), trail.toString());
            assertEquals(List.of("홈", "전략·과제"), trail.subList(0, 2));
            assertTrue(trail.get(2).matches("\\d+-\\d+ .+"), "the card's number and title: " + trail);
            WebElement section = browser.find(By.cssSelector("nav.cp-breadcrumb li:nth-child(2) a"));
            assertTrue(section.getAttribute("href").contains("tasks/index.xhtml"), section.getAttribute("href"));
            assertEquals("page", browser.find(By.cssSelector("nav.cp-breadcrumb li:last-child span"))
                    .getAttribute("aria-current"));
            // Desktop only: at 390 px the card's own KPI and fund tables (not the shell) are scrollable regions
            // without keyboard access, the task pages' part of #11.
            Accessibility.check(browser, "task card (desktop)");
        }
    }

    @Test
    void theSkipLinkMovesFocusIntoTheContent() {
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            browser.open(base + "tasks/index.xhtml");
            browser.find(By.id("navPortfolio"));
            browser.find(By.tagName("body")).sendKeys(Keys.TAB);
            assertEquals("cp-skip", active(browser).getAttribute("class"), "the skip link comes first");
            active(browser).sendKeys(Keys.ENTER);
            assertEquals("content", active(browser).getAttribute("id"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertTrue(isInside(browser, active(browser), "content"), "the next Tab stays in the content");
        }
    }

    @Test
    void onAPhoneTheHeaderFoldsIntoAMenuThatTheKeyboardOpensAndCloses() {
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "teamlead", PW);
            browser.phone();
            browser.open(base + "approvals/index.xhtml");
            WebElement button = browser.find(By.id("shellMenuButton"));
            assertEquals("false", button.getAttribute("aria-expanded"));
            assertFalse(browser.driver().findElement(By.id("navApprovals")).isDisplayed(), "the menu starts closed");
            long headerHeight = browser.find(By.cssSelector("header.cp-header")).getSize().getHeight();
            assertTrue(headerHeight <= 64, "the closed header is one row: " + headerHeight + " px");
            Accessibility.check(browser, "phone, menu closed");

            tabTo(browser, "shellMenuButton");
            active(browser).sendKeys(Keys.ENTER);
            assertEquals("true", browser.find(By.id("shellMenuButton")).getAttribute("aria-expanded"));
            assertTrue(browser.find(By.id("navApprovals")).isDisplayed());
            assertTrue(browser.find(By.id("currentUser")).isDisplayed(), "the user's name is in the menu");
            assertTrue(browser.find(By.id("langEn")).isDisplayed(), "so is the language switch");
            WebElement approvals = browser.find(By.id("navApprovals"));
            assertTrue(approvals.getSize().getHeight() < 60, "결재함 stays on one line: " + approvals.getSize());
            Accessibility.check(browser, "phone, menu open");

            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertEquals("navHome", active(browser).getAttribute("id"), "Tab goes on into the menu");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            assertEquals("false", browser.find(By.id("shellMenuButton")).getAttribute("aria-expanded"));
            assertEquals("shellMenuButton", active(browser).getAttribute("id"), "Escape gives focus back to the button");
            assertFalse(browser.driver().findElement(By.id("navApprovals")).isDisplayed());

            active(browser).sendKeys(Keys.SPACE);
            assertEquals("true", browser.find(By.id("shellMenuButton")).getAttribute("aria-expanded"), "Space opens it too");
            active(browser).sendKeys(Keys.SPACE);
            assertEquals("false", browser.find(By.id("shellMenuButton")).getAttribute("aria-expanded"));
            browser.desktop();
        }
    }

    @Test
    void afterAnApprovalTheMessageIsAnnouncedAndFocusedAndTheHeaderCountFollows() {
        ApiClient api = new ApiClient(base);
        ReportFixture f = new ReportFixture(api);
        long taken = f.newTaskLike("7-2");
        long mine = f.newTaskLike("7-2");
        long period = f.openPeriod(2030, 60, false);
        long takenDocument = submitted(f, f.reportId(period, taken));
        long document = submitted(f, f.reportId(period, mine));

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "teamlead", PW);

            // Someone else acts first: the refusal is an alert, focused where the user is.
            browser.open(base + "approvals/document.xhtml?id=" + takenDocument);
            browser.find(By.id("actionForm:approve"));
            Reply first = api.post("api/approvals/" + takenDocument + "/actions", "teamlead", PW,
                    "{\"action\":\"approve\"}");
            assertEquals(200, first.status(), first.toString());
            approve(browser);
            WebElement refusal = focusedMessages(browser);
            assertEquals("alert", refusal.findElement(By.cssSelector(".ui-messages-error")).getAttribute("role"),
                    refusal.getText());
            checkBothWidths(browser, "document, approval refused");

            // An approval: the message says so (role=status), has focus, and 결재함's count drops without a reload.
            browser.open(base + "approvals/document.xhtml?id=" + document);
            int waiting = waitingCount(browser);
            assertTrue(waiting >= 1, "this test's document waits for the team leader");
            approve(browser);
            // The approval page says what was done and offers the next document in its own status message (#11,
            // item 6); whichever message the page uses, it is a status, it has focus and it is in view.
            WebElement done = browser.waiter().until(d -> {
                WebElement focused = active(browser);
                return "nextStep".equals(focused.getAttribute("id")) || "messages".equals(focused.getAttribute("id"))
                        && !d.findElements(By.cssSelector("#messages li")).isEmpty() ? focused : null;
            });
            String role = "messages".equals(done.getAttribute("id"))
                    ? done.findElement(By.cssSelector(".ui-messages-info")).getAttribute("role")
                    : done.getAttribute("role");
            assertEquals("status", role, done.getText());
            browser.waiter().until(d -> waitingCount(browser) == waiting - 1);
            assertTrue(inView(browser, done), "the message is where the user looks");
            browser.screenshot("shell-approved");
            checkBothWidths(browser, "document, approved");
        }
    }

    @Test
    void koreanNamesOnEnglishPagesAreMarkedKorean() {
        ApiClient api = new ApiClient(base);
        try (Browser browser = Browser.start()) {
            assertEquals(200, api.put("api/me/language", "collab", PW, "{\"language\":\"en\"}").status());
            browser.signIn(base.toString(), "collab", PW);
            assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
            WebElement name = browser.find(By.cssSelector("#currentUser [lang='ko']"));
            assertFalse(name.getText().isBlank(), "the person's Korean name sits in lang=ko");
            checkBothWidths(browser, "English home");
        } finally {
            api.put("api/me/language", "collab", PW, "{\"language\":\"ko\"}");
        }
    }

    /**
     * The home page, the task card and the dashboards keep no view state (their views are transient, and they have no
     * Faces form); the header's language switch, a plain post, works on each and comes back to the same page with its
     * parameters.
     */
    @Test
    void theLanguageSwitchWorksOnPagesThatKeepNoViewState() {
        ApiClient api = new ApiClient(base);
        JsonObject task = api.get("api/tasks?q=1-1&size=5", "collab", PW).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("managementNumber").equals("1-1")).findFirst().orElseThrow();
        long id = task.getJsonNumber("id").longValue();
        long unit = api.get("api/tasks/" + id, "collab", PW).json().getJsonObject("owningUnit")
                .getJsonNumber("id").longValue();
        try (Browser browser = Browser.start()) {
            assertEquals(200, api.put("api/me/language", "collab", PW, "{\"language\":\"ko\"}").status());
            browser.signIn(base.toString(), "collab", PW);
            browser.assertKeepsNoViewState("home");

            browser.open(base + "tasks/card.xhtml?id=" + id);
            assertEquals("기본 정보", browser.text(By.id("basicHead")));
            browser.assertKeepsNoViewState("task card");
            browser.click(By.id("langEn"));
            assertEquals("Basic information", browser.textEquals(By.id("basicHead"), "Basic information"));
            assertEquals("1-1", browser.text(By.id("cardNumber")));

            browser.open(base + "dashboard/department.xhtml?id=" + unit + "&strategy=1");
            assertTrue(browser.text(By.id("dashboardTitle")).endsWith("Department dashboard"),
                    browser.text(By.id("dashboardTitle")));
            browser.assertKeepsNoViewState("department dashboard");
            browser.click(By.id("langKo"));
            assertTrue(browser.textContaining(By.id("dashboardTitle"), "부서").contains("부서"));
            String url = browser.driver().getCurrentUrl();
            assertTrue(url.contains("id=" + unit) && url.contains("strategy=1"), url);

            browser.open(base + "index.xhtml");
            browser.click(By.id("langEn"));
            assertTrue(browser.textContaining(By.id("welcome"), "Welcome").startsWith("Welcome"));
            assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        } finally {
            api.put("api/me/language", "collab", PW, "{\"language\":\"ko\"}");
        }
    }

    /** Writes and submits a report as its officer on the proposed line; returns its approval document. */
    private static long submitted(ReportFixture f, long report) {
        Reply saved = f.write("officer", report, "ON_TRACK", 40);
        assertEquals(200, saved.status(), saved.toString());
        Reply submitted = f.submit("officer", report, null);
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().getJsonNumber("documentId").longValue();
    }

    /** Presses 승인 by keyboard and confirms it by keyboard in the dialog the page opens (#11, item 8). */
    private static void approve(Browser browser) {
        WebElement button = browser.find(By.id("actionForm:approve"));
        button.sendKeys(Keys.ENTER);
        browser.textContaining(By.cssSelector(".ui-confirm-dialog"), "승인하시겠습니까");
        browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).sendKeys(Keys.ENTER);
    }

    /** Waits until the page's messages hold a message and have focus; returns them. */
    private static WebElement focusedMessages(Browser browser) {
        try {
            browser.waiter().until(d -> "messages".equals(active(browser).getAttribute("id"))
                    && !d.findElements(By.cssSelector("#messages li")).isEmpty());
        } catch (TimeoutException e) {
            browser.screenshot("shell-messages-not-focused");
            throw new AssertionError("focus on " + active(browser).getTagName() + "#" + active(browser).getAttribute("id")
                    + ", messages: " + browser.driver().findElement(By.id("messages")).getText(), e);
        }
        return browser.find(By.id("messages"));
    }

    private static int waitingCount(Browser browser) {
        List<WebElement> badge = browser.driver().findElements(By.id("waitingCount"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().trim());
    }

    private static List<String> trail(Browser browser) {
        browser.find(By.cssSelector("nav.cp-breadcrumb"));
        return browser.driver().findElements(By.cssSelector("nav.cp-breadcrumb li")).stream()
                .map(li -> li.getText().trim()).toList();
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static void tabTo(Browser browser, String id) {
        for (int i = 0; i < 10 && !id.equals(active(browser).getAttribute("id")); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertEquals(id, active(browser).getAttribute("id"), "reached by Tab");
    }

    private static boolean isInside(Browser browser, WebElement element, String ancestorId) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return !!arguments[0].closest('#' + arguments[1]);", element, ancestorId);
    }

    private static boolean inView(Browser browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    private static void checkBothWidths(Browser browser, String state) {
        browser.desktop();
        Accessibility.check(browser, state + " (desktop)");
        browser.phone();
        Accessibility.check(browser, state + " (390 px)");
        browser.desktop();
    }
}
