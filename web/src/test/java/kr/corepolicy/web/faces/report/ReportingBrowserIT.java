package kr.corepolicy.web.faces.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A quarter in Chromium: the planning office opens the period; the officer writes the quarterly report of task
 * 1-2 (autosaved), takes one consenter off the proposed line and submits; the team leader reviews from the
 * queue; the collaborating department consents; the division head decides by delegation (전결); the task card
 * shows the approved figures.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingBrowserIT {

    private static final String PW = "demo1234";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aQuarterlyReportFromDraftToTheTaskCard() {
        int year = 2030 + ThreadLocalRandom.current().nextInt(60);
        int quarter = 1 + ThreadLocalRandom.current().nextInt(4);
        String label = year + "년 " + quarter + "분기";
        String due = java.time.LocalDate.of(year, quarter * 3, 1).plusMonths(1).plusDays(9).toString();
        String documentUrl;

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "planner", PW);
            browser.open(base + "reports/periods.xhtml");
            choose(browser, "openForm:kind", "분기별");
            retype(browser, By.id("openForm:year_input"), Integer.toString(year));
            retype(browser, By.id("openForm:number_input"), Integer.toString(quarter));
            retype(browser, By.id("openForm:dueDate_input"), due);
            browser.screenshot("20-period-form");
            browser.click(By.id("openForm:open"));
            try {
                browser.textContaining(By.id("messages"), label + " 보고 기간을 열었습니다");
            } catch (RuntimeException e) {
                browser.screenshot("20-period-failed");
                throw e;
            }
            assertTrue(browser.text(By.id("periodsForm:periodTable")).contains(label));
            browser.screenshot("20-period-opened");
        }

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            browser.open(base + "reports/index.xhtml");
            choose(browser, "reportsForm:period", label + " (진행 중)");
            browser.textContaining(By.id("reportsForm:periodInfo"), "제출 0/");
            browser.click(By.linkText("봉황대 일원 야간경관 명소화"));
            browser.textContaining(By.id("reportState"), "미작성");

            choose(browser, "reportForm:status", "정상추진");
            browser.textContaining(By.id("reportForm:saveState"), "자동 저장됨");
            retype(browser, By.id("reportForm:progressPercent_input"), "70");
            browser.type(By.id("reportForm:results"), "봉황대 야간경관 조명 12개소 설치 완료, 시범 점등");
            browser.type(By.id("reportForm:nextSteps"), "2분기 정식 개장 및 야간 관광 프로그램 연계");
            browser.type(By.cssSelector("input[id$=':0:actual_input']"), "14.5");
            browser.find(By.id("reportForm:nextSteps")).click();
            choose(browser, "reportForm:newFundYear", Integer.toString(year));
            choose(browser, "reportForm:newFundSource", "국비");
            browser.click(By.id("reportForm:addFund"));
            retype(browser, By.cssSelector("input[id$=':0:requested_input']"), "300000000");
            retype(browser, By.cssSelector("input[id$=':0:secured_input']"), "250000000");
            retype(browser, By.cssSelector("input[id$=':0:executed_input']"), "120000000");
            browser.find(By.id("reportForm:results")).click();
            browser.screenshot("21-report-written");

            String line = browser.text(By.id("reportForm:line"));
            assertTrue(line.contains("이정훈") && line.contains("최유진") && line.contains("박성호"), line);
            if (line.contains("배수진")) {
                browser.click(By.xpath("//li[contains(., '배수진')]//a"));
                browser.waiter().until(d -> !d.findElement(By.id("reportForm:line")).getText().contains("배수진"));
            }
            browser.click(By.id("reportForm:submit"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForUrlContaining("approvals/document.xhtml");
            browser.textContaining(By.id("docStatus"), "결재 진행");
            documentUrl = browser.driver().getCurrentUrl();
            browser.screenshot("22-report-submitted");
        }

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "teamlead", PW);
            assertTrue(browser.text(By.id("navApprovals")).matches("(?s).*결재함\\s*\\d+.*"), "a count in the header");
            browser.click(By.id("navApprovals"));
            browser.click(By.partialLinkText(label + " 추진실적 보고 (1-2"));
            browser.type(By.id("actionForm:comment"), "검토했습니다.");
            browser.click(By.id("actionForm:approve"));
            browser.textContaining(By.id("messages"), "처리했습니다");
        }

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "collab", PW);
            browser.open(documentUrl);
            browser.textContaining(By.id("actionForm:approve"), "승인");
            browser.click(By.id("actionForm:approve"));
            browser.textContaining(By.id("messages"), "처리했습니다");
        }

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "head", PW);
            browser.open(documentUrl);
            browser.textContaining(By.id("actionForm:approve"), "전결");
            browser.click(By.id("actionForm:approve"));
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
        }
    }

    /** Picks {@code label} in a PrimeFaces select menu. */
    private static void choose(Browser browser, String id, String label) {
        browser.click(By.id(id));
        browser.click(By.xpath("//div[@id='" + id + "_panel']//li[contains(@class,'ui-selectonemenu-item') and @data-label=\""
                + label + "\"]"));
    }

    private static void retype(Browser browser, By by, String text) {
        var field = browser.find(by);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }
}
