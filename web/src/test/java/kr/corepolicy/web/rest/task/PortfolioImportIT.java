package kr.corepolicy.web.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.corepolicy.service.demo.DemoPortfolioFile;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Excel in and out on the real WAR: exporting then importing the exported file changes nothing; a file with
 * a bad cell or a broken card rule is refused whole, with the place of every problem, and saves nothing; a small
 * file that inflates too far is refused unread; one import runs at a time.
 */
@ExtendWith(SharedServer.class)
class PortfolioImportIT {

    /** The first year of task 1-1's fund plan in the demo (the file's 2023, moved to the demo's years). */
    private static final int FIRST_FUND_YEAR = 2023 + DemoPortfolioFile.yearShift(Instant.now());

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final URL base = SharedServer.url();

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void exportingThenImportingTheExportedFileChangesNothing() throws Exception {
        byte[] exported = export();
        JsonObject first = importFile(exported, "planner");
        assertTrue(first.getBoolean("saved"), first.toString());
        assertEquals(0, first.getInt("created"), first.toString());
        assertEquals(0, first.getInt("updated"), "the round trip is exact: " + first);
        assertTrue(first.getInt("unchanged") >= 49, first.toString());
        JsonObject again = importFile(exported, "planner");
        assertEquals(0, again.getInt("updated") + again.getInt("created"), "importing twice changes nothing");
    }

    @Test
    void aBadCellRefusesTheWholeFileAndSavesNothing() throws Exception {
        String newTitle = "바뀌면 안 되는 제목 " + UUID.randomUUID();
        byte[] changed = edit(export(), tasks -> {
            set(tasks, 2, "과제명", newTitle);
            set(tasks, 3, "시작일", "2024-13-45");
        });
        Reply reply = post(changed, "planner");
        assertEquals(400, reply.status(), reply.toString());
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("과제목록", problem.getString("sheet"));
        assertEquals(3, problem.getInt("row"));
        assertEquals("시작일", problem.getString("column"));
        assertTrue(problem.getString("message").contains("2024-13-45"), problem.toString());
        assertTrue(!api().get("api/tasks?q=" + java.net.URLEncoder.encode(newTitle, "UTF-8"), "planner", "demo1234")
                .body().contains(newTitle), "the good row of the refused file was not saved");
    }

    @Test
    void aBrokenCardRuleIsReportedWhereItIsAndSavesNothing() throws Exception {
        String newTitle = "역시 바뀌면 안 되는 제목 " + UUID.randomUUID();
        String[] owner = new String[1];
        byte[] changed = edit(export(), tasks -> {
            set(tasks, 2, "과제명", newTitle);
            owner[0] = get(tasks, 5, "주관부서");
            set(tasks, 5, "협조부서", owner[0]);
        });
        Reply reply = post(changed, "planner");
        assertEquals(400, reply.status(), reply.toString());
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertEquals(5, problem.getInt("row"));
        assertEquals("협조부서", problem.getString("column"));
        assertTrue(problem.getString("message").contains("주관부서"), problem.toString());
        assertTrue(!api().get("api/tasks?q=" + java.net.URLEncoder.encode(newTitle, "UTF-8"), "planner", "demo1234")
                .body().contains(newTitle), "nothing of the file was saved");
    }

    @Test
    void aFormulaWithoutACachedValueIsRefusedWithItsCellAndTheFundLineIsKept() throws Exception {
        long id = idOf("1-1");
        long before = cityFundOfFirstYear(id);
        String[] place = new String[1];
        byte[] changed = editSheet(export(), "재원계획", funds -> {
            int r = rowOf(funds, "1-1", FIRST_FUND_YEAR);
            Cell city = funds.getRow(r).getCell(column(funds, "시비"));
            city.setBlank();
            city.setCellFormula("400000000*2");
            place[0] = city.getAddress().formatAsString();
        });
        String xml = new String(partBytes(changed, partOf(changed, "재원계획")), StandardCharsets.UTF_8);
        Matcher cell = Pattern.compile("<c r=\"" + place[0] + "\"[^>]*>(.*?)</c>").matcher(xml);
        assertTrue(cell.find() && cell.group(1).equals("<f>400000000*2</f>"),
                "the file really holds the formula without a cached value: " + xml.length());

        Reply reply = post(changed, "planner");

        assertEquals(400, reply.status(), reply.toString());
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("import.uncachedFormula", problem.getString("code"), problem.toString());
        assertEquals("재원계획", problem.getString("sheet"));
        assertEquals("시비", problem.getString("column"));
        assertTrue(problem.getString("message").contains(place[0]), problem.toString());
        assertEquals(1, reply.json().getJsonArray("problems").size(), reply.toString());
        assertEquals(before, cityFundOfFirstYear(id), "the first 시비 line of 1-1 is still there");
    }

