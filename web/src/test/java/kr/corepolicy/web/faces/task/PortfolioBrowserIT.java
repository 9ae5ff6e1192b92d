package kr.corepolicy.web.faces.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.service.task.TaskWorkbook;
import kr.corepolicy.web.Accessibility;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Browser;
import kr.corepolicy.web.Printed;
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
 * The planning officer's path in Chromium: imports a file that is no workbook and the template with one bad row and
 * sees the errors, fixes it, imports, finds the task through the filters (a strategy card starts the list over),
 * opens its card by keyboard, edits it, writing a fund amount the Korean way (refused when ambiguous, with the
 * accepted forms). The card prints on one A4 page with its status, and its official figures name their period.
 * Every state is checked for accessibility at the desktop and the phone width.
 */
@ExtendWith(SharedServer.class)
class PortfolioBrowserIT {

    private static final String PW = "demo1234";

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
            browser.signIn(base.toString(), "planner", PW);

            browser.open(base + "tasks/import.xhtml");
            accessible(browser, "import page");
            Path corrupt = Files.write(dir.resolve("import-corrupt.xlsx"), "no workbook".getBytes());
            upload(browser, corrupt);
            String unreadable = browser.text(By.id("importForm:fileProblems"));
            assertTrue(unreadable.contains("엑셀 통합 문서(.xlsx)로 읽을 수 없습니다"), unreadable);
            assertTrue(browser.driver().findElements(By.id("importForm:problems")).isEmpty(),
                    "a file that is no workbook has no sheet, row or column to list (never 행 0)");
            // The upload's own row (file name, progress bar) goes once PrimeFaces has finished with the answer; the
            // state checked is the page after the upload, not the moment between the answer and that clean-up.
            browser.waiter().until(d -> d.findElements(By.cssSelector(".ui-fileupload-row")).isEmpty());
            accessible(browser, "import page, a file that is no workbook");

            browser.open(base + "tasks/import.xhtml");
            upload(browser, bad);
            WebElement problems = browser.find(By.id("importForm:problems"));
            String problemText = problems.getText();
            assertTrue(problemText.contains("과제목록") && problemText.contains("시작일") && problemText.contains("3"),
                    problemText);
            browser.screenshot("10-import-refused");
            browser.waiter().until(d -> d.findElements(By.cssSelector(".ui-fileupload-row")).isEmpty());
            accessible(browser, "import page, a row refused");

            browser.open(base + "tasks/index.xhtml?q=" + token);
            assertTrue(browser.text(By.id("portfolioForm:tasks")).contains("조건에 맞는 과제가 없습니다"),
                    "nothing was saved from the refused file");

            browser.open(base + "tasks/import.xhtml");
            upload(browser, good);
            assertTrue(browser.text(By.id("importForm:importDone")).contains("새 과제 2건"),
                    browser.text(By.id("importForm:importDone")));
            browser.screenshot("11-import-done");

            browser.open(base + "tasks/index.xhtml?q=" + token);
            accessible(browser, "task list, filtered by text");
            browser.click(By.xpath("//a[contains(@id,'strategyCard')][.//span[text()='6']]"));
            browser.waiter().until(ExpectedConditions.attributeContains(By.xpath(
                    "//div[contains(concat(' ', @class, ' '), ' cp-strategy-card ')][.//span[text()='6']]"), "class",
                    "cp-selected"));
            assertEquals("", browser.find(By.id("portfolioForm:text")).getAttribute("value"),
                    "a strategy card starts the list over, filtered by that strategy only");
            accessible(browser, "task list, one strategy");
            browser.type(By.id("portfolioForm:text"), token);
            browser.click(By.id("portfolioForm:search"));
            browser.textContaining(By.id("portfolioForm:tasks:found"), "결과 2건");
            String table = browser.text(By.id("portfolioForm:tasks"));
            assertTrue(table.contains(second), table);
            assertEquals(2, browser.driver().findElements(By.cssSelector("[id='portfolioForm:tasks_data'] > tr")).size(),
                    "strategy 6 and the search text select exactly the two imported tasks");
            browser.screenshot("12-portfolio-filtered");
            accessible(browser, "task list, strategy and text");

