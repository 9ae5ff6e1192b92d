package kr.corepolicy.web.faces.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.function.Predicate;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import kr.corepolicy.web.rest.report.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The keyboard-only walk (#11): sign in, open the queue, open a document, approve it, open the next one,
 * and write and submit a report, with Tab, Shift-Tab, Enter and Space only. Keys go to whatever has the focus
 * ({@code switchTo().activeElement()}); the test reads the focused element to know where it is, but never clicks
 * and never picks an element to act on. Only the sign-in page is opened by its address. The data are this test's
 * own: two reports of tasks like 1-2 wait for the team leader, and a third, returned to the officer, is the report
 * the officer revises and submits again.
 */
@ExtendWith(SharedServer.class)
class KeyboardOnlyBrowserIT {

    private static final String PW = "demo1234";
    /** More Tabs than any page here needs to reach anything; a walk that needs more has lost its way. */
    private static final int MAX_TABS = 150;

    private final URL base = SharedServer.url();

    @Test
    void signInApproveOpenTheNextAndSubmitAReport() {
        ApiClient api = new ApiClient(base);
        ReportFixture fixture = new ReportFixture(api);
        long taskA = fixture.newTaskLike("1-2");
        long taskB = fixture.newTaskLike("1-2");
        long taskC = fixture.newTaskLike("1-2");
        long period = fixture.openPeriod(2030, 60, false);
        long reportA = fixture.reportId(period, taskA);
        long reportB = fixture.reportId(period, taskB);
        long reportC = fixture.reportId(period, taskC);
        for (long report : new long[] {reportA, reportB, reportC}) {
            assertEquals(200, fixture.write("officer", report, "ON_TRACK", 60).status());
        }
        long docA = documentOf(fixture.submit("officer", reportA, null));
        documentOf(fixture.submit("officer", reportB, null));
        long docC = documentOf(fixture.submit("officer", reportC, null));
        Reply returned = api.post("api/approvals/" + docC + "/actions", "teamlead", PW,
                "{\"action\":\"return\",\"comment\":\"추진실적을 구체적으로 적어 주십시오.\"}");
        assertEquals(200, returned.status(), returned.toString());
        String numberA = api.get("api/approvals/" + docA, "officer", PW).json().getString("number");
        String numberC = api.get("api/approvals/" + docC, "officer", PW).json().getString("number");

        try (Browser browser = Browser.start()) {
            signIn(browser, "teamlead");
            tabTo(browser, "the queue in the header", e -> "navApprovals".equals(e.getAttribute("id")));
            press(browser, Keys.ENTER);
            browser.waitForUrlContaining("approvals/index.xhtml");
            tabTo(browser, "the link of document " + numberA, e -> isLink(e) && href(e).endsWith("id=" + docA));
            press(browser, Keys.ENTER);
            browser.waitForUrlContaining("approvals/document.xhtml?id=" + docA);

            tabTo(browser, "the comment", e -> "actionForm:comment".equals(e.getAttribute("id")));
            type(browser, "키보드로 검토했습니다.");
            tabTo(browser, "the approve button", e -> "actionForm:approve".equals(e.getAttribute("id")));
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertEquals("actionForm:comment", focused(browser).getAttribute("id"), "Shift-Tab goes back to the comment");
            press(browser, Keys.TAB);
            assertEquals("actionForm:approve", focused(browser).getAttribute("id"));
            press(browser, Keys.SPACE);
            tabTo(browser, "the confirmation's yes", e -> classOf(e).contains("ui-confirmdialog-yes"));
            press(browser, Keys.ENTER);
            browser.waiter().until(d -> "nextStep".equals(d.switchTo().activeElement().getAttribute("id")));
            assertTrue(browser.text(By.id("nextStep")).contains("다음 문서:"), browser.text(By.id("nextStep")));

            tabTo(browser, "the next document", e -> "nextDocument".equals(e.getAttribute("id")));
            press(browser, Keys.ENTER);
            browser.waiter().until(d -> d.getCurrentUrl().contains("approvals/document.xhtml?id=")
                    && !d.getCurrentUrl().endsWith("id=" + docA));
            browser.textContaining(By.id("docStatus"), "결재 진행");
        }

        try (Browser browser = Browser.start()) {
            signIn(browser, "officer");
            tabTo(browser, "the queue in the header", e -> "navApprovals".equals(e.getAttribute("id")));
            press(browser, Keys.ENTER);
            browser.waitForUrlContaining("approvals/index.xhtml");
            tabTo(browser, "the 반려 box", e -> isLink(e) && href(e).contains("box=returned"));
            press(browser, Keys.ENTER);
            browser.waitForUrlContaining("box=returned");
            tabTo(browser, "the returned document " + numberC, e -> isLink(e) && href(e).endsWith("id=" + docC));
            press(browser, Keys.ENTER);
            browser.waitForUrlContaining("approvals/document.xhtml?id=" + docC);
            tabTo(browser, "the report", e -> isLink(e) && href(e).contains("reports/edit.xhtml?id=" + reportC));
            press(browser, Keys.ENTER);
            browser.waitForUrlContaining("reports/edit.xhtml?id=" + reportC);

            tabTo(browser, "추진실적", e -> "reportForm:results".equals(e.getAttribute("id")));
            type(browser, " 야간 개장 시범 운영 결과 방문객 1만 2천 명.");
            tabTo(browser, "상신", e -> "reportForm:submit".equals(e.getAttribute("id")));
            press(browser, Keys.ENTER);
            tabTo(browser, "the confirmation's yes", e -> classOf(e).contains("ui-confirmdialog-yes"));
            press(browser, Keys.ENTER);
            browser.waitForUrlContaining("approvals/document.xhtml?id=" + docC);
            browser.textContaining(By.id("docStatus"), "결재 진행");
            assertEquals(numberC, browser.text(By.id("docNumber")), "the resubmitted document keeps its number");
        }
        String results = api.get("api/reports/" + reportC, "officer", PW).json().getString("results");
        assertTrue(results.contains("방문객 1만 2천 명."), "typed by keyboard and saved: " + results);
        assertNotEquals(docA, docC);
    }

    /** Signs in on the sign-in page with the keyboard: Tab to the user name, type, Tab, type, Enter. */
    private void signIn(Browser browser, String user) {
        browser.open(base + "login.xhtml");
        tabTo(browser, "the user name", e -> "username".equals(e.getAttribute("id")));
        type(browser, user);
        press(browser, Keys.TAB);
        assertEquals("password", focused(browser).getAttribute("id"), "Tab goes from the user name to the password");
        type(browser, PW);
        press(browser, Keys.ENTER);
        browser.find(By.id("welcome"));
    }

    /** Presses Tab until the focused element is what {@code wanted} describes; fails after {@link #MAX_TABS}. */
    private static WebElement tabTo(Browser browser, String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement active = focused(browser);
            if (wanted.test(active)) {
                return active;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.driver().getCurrentUrl());
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** A key (or chord) to whatever has the focus. */
    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Text typed into the focused field. */
    private static void type(Browser browser, String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }

    private static String classOf(WebElement element) {
        return String.valueOf(element.getAttribute("class"));
    }

    private static boolean isLink(WebElement element) {
        return "a".equalsIgnoreCase(element.getTagName()) && element.getAttribute("href") != null;
    }

    private static String href(WebElement element) {
        return String.valueOf(element.getAttribute("href"));
    }

    private static long documentOf(Reply submitted) {
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().getJsonNumber("documentId").longValue();
    }
}
