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
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Deployments;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Excel in and out on the real WAR: exporting then importing the exported file changes nothing; a file with
 * a bad cell or a broken card rule is refused whole, with the place of every problem, and saves nothing; a small
 * file that inflates too far is refused unread; one import runs at a time.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    private URL base;

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
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb.getSheet("과제목록"));
            wb.write(out);
            return out.toByteArray();
        }
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
