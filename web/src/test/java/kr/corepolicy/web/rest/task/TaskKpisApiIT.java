package kr.corepolicy.web.rest.task;

import static kr.corepolicy.web.rest.task.KpiFixture.PW;
import static kr.corepolicy.web.rest.task.KpiFixture.SATISFACTION;
import static kr.corepolicy.web.rest.task.KpiFixture.VACANCY;
import static kr.corepolicy.web.rest.task.KpiFixture.VISITORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GET /api/tasks/{id}/kpis on a task of the test's own, with reports written, submitted and approved through the
 * API, and every figure worked out by hand with the thresholds at their defaults (정상 from 90 %, 미흡 from 60 %).
 * The task runs from year Y to Y+1 (Y a free year far ahead) with three KPIs:
 * <ul>
 * <li>visitors, higher is better: baseline 100, target 200 in Y and 260 in Y+1;</li>
 * <li>vacancy, lower is better: baseline 12, target 6 in Y and 3 in Y+1;</li>
 * <li>satisfaction, higher is better: baseline 70, a target (80) in Y+1 only.</li>
 * </ul>
 * Four monthly periods: March and June of Y, March and December of Y+1. The reports of March Y, June Y and December
 * Y+1 are approved (December first: the official report is the latest period's, whatever the order of approval);
 * that of March Y+1 is only submitted, and counts for nothing.
 */
@ExtendWith(SharedServer.class)
class TaskKpisApiIT {

    private final ApiClient api = new ApiClient(SharedServer.url());
    private final KpiFixture f = new KpiFixture(api);

    @Test
    void theKpisOfATaskOverTimeAreItsApprovedActualsAgainstTheTrajectoryWithTheirSources() {
        int year = -1;
        long task = -1;
        Map<String, Long> periods = null;
        for (int attempt = 0; periods == null && attempt < 20; attempt++) {
            // 2040-2098: the years of Y and Y+1 must be free of the four months this test opens.
            year = 2040 + ThreadLocalRandom.current().nextInt(59);
            task = f.newTask(year);
            periods = f.openPeriods(Map.of("mar", new int[] {year, 3}, "jun", new int[] {year, 6},
                    "mar2", new int[] {year + 1, 3}, "dec", new int[] {year + 1, 12}));
        }
        assertTrue(periods != null, "no free year");
        Map<String, Long> kpiIds = f.kpiIds(task);

        Map<String, Long> documents = new HashMap<>();
        documents.put("dec", f.approve(task, periods.get("dec"), Map.of(kpiIds.get(VISITORS), "230",
                kpiIds.get(VACANCY), "3.5", kpiIds.get(SATISFACTION), "79")));
        documents.put("mar", f.approve(task, periods.get("mar"), Map.of(kpiIds.get(VISITORS), "120",
                kpiIds.get(VACANCY), "11", kpiIds.get(SATISFACTION), "72")));
        documents.put("jun", f.approve(task, periods.get("jun"), Map.of(kpiIds.get(VACANCY), "8")));
        f.submitOnly(task, periods.get("mar2"), Map.of(kpiIds.get(VISITORS), "999"));

        Reply reply = api.get("api/tasks/" + task + "/kpis", "fishoff", PW);
        assertEquals(200, reply.status(), "every employee reads approved figures: " + reply);
        JsonObject kpis = reply.json();
        assertEquals(task, kpis.getJsonNumber("taskId").longValue());
        assertEquals(90, kpis.getJsonObject("thresholds").getInt("onTrackFrom"), "the default thresholds");
        assertEquals(60, kpis.getJsonObject("thresholds").getInt("behindFrom"));
        long official = f.reportId(task, periods.get("dec"));
        assertEquals(official, kpis.getJsonNumber("officialReportId").longValue(), "the latest period's report");
        List<JsonObject> list = kpis.getJsonArray("kpis").getValuesAs(JsonObject.class);
        assertEquals(List.of(VISITORS, VACANCY, SATISFACTION), list.stream().map(k -> k.getString("name")).toList());

        String mar = year + "년 3월";
        String jun = year + "년 6월";
        String dec = (year + 1) + "년 12월";

        JsonObject visitors = list.get(0);
        assertEquals("HIGHER", visitors.getString("direction"));
        assertEquals("100", number(visitors, "baseline"));
        assertEquals("만명", visitors.getString("unit"));
        assertEquals("{\"" + year + "\":200,\"" + (year + 1) + "\":260}", visitors.getJsonObject("targets").toString());
        List<JsonObject> v = visitors.getJsonArray("periods").getValuesAs(JsonObject.class);
        assertEquals(List.of(mar, jun, dec), v.stream().map(p -> p.getString("periodLabel")).toList(),
                "approved periods only, oldest first (March of Y+1 was never approved)");
        // March Y: the line is at 100 + (200 - 100) × 3/12 = 125; 120 made 20 of the 25 expected: 80 %, 미흡.
        assertFigure(v.get(0), year, 3, "120", "100", "200", "125", "80.0", "BEHIND", null);
        assertEquals(periods.get("mar").longValue(), v.get(0).getJsonNumber("periodId").longValue());
        assertEquals(f.reportId(task, periods.get("mar")), v.get(0).getJsonNumber("reportId").longValue());
        assertEquals(documents.get("mar").longValue(), v.get(0).getJsonNumber("documentId").longValue(),
                "the figure names its approval document");
        // June Y: the approved report has no actual for visitors; the line is at 150.
        assertFigure(v.get(1), year, 6, null, "100", "200", "150", null, "NO_DATA", "NO_ACTUAL");
        // December Y+1: the line starts at Y's target, 200, and ends at 260; 230 made 30 of 60: 50 %, 부진.
        assertFigure(v.get(2), year + 1, 12, "230", "200", "260", "260", "50.0", "FAR_BEHIND", null);
        assertEquals(documents.get("dec").longValue(), v.get(2).getJsonNumber("documentId").longValue());
        assertEquals("FAR_BEHIND", visitors.getString("latestStatus"), "the official report's status");
        assertEquals(official, visitors.getJsonObject("latest").getJsonNumber("reportId").longValue());
        List<JsonObject> years = visitors.getJsonArray("years").getValuesAs(JsonObject.class);
        assertEquals(2, years.size());
        // Y: June has no actual, so March's is the year's.
        assertYear(years.get(0), year, "200", "120", mar, documents.get("mar"));
        assertYear(years.get(1), year + 1, "260", "230", dec, documents.get("dec"));

        JsonObject vacancy = list.get(1);
        assertEquals("LOWER", vacancy.getString("direction"));
        List<JsonObject> c = vacancy.getJsonArray("periods").getValuesAs(JsonObject.class);
        // March Y: 12 + (6 - 12) × 3/12 = 10.5 expected; 11 made 1 of the 1.5 fewer: 66.7 %, 미흡.
        assertFigure(c.get(0), year, 3, "11", "12", "6", "10.5", "66.7", "BEHIND", null);
        // June Y: 9 expected; 8 made 4 of 3: 133.3 %, 정상.
        assertFigure(c.get(1), year, 6, "8", "12", "6", "9", "133.3", "ON_TRACK", null);
        // December Y+1: from Y's 6 to 3; 3.5 made 2.5 of 3: 83.3 %, 미흡.
        assertFigure(c.get(2), year + 1, 12, "3.5", "6", "3", "3", "83.3", "BEHIND", null);
        assertEquals("BEHIND", vacancy.getString("latestStatus"));
        years = vacancy.getJsonArray("years").getValuesAs(JsonObject.class);
        assertYear(years.get(0), year, "6", "8", jun, documents.get("jun"));
        assertYear(years.get(1), year + 1, "3", "3.5", dec, documents.get("dec"));

        JsonObject satisfaction = list.get(2);
        List<JsonObject> s = satisfaction.getJsonArray("periods").getValuesAs(JsonObject.class);
        // Y has no target: no status, whatever the actual.
        assertFigure(s.get(0), year, 3, "72", "70", null, null, null, "NO_DATA", "NO_TARGET");
        assertFigure(s.get(1), year, 6, null, "70", null, null, null, "NO_DATA", "NO_TARGET");
        // December Y+1: no target in Y, so the line starts at the baseline, 70, and ends at 80; 79 made 9 of 10:
        // 90 %, 정상 (at the threshold).
        assertFigure(s.get(2), year + 1, 12, "79", "70", "80", "80", "90.0", "ON_TRACK", null);
        assertEquals("ON_TRACK", satisfaction.getString("latestStatus"));
        years = satisfaction.getJsonArray("years").getValuesAs(JsonObject.class);
        assertYear(years.get(0), year, null, "72", mar, documents.get("mar"));
        assertYear(years.get(1), year + 1, "80", "79", dec, documents.get("dec"));
    }

    @Test
    void anUnknownTaskIs404AndASignedOutCallerIs401() {
        Reply unknown = api.get("api/tasks/999999999/kpis", "officer", PW);
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.toString());
        assertEquals(401, api.get("api/tasks/1/kpis", null, null).status());
    }

    @Test
    void aTaskWithoutApprovedReportsHasItsKpisAndTargetsWithNoData() {
        long task = f.newTask(2045);
        JsonObject kpis = api.get("api/tasks/" + task + "/kpis", "deputy", PW).json();
        assertTrue(absent(kpis, "officialReportId"));
        JsonObject visitors = kpis.getJsonArray("kpis").getJsonObject(0);
        assertEquals(0, visitors.getJsonArray("periods").size());
        assertEquals("NO_DATA", visitors.getString("latestStatus"));
        assertTrue(absent(visitors, "latest"));
        List<JsonObject> years = visitors.getJsonArray("years").getValuesAs(JsonObject.class);
        assertEquals(2, years.size(), "the target years, for the chart");
        assertYear(years.get(0), 2045, "200", null, null, null);
    }

    private static void assertFigure(JsonObject f, int year, int month, String actual, String start, String target,
            String expected, String achievement, String status, String reason) {
        String where = f.toString();
        assertEquals(year, f.getInt("year"), where);
        assertEquals(month, f.getInt("month"), where);
        assertEquals(actual, number(f, "actual"), where);
        assertEquals(start, number(f, "start"), where);
        assertEquals(target, number(f, "target"), where);
        assertEquals(expected, number(f, "expected"), where);
        assertEquals(achievement, number(f, "achievementPercent"), where);
        assertEquals(status, f.getString("status"), where);
        assertEquals(reason, absent(f, "noDataReason") ? null : f.getString("noDataReason"), where);
    }

    private static void assertYear(JsonObject y, int year, String target, String actual, String label,
            Long document) {
        String where = y.toString();
        assertEquals(year, y.getInt("year"), where);
        assertEquals(target, number(y, "target"), where);
        assertEquals(actual, number(y, "actual"), where);
        assertEquals(label, absent(y, "periodLabel") ? null : y.getString("periodLabel"), where);
        assertEquals(document, absent(y, "documentId") ? null : y.getJsonNumber("documentId").longValue(), where);
    }

    /** A number as JSON wrote it ("80.0", "3.5"), or null. */
    private static String number(JsonObject o, String key) {
        return absent(o, key) ? null : o.getJsonNumber(key).toString();
    }

    /** Whether a field is null (JSON-B leaves null fields out). */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.get(key).getValueType() == JsonValue.ValueType.NULL;
    }
}
