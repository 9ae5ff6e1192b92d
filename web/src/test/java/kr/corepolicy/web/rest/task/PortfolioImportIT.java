package kr.corepolicy.web.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
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
 * a bad cell or a broken card rule is refused whole, with the place of every problem, and saves nothing.
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
