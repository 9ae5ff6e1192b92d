package kr.corepolicy.web.faces.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A quarter in Chromium: the planning office opens the period; the officer opens the report from the list by
 * keyboard, submits it empty (every missing field at once, focus on the first), writes it (autosaved: errors go,
 * the badge follows) and submits it on the proposed line; the team leader returns it with a reason, which the
 * officer reads at the top of the editor, and the officer submits again; the team leader reviews; both
 * collaborating departments consent; the division head decides by delegation (전결); the task card shows the
 * approved figures. Every state of the reporting pages gets the accessibility check at desktop and phone width.
 */
@ExtendWith(SharedServer.class)
class ReportingBrowserIT {

    private static final String PW = "demo1234";

    private final URL base = SharedServer.url();

    /** What the accessibility check found in the states the test reached. */
    private final List<String> accessibility = new ArrayList<>();

    @Test
    void aQuarterlyReportFromDraftToTheTaskCard() {
        // Later than any period the API tests open (2001-2089), so that this report is the task's newest.
        int year = 2090 + ThreadLocalRandom.current().nextInt(10);
        int quarter = 1 + ThreadLocalRandom.current().nextInt(4);
        String label = year + "년 " + quarter + "분기";
        String due = java.time.LocalDate.of(year, quarter * 3, 1).plusMonths(1).plusDays(9).toString();
        String[] documentUrl = new String[1];
        String[] reportUrl = new String[1];

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
            checkBothWidths(browser, "periods page, a period opened");
        });

        as("officer", browser -> {
            browser.open(base + "reports/index.xhtml");
            choose(browser, "reportsForm:period", label + " (진행 중)");
            browser.textContaining(By.id("reportsForm:periodInfo"), "제출 0/");
            checkBothWidths(browser, "report list");
            // By keyboard: Enter on the focused link in the table opens the report.
            browser.find(By.linkText("봉황대 일원 야간경관 명소화")).sendKeys(Keys.ENTER);
            browser.waitForUrlContaining("reports/edit.xhtml");
            reportUrl[0] = browser.driver().getCurrentUrl();
            browser.textContaining(By.id("reportState"), "미작성");
            for (String field : List.of("results", "nextSteps")) {
                assertEquals("true", browser.find(By.id("reportForm:" + field)).getAttribute("aria-required"), field);
            }
            for (String field : List.of("status", "progressPercent", "results", "nextSteps")) {
                assertEquals(1, browser.driver().findElements(By.cssSelector("label[for^='reportForm:" + field
                        + "'] .ui-outputlabel-rfi")).size(), "the label of " + field + " is marked required");
            }
            assertTrue(browser.text(By.id("reportForm:resultsHelp")).matches("\\d+자 남음"),
                    "the counter says what it counts: " + browser.text(By.id("reportForm:resultsHelp")));
            WebElement actual = browser.find(By.cssSelector("input[id$=':0:actual_input']"));
            String actualLabel = browser.text(By.cssSelector("label[for='" + actual.getAttribute("id") + "']"));
            assertTrue(actualLabel.contains("야간") && actualLabel.contains("("), "the KPI's name and unit: " + actualLabel);
            assertEquals(1, browser.driver().findElements(By.cssSelector("label[for='reportForm:results']")).size(),
                    "the results' label is bound to the field");
            String describedBy = browser.find(By.id("reportForm:results")).getAttribute("aria-describedby");
            assertEquals(List.of("reportForm:resultsHelp", "reportForm:resultsMessage"), List.of(describedBy.split(" ")),
                    "the results are described by their counter and their message");
            assertEquals(1, browser.driver().findElements(By.id("reportForm:resultsMessage")).size(),
                    "the message is on the page");
            checkBothWidths(browser, "empty report");

            // An empty submission: every missing field at once, each at its field, the count at the top.
            browser.click(By.id("reportForm:submit"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("messages"), "4개 항목을 확인하십시오");
            browser.textContaining(By.id("reportForm:statusMessage"), "추진상황을 선택하십시오");
            browser.textContaining(By.id("reportForm:progressPercentMessage"), "추진률을 입력하십시오");
            browser.textContaining(By.id("reportForm:resultsMessage"), "추진실적을 입력하십시오");
            browser.textContaining(By.id("reportForm:nextStepsMessage"), "향후계획을 입력하십시오");
            browser.waiter().until(d -> String.valueOf(d.switchTo().activeElement().getAttribute("id"))
                    .startsWith("reportForm:status"));
            browser.screenshot("21-report-refused");
            checkBothWidths(browser, "report with errors after an empty submission");

            // The conditional fields are marked as soon as the status asks for them.
            choose(browser, "reportForm:status", "일부추진");
            browser.waiter().until(d -> "true".equals(d.findElement(By.id("reportForm:delayReasons"))
                    .getAttribute("aria-required")));
            assertEquals("true", browser.find(By.id("reportForm:countermeasures")).getAttribute("aria-required"));
            browser.textContaining(By.id("reportState"), "작성 중");
            choose(browser, "reportForm:status", "정상추진");
            browser.textContaining(By.id("reportForm:saveState"), "자동 저장됨");
            browser.waiter().until(d -> d.findElement(By.id("reportForm:statusMessage")).getText().isBlank());
            retype(browser, By.id("reportForm:progressPercent_input"), "70");
            browser.waiter().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("reportForm:progressPercentMessage")).getText().isBlank());
            browser.type(By.id("reportForm:results"), "봉황대 야간경관 조명 12개소 설치 완료, 시범 점등");
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
            browser.waiter().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "120,000,000원"
                    .equals(d.findElement(By.cssSelector("input[id$=':0:executed']")).getAttribute("value")));
            assertEquals("250,000,000원", browser.find(By.cssSelector("input[id$=':0:secured']")).getAttribute("value"),
                    "amounts are shown grouped with 원");
            browser.waiter().until(d -> d.findElement(By.id("reportForm:resultsMessage")).getText().isBlank()
                    && d.findElement(By.id("reportForm:nextStepsMessage")).getText().isBlank());
            browser.screenshot("21-report-written");
            checkBothWidths(browser, "filled report");

            String line = browser.text(By.id("reportForm:line"));
            assertTrue(line.contains("이정훈") && line.contains("최유진") && line.contains("배수진")
                    && line.contains("박성호"), "the review, both collaborating departments and the decider: " + line);
            browser.click(By.id("reportForm:submit"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForUrlContaining("approvals/document.xhtml");
            browser.textContaining(By.id("docStatus"), "결재 진행");
            documentUrl[0] = browser.driver().getCurrentUrl();
            browser.screenshot("22-report-submitted");
            browser.open(reportUrl[0]);
            browser.textContaining(By.id("reportState"), "결재 중");
            checkBothWidths(browser, "submitted report");
        });

        as("teamlead", browser -> {
            browser.open(documentUrl[0]);
            browser.type(By.id("actionForm:comment"), "재원 확보액의 근거를 보완해 주십시오.");
            browser.click(By.id("actionForm:return"));
            browser.textContaining(By.id("docStatus"), "반려");
        });

        as("officer", browser -> {
            browser.open(reportUrl[0]);
            browser.textContaining(By.id("reportState"), "반려");
            String notice = browser.text(By.id("returnNotice"));
            assertTrue(notice.contains("재원 확보액의 근거를 보완해 주십시오.") && notice.contains("이정훈")
                    && notice.contains("팀장") && notice.contains("관광기획팀"), "why, who, where: " + notice);
            assertTrue(notice.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), "when: " + notice);
            assertTrue(browser.find(By.id("returnDocumentLink")).getAttribute("href").contains("approvals/document.xhtml"));
            browser.screenshot("22-report-returned");
            checkBothWidths(browser, "returned report");
            browser.click(By.id("reportForm:submit"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForUrlContaining("approvals/document.xhtml");
            browser.textContaining(By.id("docStatus"), "결재 진행");
        });

        as("teamlead", browser -> {
            assertTrue(browser.text(By.id("navApprovals")).matches("(?s).*결재함\\s*\\d+.*"), "a count in the header");
            browser.click(By.id("navApprovals"));
            browser.click(By.partialLinkText(label + " 추진실적 보고 (1-2"));
            browser.type(By.id("actionForm:comment"), "검토했습니다.");
            browser.click(By.id("actionForm:approve"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("nextStep"), "처리했습니다");
        });

        as("collab", browser -> {
            browser.open(documentUrl[0]);
            browser.textContaining(By.id("actionForm:approve"), "협조 (동의)");
            browser.click(By.id("actionForm:approve"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("nextStep"), "협조(동의)했습니다");
        });

        as("urbanoff", browser -> {
            browser.open(documentUrl[0]);
            browser.click(By.id("actionForm:approve"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.textContaining(By.id("nextStep"), "협조(동의)했습니다");
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

            browser.open(reportUrl[0]);
            browser.textContaining(By.id("reportState"), "결재 완료");
            checkBothWidths(browser, "approved report");
        });
        assertEquals(List.of(), accessibility, "the accessibility check in every state:\n" + String.join("\n", accessibility));
    }

    /**
     * The accessibility check on the page as it is, at the phone's width and then the desktop's; what it finds is
     * kept, and the test fails at its end with everything found in every state.
     */
    private void checkBothWidths(Browser browser, String state) {
        try {
            browser.phone();
            Accessibility.problems(browser).forEach(p -> accessibility.add(state + " (390 px): " + p));
        } finally {
            browser.desktop();
        }
        Accessibility.problems(browser).forEach(p -> accessibility.add(state + " (desktop): " + p));
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