    @Test
    void aFileWithProblemsOfEveryKindListsThemAllAtOnceAndSavesNothing() throws Exception {
        String newTitle = "모든 문제를 한 번에 " + UUID.randomUUID();
        String[] owner = new String[1];
        byte[] changed = editSheet(edit(export(), tasks -> {
            set(tasks, 2, "과제명", newTitle);
            set(tasks, 3, "시작일", "2024-13-45");
            set(tasks, 3, "주관부서", "D-NOWHERE");
            set(tasks, 4, "주관부서", "D-NOWHERE");
            set(tasks, 4, "담당자 아이디", "nobody-at-all");
            owner[0] = get(tasks, 5, "주관부서");
            set(tasks, 5, "협조부서", owner[0]);
            Cell strategy = tasks.getRow(5).getCell(column(tasks, "전략번호"));
            strategy.setCellValue(99);
        }), "재원계획", funds -> {
            Row row = funds.getRow(1);
            Cell national = row.getCell(column(funds, "국비")) == null ? row.createCell(column(funds, "국비"))
                    : row.getCell(column(funds, "국비"));
            national.setBlank();
            national.setCellValue("3억5천");
        });

        Reply reply = post(changed, "planner");

        assertEquals(400, reply.status(), reply.toString());
        List<String> problems = new ArrayList<>();
        reply.json().getJsonArray("problems").getValuesAs(JsonObject.class).forEach(p -> problems.add(
                p.getString("sheet") + "|" + p.getInt("row") + "|" + p.getString("column") + "|" + p.getString("code")));
        assertEquals(List.of(
                "과제목록|3|시작일|import.badDate",
                "과제목록|3|주관부서|task.unknownUnit",
                "과제목록|4|주관부서|task.unknownUnit",
                "과제목록|4|담당자 아이디|task.unknownUser",
                "과제목록|5|협조부서|task.ownerAlsoCollaborating",
                "과제목록|6|전략번호|task.unknownStrategy",
                "재원계획|2|국비|won.ambiguous"), problems);
        assertFalse(api().get("api/tasks?q=" + java.net.URLEncoder.encode(newTitle, "UTF-8"), "planner", "demo1234")
                .body().contains(newTitle), "nothing of the file was saved");
    }

