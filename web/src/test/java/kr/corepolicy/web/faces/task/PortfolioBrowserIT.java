package kr.corepolicy.web.faces.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kr.corepolicy.service.task.TaskWorkbook;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.SharedServer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The planning officer's path in Chromium: imports the template with one bad row and sees the error, fixes it,
 * imports, finds the task through the filters, opens its card, edits it, writing a fund amount the Korean way
 * (refused when ambiguous, with the accepted forms).
 */
@ExtendWith(SharedServer.class)
class PortfolioBrowserIT {

    private final URL base = SharedServer.url();

    @Test
    void importFindOpenAndEditATask() throws IOException {
        String token = UUID.randomUUID().toString().substring(0, 6);
        int n = 800 + (int) (Math.random() * 190);
        String first = "6-" + n;
        String second = "6-" + (n + 1);
        String title = "시험과제 " + token;
        Path dir = Files.createDirectories(Path.of(System.getProperty("corepolicy.screenshots", "target/screenshots")));
        Path bad = workbook(dir.resolve("import-bad.xlsx"), first, second, title, "2024-13-45");
        Path good = workbook(dir.resolve("import-good.xlsx"), first, second, title, "2024-03-01");

        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "planner", "demo1234");

            browser.open(base + "tasks/import.xhtml");
            upload(browser, bad);
            WebElement problems = browser.find(By.id("importForm:problems"));
            String problemText = problems.getText();
            assertTrue(problemText.contains("과제목록") && problemText.contains("시작일") && problemText.contains("3"),
                    problemText);
            browser.screenshot("10-import-refused");

            browser.open(base + "tasks/index.xhtml?q=" + token);
            assertTrue(browser.text(By.id("portfolioForm:tasks")).contains("조건에 맞는 과제가 없습니다"),
                    "nothing was saved from the refused file");

            browser.open(base + "tasks/import.xhtml");
            upload(browser, good);
            assertTrue(browser.text(By.id("importForm:importDone")).contains("새 과제 2건"),
                    browser.text(By.id("importForm:importDone")));
            browser.screenshot("11-import-done");

            browser.open(base + "tasks/index.xhtml");
            browser.click(By.xpath("//a[contains(@id,'strategyCard')][.//span[text()='6']]"));
            browser.waiter().until(ExpectedConditions.attributeContains(By.xpath(
                    "//div[contains(concat(' ', @class, ' '), ' cp-strategy-card ')][.//span[text()='6']]"), "class",
                    "cp-selected"));
            browser.type(By.id("portfolioForm:text"), token);
            browser.click(By.id("portfolioForm:search"));
            browser.textContaining(By.id("portfolioForm:tasks:found"), "결과 2건");
            String table = browser.text(By.id("portfolioForm:tasks"));
            assertTrue(table.contains(second), table);
            assertEquals(2, browser.driver().findElements(By.cssSelector("[id='portfolioForm:tasks_data'] > tr")).size(),
                    "strategy 6 and the search text select exactly the two imported tasks");
            browser.screenshot("12-portfolio-filtered");

            browser.click(By.linkText(title + " A"));
            assertEquals(first, browser.text(By.id("cardNumber")));
            assertEquals(title + " A", browser.text(By.id("cardTaskTitle")));
            assertEquals("공원녹지과", browser.text(By.id("cardOwner")));
            browser.screenshot("13-task-card");