            browser.find(By.linkText(title + " A")).sendKeys(Keys.ENTER);
            assertEquals(first, browser.text(By.id("cardNumber")));
            assertEquals(title + " A", browser.text(By.id("cardTaskTitle")));
            assertEquals("공원녹지과", browser.text(By.id("cardOwner")));
            browser.screenshot("13-task-card");
            accessible(browser, "task card");

            browser.click(By.id("editTask"));
            WebElement summary = browser.find(By.id("taskForm:summary"));
            assertDescribedAndLabelled(browser, "taskForm:summary");
            summary.clear();
            summary.sendKeys("브라우저에서 고친 개요 " + token);
            accessible(browser, "task editor");
            browser.click(By.id("taskForm:addFundYear"));
            By city = By.cssSelector("input.cp-money-input[aria-label='2024년 시비']");
            browser.find(city).sendKeys("3억5천", Keys.TAB);
            accessible(browser, "task editor, filled");
            browser.click(By.id("taskForm:save"));
            String refusal = browser.textContaining(By.id("messages"), "3억5천");
            assertTrue(refusal.contains("2024년 시비") && refusal.contains("3억 5천만원"),
                    "the field and the accepted forms: " + refusal);
            assertTrue(browser.driver().getCurrentUrl().contains("edit.xhtml"), "stays on the form");
            browser.screenshot("14a-amount-refused");
            accessible(browser, "task editor, an amount refused");
            WebElement amount = browser.find(city);
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "3억 5천만원", Keys.TAB);
            browser.click(By.id("taskForm:save"));
            browser.waitForUrlContaining("card.xhtml");
            assertEquals("브라우저에서 고친 개요 " + token, browser.text(By.id("cardSummary")));
            assertEquals("350,000,000원", browser.text(By.id("cardTotal")), "grouped, with its unit");
            assertTrue(browser.text(By.id("messages")).contains(first), "the saved message names the task");
            browser.screenshot("14-task-edited");
        }
    }

    @Test
    void theOwningDepartmentSeesPlanningFieldsReadOnlyAndABadPlanStepIsExplainedWhereItIs() {
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
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
            accessible(browser, "task editor of the owning department, a plan step refused");
        }
    }

    @Test
    void theCardPrintsOnOneA4PageWithItsStatusAndItsOfficialFiguresNameTheirPeriod() {
        ApiClient api = new ApiClient(base);
        long task = taskWithAnApprovedReport(api);
        String label = api.get("api/tasks/" + task, "officer", PW).json().getJsonObject("official")
                .getString("periodLabel");
        try (Browser browser = Browser.start()) {
            browser.signIn(base.toString(), "officer", PW);
            browser.open(base + "tasks/card.xhtml?id=" + task);
            assertEquals(label + " 결재 완료 보고서의 공식 수치입니다. 결재 문서", browser.text(By.id("officialFrom")),
                    "the period of the official report, and a space before the link");
            accessible(browser, "task card with official figures");
            Printed official = Printed.of(browser.printToPdf());
            assertTrue(official.text().contains(label + " 결재 완료 보고서의 공식 수치입니다."), official.toString());
            assertFalse(official.text().contains("null"), official.toString());

            // A card as planned (2-7, 완료 before the demo's reporting months: no report) is one page.
            browser.open(base + "tasks/index.xhtml?q=2-7");
            browser.find(By.partialLinkText("투자유치")).sendKeys(Keys.ENTER);
            Printed planned = Printed.of(browser.printToPdf());
            assertEquals(1, planned.pages(), "the card of a demo task without reports is one page: " + planned);
            assertTrue(planned.text().contains("1 / 1"), "the page number: " + planned);

            // With its official report (the demo's approved months), at most two.
            browser.open(base + "tasks/index.xhtml?q=1-1");
            browser.find(By.partialLinkText("황리단길")).sendKeys(Keys.ENTER);
            String status = browser.text(By.id("cardStatus"));
            Printed card = Printed.of(browser.printToPdf());
            assertTrue(card.pages() <= 2, "the card with its official report is at most two pages: " + card);
            assertTrue(card.allA4(), "on A4");
            String text = card.text();
            assertTrue(text.contains("추진상태 " + status), "the status is printed: " + text);
            assertTrue(text.contains("출력일 " + LocalDate.now(ZoneId.of("Asia/Seoul"))), "the print date: " + text);
            assertTrue(text.contains("1 / " + card.pages()), "the page number: " + text);
            assertTrue(text.contains("지표명 단위 방향 기준값"), "KPI headings whole, never 단/위: " + text);
            assertTrue(text.contains("4,000,000,000원"), "money grouped with its unit: " + text);
            assertFalse(text.contains("null"), text);
        }
    }

    /** Checks the page as it is at the desktop width and at the phone width, and goes back to the desktop. */
    private static void accessible(Browser browser, String state) {
        Accessibility.check(browser.desktop(), state + " (desktop)");
        try {
            Accessibility.check(browser.phone(), state + " (phone)");
        } finally {
            browser.desktop();
        }
    }

    /**
     * A task of this test's own (4-800..899 of the 관광정책과, officer 'officer') and a monthly period of its own
     * whose report of the task is written, submitted on the proposed line and approved by everyone on it.
     */
    private static long taskWithAnApprovedReport(ApiClient api) {
        long task = -1;
        for (int attempt = 0; task < 0 && attempt < 20; attempt++) {
            String number = "4-" + (800 + ThreadLocalRandom.current().nextInt(100));
            Reply made = api.post("api/tasks", "planner", PW, Json.createObjectBuilder().add("managementNumber", number)
                    .add("title", "출력 시험 과제 " + number).add("strategyNumber", 4).add("owningUnitCode", "D-TOUR")
                    .add("officerUsername", "officer").add("sources", Json.createArrayBuilder().add("CITY_PLEDGE"))
                    .add("start", "2024-01-01").add("end", "2026-12-31").add("term", "MEDIUM").build().toString());
            if (made.status() == 201) {
                task = made.json().getJsonNumber("id").longValue();
            }
        }
        assertTrue(task > 0, "no free task number");
        long period = -1;
        for (int attempt = 0; period < 0 && attempt < 20; attempt++) {
            // A future month, so that the report is not late (a late one waits for the planning office's consent).
            int year = 2030 + ThreadLocalRandom.current().nextInt(60);
            int month = 1 + ThreadLocalRandom.current().nextInt(12);
            Reply opened = api.post("api/periods", "planner", PW, Json.createObjectBuilder().add("kind", "MONTHLY")
                    .add("year", year).add("number", month).add("dueDate", LocalDate.of(year, month, 1).plusDays(40)
                            .toString()).add("graceDays", 2).build().toString());
            if (opened.status() == 201) {
                period = opened.json().getJsonNumber("id").longValue();
            }
        }
        assertTrue(period > 0, "no free period");
        long report = api.get("api/reports?period=" + period + "&task=" + task, "officer", PW).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long version = api.get("api/reports/" + report, "officer", PW).json().getJsonNumber("version").longValue();
        Reply written = api.put("api/reports/" + report, "officer", PW, Json.createObjectBuilder().add("version", version)
                .add("status", "ON_TRACK").add("progressPercent", 40).add("results", "출력 시험 실적")
                .add("nextSteps", "출력 시험 향후계획").add("kpiActuals", Json.createArrayBuilder())
                .add("funds", Json.createArrayBuilder()).build().toString());
        assertEquals(200, written.status(), written.toString());
        Reply submitted = api.post("api/reports/" + report + "/submit", "officer", PW, Json.createObjectBuilder()
                .add("version", written.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, submitted.status(), submitted.toString());
        long document = submitted.json().getJsonNumber("documentId").longValue();
        for (JsonObject step : api.get("api/approvals/" + document, "officer", PW).json().getJsonArray("currentLine")
                .getValuesAs(JsonObject.class)) {
            Reply acted = api.post("api/approvals/" + document + "/actions", step.getString("assigneeUsername"), PW,
                    Json.createObjectBuilder().add("action", "approve").build().toString());
            assertEquals(200, acted.status(), step.getString("assigneeUsername") + ": " + acted);
        }
        return task;
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
                || !d.findElements(By.id("importForm:fileProblems")).isEmpty()
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