    @Test
    void moneyWrittenTheKoreanWayIsImported() throws Exception {
        String number = "7-" + (500 + new Random().nextInt(290));
        String title = "한국식 금액 " + UUID.randomUUID().toString().substring(0, 8);
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("api/tasks/template", "planner").body()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row task = wb.getSheet("과제목록").createRow(1);
            Object[] cells = {number, 7, title, "", "", "D-PARK", "", "", "경주시 공약", "2024-01-01", "2026-12-31",
                "중기", "정상추진"};
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Integer n) {
                    task.createCell(i).setCellValue(n);
                } else {
                    task.createCell(i).setCellValue((String) cells[i]);
                }
            }
            Sheet funds = wb.getSheet("재원계획");
            String[][] rows = {{number, "2024", "500,000,000원", "12억", "3억 5천만원", "５천만"},
                {number, "2025", "1,234,000,000원", "1억2천만원", "1.5억", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = funds.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            file = out.toByteArray();
        }

        JsonObject result = importFile(file, "planner");

        assertEquals(1, result.getInt("created"), result.toString());
        JsonObject card = api().get("api/tasks/" + idOf(number), "planner", "demo1234").json();
        List<String> lines = new ArrayList<>();
        card.getJsonArray("fundPlan").getValuesAs(JsonObject.class).forEach(l -> lines.add(
                l.getInt("fiscalYear") + " " + l.getString("source") + " " + l.getJsonNumber("amountWon").longValue()));
        assertEquals(List.of("2024 NATIONAL 500000000", "2024 PROVINCIAL 1200000000", "2024 CITY 350000000",
                "2024 PRIVATE 50000000", "2025 NATIONAL 1234000000", "2025 PROVINCIAL 120000000",
                "2025 CITY 150000000"), lines.stream().sorted((a, b) -> order(a).compareTo(order(b))).toList());
    }

    /** Sorts fund lines by year and then by the sources' order on the sheet. */
    private static String order(String line) {
        return line.substring(0, 4) + List.of("NATIONAL", "PROVINCIAL", "CITY", "PRIVATE").indexOf(line.split(" ")[1]);
    }

    private long idOf(String number) {
        JsonObject page = api().get("api/tasks?q=" + number + "&size=200", "planner", "demo1234").json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("managementNumber").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + number + ": " + page)).getJsonNumber("id")
                .longValue();
    }

    private long cityFundOfFirstYear(long id) {
        JsonObject card = api().get("api/tasks/" + id, "planner", "demo1234").json();
        return card.getJsonArray("fundPlan").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("fiscalYear") == FIRST_FUND_YEAR && l.getString("source").equals("CITY"))
                .mapToLong(l -> l.getJsonNumber("amountWon").longValue()).sum();
    }

    /** The 0-based row of a task's fiscal year on the fund sheet. */
    private static int rowOf(Sheet funds, String number, int year) {
        for (Row row : funds) {
            if (row.getRowNum() > 0 && number.equals(row.getCell(column(funds, "관리번호")).getStringCellValue())
                    && row.getCell(column(funds, "회계연도")).getNumericCellValue() == year) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no fund row " + number + " " + year);
    }

    @Test
    void onlyThePlanningOfficeImportsAndNotAnythingThatIsNotAWorkbook() throws Exception {
        assertEquals(403, post(export(), "officer").status());
        Reply notXlsx = post("not a workbook".getBytes(), "planner");
        assertEquals(400, notXlsx.status());
        assertEquals("import.notXlsx", notXlsx.json().getJsonArray("problems").getJsonObject(0).getString("code"));
    }

    @Test
    void aSmallWorkbookThatInflatesToOverAHundredMegabytesIsRefusedUnreadAndSavesNothing() throws Exception {
        String newTitle = "압축 폭탄에 실린 제목 " + UUID.randomUUID();
        byte[] changed = edit(export(), tasks -> set(tasks, 2, "과제명", newTitle));
        // Rows of text in a column that reading ignores: without the size check the file would import.
        byte[] bomb = withExtraRows(changed, "과제목록", 110L * 1024 * 1024);
        assertTrue(bomb.length < 8 * 1024 * 1024, "a small upload: " + bomb.length);

        Reply reply = post(bomb, "planner");

        assertEquals(400, reply.status(), reply.toString());
        assertFalse(reply.json().getBoolean("saved"), reply.toString());
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("import.uncompressedTooLarge", problem.getString("code"), reply.toString());
        assertTrue(problem.getString("message").contains("20MB"), problem.toString());
        assertEquals(1, reply.json().getJsonArray("problems").size(), reply.toString());
        assertFalse(api().get("api/tasks?q=" + java.net.URLEncoder.encode(newTitle, "UTF-8"), "planner", "demo1234")
                .body().contains(newTitle), "nothing of the file was saved");
        assertEquals(200, post(export(), "planner").status(), "the next import runs");
    }

    @Test
    void whileOneImportRunsEveryOtherIsToldToTryAgainAndTheNextOneAfterItRuns() throws Exception {
        byte[] exported = export();
        // The exported portfolio with 15 MB of rows that reading skips: valid, and a while in the reading.
        byte[] slow = withExtraRows(exported, "재원계획", 15L * 1024 * 1024);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<Reply> replies = new ArrayList<>();
        try {
            long started = System.nanoTime();
            Future<Reply> first = pool.submit(() -> post(slow, "planner"));
            Thread.sleep(300);
            while (!first.isDone()) {
                replies.add(post(exported, "planner"));
            }
            replies.add(0, first.get());
            System.out.printf("the slow import took %d ms; %d imports were sent while it ran%n",
                    (System.nanoTime() - started) / 1_000_000, replies.size() - 1);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(replies.stream().anyMatch(r -> r.status() == 200), replies.toString());
        List<Reply> refused = replies.stream().filter(r -> r.status() != 200).toList();
        assertFalse(refused.isEmpty(), "imports sent while another ran were refused: " + replies);
        for (Reply busy : refused) {
            assertEquals(409, busy.status(), "told to try again, never a failure: " + busy);
            assertTrue(busy.contentType().startsWith("application/problem+json"), busy.toString());
            assertEquals("import.busy", busy.json().getString("code"), busy.toString());
            assertTrue(busy.json().getString("detail").contains("잠시 후"), busy.toString());
        }
        Reply after = post(exported, "planner");
        assertEquals(200, after.status(), "the claim was given back: " + after);
        assertEquals(0, after.json().getInt("updated") + after.json().getInt("created"), after.toString());
    }

    @Test
    void twoImportsSentAtTheSameMomentNeverFail() throws Exception {
        byte[] exported = export();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return post(exported, "planner");
                }));
            }
            start.countDown();
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get());
            }
            assertTrue(done.stream().anyMatch(r -> r.status() == 200), done.toString());
            for (Reply r : done) {
                assertTrue(r.status() == 200 || r.status() == 409 && r.body().contains("\"import.busy\""),
                        "one runs, the other runs after it or is told to try again, never a failure: " + r);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUploadDeclaredOverTenMegabytesIsRefusedUnread() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Reply reply = post(big, "planner");
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertEquals("import.tooLarge", reply.json().getString("code"));
    }

    @Test
    void theTemplateHasTheKoreanHeadings() throws Exception {
        HttpResponse<byte[]> template = bytes("api/tasks/template", "officer");
        assertEquals(200, template.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertEquals("안내", wb.getSheetName(0));
            assertEquals("관리번호", wb.getSheet("과제목록").getRow(0).getCell(0).getStringCellValue());
            assertEquals(0, wb.getSheet("과제목록").getLastRowNum(), "headings only");
        }
    }

    private byte[] export() throws Exception {
        HttpResponse<byte[]> response = bytes("api/tasks/export", "planner");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        return response.body();
    }

    private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(api().request(path, user, "demo1234").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonObject importFile(byte[] file, String user) {
        Reply reply = post(file, user);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private Reply post(byte[] file, String user) {
        return api().send(api().request("api/tasks/import", user, "demo1234").header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private interface SheetEdit {
        void apply(Sheet tasks);
    }

    private static byte[] edit(byte[] workbook, SheetEdit edit) throws IOException {
        return editSheet(workbook, "과제목록", edit);
    }

    private static byte[] editSheet(byte[] workbook, String sheet, SheetEdit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb.getSheet(sheet));
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The bytes of one part of a zip. */
    private static byte[] partBytes(byte[] zip, String part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(part)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no part " + part);
    }

    /**
     * The workbook with about {@code bytes} of rows appended to a sheet, each a text cell in column Z (which no
     * sheet reads), part random so that the zip keeps a ratio POI accepts by default (about 1:30).
     */
    private static byte[] withExtraRows(byte[] workbook, String sheet, long bytes) throws IOException {
        String part = partOf(workbook, sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (!entry.getName().equals(part)) {
                    in.transferTo(zip);
                } else {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int end = xml.indexOf("</sheetData>");
                    Matcher rows = Pattern.compile("<row r=\"(\\d+)\"").matcher(xml);
                    int last = 0;
                    while (rows.find()) {
                        last = Integer.parseInt(rows.group(1));
                    }
                    Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                    writer.write(xml.substring(0, end));
                    Random random = new Random(bytes);
                    String filler = "x".repeat(600);
                    long written = 0;
                    for (int r = last + 1; written < bytes; r++) {
                        String row = "<row r=\"" + r + "\"><c r=\"Z" + r + "\" t=\"inlineStr\"><is><t>"
                                + Long.toHexString(random.nextLong()) + filler + "</t></is></c></row>";
                        writer.write(row);
                        written += row.length();
                    }
                    writer.write(xml.substring(end));
                    writer.flush();
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The zip part of a sheet, from the workbook part and its relationships. */
    private static String partOf(byte[] workbook, String sheet) throws IOException {
        String book = null;
        String rels = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/workbook.xml")) {
                    book = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } else if (entry.getName().equals("xl/_rels/workbook.xml.rels")) {
                    rels = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        Matcher id = Pattern.compile("<sheet [^>]*name=\"" + sheet + "\"[^>]*r:id=\"([^\"]+)\"").matcher(book);
        assertTrue(id.find(), "the workbook has " + sheet);
        Matcher target = Pattern.compile("Id=\"" + id.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"")
                .matcher(rels);
        if (!target.find()) {
            target = Pattern.compile("Target=\"/?(?:xl/)?([^\"]+)\"[^>]*Id=\"" + id.group(1) + "\"").matcher(rels);
            assertTrue(target.find(), "the relationship " + id.group(1));
        }
        return "xl/" + target.group(1);
    }

    private static int column(Sheet sheet, String heading) {
        for (Cell cell : sheet.getRow(0)) {
            if (heading.equals(cell.getStringCellValue().strip())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading);
    }

    /** Sets a cell by Excel row number (1 = headings) and heading, as text. */
    private static void set(Sheet sheet, int excelRow, String heading, String value) {
        Row row = sheet.getRow(excelRow - 1);
        int c = column(sheet, heading);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        cell.setBlank();
        cell.setCellValue(value);
    }

    private static String get(Sheet sheet, int excelRow, String heading) {
        return sheet.getRow(excelRow - 1).getCell(column(sheet, heading)).getStringCellValue();
    }
}