            browser.click(By.id("editTask"));
            WebElement summary = browser.find(By.id("taskForm:summary"));
            assertDescribedAndLabelled(browser, "taskForm:summary");
            summary.clear();
            summary.sendKeys("브라우저에서 고친 개요 " + token);
            browser.click(By.id("taskForm:addFundYear"));
            By city = By.cssSelector("input.cp-money-input[aria-label='시비']");
            browser.find(city).sendKeys("3억5천", Keys.TAB);
            browser.click(By.id("taskForm:save"));
            String refusal = browser.textContaining(By.id("messages"), "3억5천");
            assertTrue(refusal.contains("2024 시비") && refusal.contains("3억 5천만원"),
                    "the field and the accepted forms: " + refusal);
            assertTrue(browser.driver().getCurrentUrl().contains("edit.xhtml"), "stays on the form");
            browser.screenshot("14a-amount-refused");
            WebElement amount = browser.find(city);
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "3억 5천만원", Keys.TAB);
            browser.click(By.id("taskForm:save"));
            browser.waitForUrlContaining("card.xhtml");
            assertEquals("브라우저에서 고친 개요 " + token, browser.text(By.id("cardSummary")));
            assertTrue(browser.text(By.id("cardTotal")).contains("350,000,000"), browser.text(By.id("cardTotal")));
            assertTrue(browser.text(By.id("messages")).contains(first), "the saved message names the task");
            browser.screenshot("14-task-edited");
        }
    }

    @Test
    void theOwningDepartmentSeesPlanningFieldsReadOnlyAndABadPlanStepIsExplainedWhereItIs() {
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", "demo1234");
            browser.open(base + "tasks/index.xhtml?q=1-2");
            browser.click(By.partialLinkText("봉황대"));
            browser.click(By.id("editTask"));
            assertTrue(!browser.find(By.id("taskForm:title")).isEnabled(), "the title is the planning office's");
            browser.click(By.id("taskForm:addMilestone"));
            browser.waiter().until(d -> d.findElements(By.cssSelector("[id$=':content']")).size() >= 4);
            List<WebElement> years = browser.driver().findElements(By.cssSelector("input[id$=':year_input']"));
            WebElement lastYear = years.get(years.size() - 1);
            lastYear.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "2031", Keys.TAB);
            List<WebElement> contents = browser.driver().findElements(By.cssSelector("input[id$=':content']"));
            contents.get(contents.size() - 1).sendKeys("기간 밖의 단계");
            browser.click(By.id("taskForm:save"));
            String message = browser.textContaining(By.id("messages"), "사업기간");
            assertTrue(message.contains("2031년") && message.contains("사업기간"), message);
            assertTrue(browser.driver().getCurrentUrl().contains("edit.xhtml"), "stays on the form");
            browser.screenshot("15-edit-refused");
        }
    }

    /** A form field's input has a label bound to it and is described by elements of the page (its message). */
    private static void assertDescribedAndLabelled(Browser browser, String id) {
        assertEquals(1, browser.driver().findElements(By.cssSelector("label[for='" + id + "']")).size(),
                "one label is bound to " + id);
        String describedBy = browser.find(By.id(id)).getAttribute("aria-describedby");
        assertTrue(describedBy != null && !describedBy.isBlank(), id + " is described by its message");
        for (String target : describedBy.trim().split("\\s+")) {
            assertEquals(1, browser.driver().findElements(By.id(target)).size(), id + " is described by " + target);
        }
    }

    private static void upload(Browser browser, Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("#importForm input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waiter().until(d -> !d.findElements(By.id("importForm:problems")).isEmpty()
                || !d.findElements(By.id("importForm:importDone")).isEmpty());
    }

    /** The template with two tasks on 과제목록; the second one's start date is given. */
    private static Path workbook(Path file, String first, String second, String title, String secondStart)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TaskWorkbook.template()))) {
            Sheet tasks = wb.getSheet("과제목록");
            fill(tasks.createRow(1), first, title + " A", "2024-01-01");
            fill(tasks.createRow(2), second, title + " B", secondStart);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void fill(Row row, String number, String title, String start) {
        String[] cells = {number, "6", title, "", "시험으로 가져온 과제", "D-PARK", "", "D-ENV", "경주시 공약", start,
            "2026-12-31", "중기", "정상추진"};
        for (int i = 0; i < cells.length; i++) {
            if (i == 1) {
                row.createCell(i).setCellValue(6);
            } else {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
