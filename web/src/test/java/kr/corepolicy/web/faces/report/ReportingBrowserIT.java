package kr.corepolicy.web.faces.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A quarter in Chromium: the planning office opens the period; the officer writes the quarterly report of task
 * 1-2 (autosaved), submits it on the proposed line; the team leader reviews from the queue; both
 * collaborating departments consent; the division head decides by delegation (전결); the task card
 * shows the approved figures.
 */
@ExtendWith(SharedServer.class)
class ReportingBrowserIT {

    private static final String PW = "demo1234";

    private final URL base = SharedServer.url();

    @Test
    void aQuarterlyReportFromDraftToTheTaskCard() {
        // Later than any period the API tests open (2001-2089), so that this report is the task's newest.
        int year = 2090 + ThreadLocalRandom.current().nextInt(10);
        int quarter = 1 + ThreadLocalRandom.current().nextInt(4);
        String label = year + "년 " + quarter + "분기";
        String due = java.time.LocalDate.of(year, quarter * 3, 1).plusMonths(1).plusDays(9).toString();
        String[] documentUrl = new String[1];

        as("planner", browser -> {
            browser.open(base + "reports/periods.xhtml");
            assertTrue(browser.text(By.id("openForm:kind")).contains("분기별"), "quarterly is the default");
            retype(browser, By.id("openForm:year_input"), Integer.toString(year));
            retype(browser, By.id("openForm:number_input"), Integer.toString(quarter));
            retype(browser, By.id("openForm:dueDate_input"), due);
            browser.screenshot("20-period-form");
            browser.click(By.id("openForm:open"));
            browser.textContaining(By.id("messages"), label + " 보고 기간을 열었습니다");
            assertTrue(browser.text(By.id("periodTable")).contains(label));
            browser.screenshot("20-period-opened");
        });

        as("officer", browser -> {
            browser.open(base + "reports/index.xhtml");
            choose(browser, "reportsForm:period", label + " (진행 중)");
            browser.textContaining(By.id("reportsForm:periodInfo"), "제출 0/");
            browser.click(By.linkText("봉황대 일원 야간경관 명소화"));
            browser.textContaining(By.id("reportState"), "미작성");

            choose(browser, "reportForm:status", "정상추진");
            browser.textContaining(By.id("reportForm:saveState"), "자동 저장됨");
            retype(browser, By.id("reportForm:progressPercent_input"), "70");
            browser.type(By.id("reportForm:results"), "봉황대 야간경관 조명 12개소 설치 완료, 시범 점등");
            assertEquals(1, browser.driver().findElements(By.cssSelector("label[for='reportForm:results']")).size(),
                    "the results' label is bound to the field");
            String describedBy = browser.find(By.id("reportForm:results")).getAttribute("aria-describedby");
            assertEquals("reportForm:resultsMessage", describedBy, "the results are described by their message");
            assertEquals(1, browser.driver().findElements(By.id(describedBy)).size(), "the message is on the page");
            browser.type(By.id("reportForm:nextSteps"), "2분기 정식 개장 및 야간 관광 프로그램 연계");
            browser.type(By.cssSelector("input[id$=':0:actual_input']"), "14.5");
            browser.find(By.id("reportForm:nextSteps")).click();
            chooseFirst(browser, "reportForm:newFundYear");
            choose(browser, "reportForm:newFundSource", "국비");
            browser.click(By.id("reportForm:addFund"));
            retype(browser, By.cssSelector("input[id$=':0:requested']"), "3억");
            retype(browser, By.cssSelector("input[id$=':0:secured']"), "2억 5천만원");
            retype(browser, By.cssSelector("input[id$=':0:executed']"), "1.2억");
            browser.find(By.id("reportForm:results")).click();
            browser.screenshot("21-report-written");

            String line = browser.text(By.id("reportForm:line"));
            assertTrue(line.contains("이정훈") && line.contains("최유진") && line.contains("배수진")
                    && line.contains("박성호"), "the review, both collaborating departments and the decider: " + line);
            browser.click(By.id("reportForm:submit"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForUrlContaining("approvals/document.xhtml");
            browser.textContaining(By.id("docStatus"), "결재 진행");
            documentUrl[0] = browser.driver().getCurrentUrl();
            browser.screenshot("22-report-submitted");
        });

        as("teamlead", browser -> {
            assertTrue(browser.text(By.id("navApprovals")).matches("(?s).*결재함\\s*\\d+.*"), "a count in the header");
            browser.click(By.id("navApprovals"));
            browser.click(By.partialLinkText(label + " 추진실적 보고 (1-2"));
            browser.type(By.id("actionForm:comment"), "검토했습니다.");
            browser.click(By.id("actionForm:approve"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("messages"), "처리했습니다");
        });

        as("collab", browser -> {
            browser.open(documentUrl[0]);
            browser.textContaining(By.id("actionForm:approve"), "협조 (동의)");
            browser.click(By.id("actionForm:approve"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("messages"), "협조(동의)했습니다");
        });

        as("urbanoff", browser -> {
            browser.open(documentUrl[0]);
            browser.click(By.id("actionForm:approve"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("messages"), "협조(동의)했습니다");
        });

        as("head", browser -> {
            browser.open(documentUrl[0]);
            browser.textContaining(By.id("actionForm:approve"), "전결");
            browser.click(By.id("actionForm:approve"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("docStatus"), "결재 완료");
            String boxes = browser.text(By.id("signatures"));
            assertTrue(boxes.contains("전결") && boxes.contains("박성호") && boxes.contains("이정훈"), boxes);
            assertFalse(browser.driver().findElements(By.id("actionForm:approve")).stream().anyMatch(e -> e.isDisplayed()),
                    "nothing left to do on a decided document");
            browser.screenshot("23-decided-by-delegation");

            browser.click(By.linkText("1-2 봉황대 일원 야간경관 명소화"));
            browser.textContaining(By.id("officialProgress"), "70%");
            String figures = browser.text(By.id("official"));
            assertTrue(figures.contains("14.5") && figures.contains("250,000,000"), figures);
            browser.screenshot("24-task-card-figures");
        });
    }

    /** Signs {@code user} in on a fresh browser and runs {@code steps}; a failure leaves a screenshot. */
    private void as(String user, java.util.function.Consumer<Browser> steps) {
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), user, PW);
            try {
                steps.accept(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("29-failed-" + user);
                throw e;
            }
        }
    }

    /** Picks {@code label} in a PrimeFaces select menu, until the menu shows it. */
    private static void choose(Browser browser, String id, String label) {
        pick(browser, id, "//div[@id='" + id + "_panel']//li[contains(@class,'ui-selectonemenu-item') and @data-label=\""
                + label + "\"]");
    }

    /** Picks the first real option (after the empty one) of a PrimeFaces select menu. */
    private static void chooseFirst(Browser browser, String id) {
        pick(browser, id, "(//div[@id='" + id + "_panel']//li[contains(@class,'ui-selectonemenu-item')])[2]");
    }

    private static void pick(Browser browser, String id, String itemXpath) {
        browser.waiter().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    var items = d.findElements(By.xpath(itemXpath));
                    if (items.isEmpty() || !items.get(0).isDisplayed()) {
                        // PrimeFaces fills the panel when the menu first opens.
                        d.findElement(By.id(id)).click();
                        return false;
                    }
                    var item = items.get(0);
                    String wanted = item.getAttribute("data-label");
                    item.click();
                    return d.findElement(By.xpath("//div[@id='" + id + "']//*[contains(@class,'ui-selectonemenu-label')]"))
                            .getText().equals(wanted);
                });
    }

    private static void retype(Browser browser, By by, String text) {
        var field = browser.find(by);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }
}
