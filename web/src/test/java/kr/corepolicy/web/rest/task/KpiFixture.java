package kr.corepolicy.web.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;

/**
 * What the KPI tests do through the API: a task of their own with three KPIs over a year Y and the next, monthly
 * periods of their own, reports written with actuals, submitted and approved by everyone on the proposed line.
 * Public for the card's browser test.
 */
public final class KpiFixture {

    public static final String PW = "demo1234";
    /** Higher is better: baseline 100, target 200 in Y and 260 in Y+1. */
    public static final String VISITORS = "관광객 수";
    /** Lower is better: baseline 12, target 6 in Y and 3 in Y+1. */
    public static final String VACANCY = "점포 공실률";
    /** Higher is better: baseline 70, a target (80) in Y+1 only. */
    public static final String SATISFACTION = "방문객 만족도";

    private final ApiClient api;

    public KpiFixture(ApiClient api) {
        this.api = api;
    }

    /** A task of the 관광정책과 (officer 'officer', no collaborators) over {@code year} and the next. */
    public long newTask(int year) {
        // Built once: a builder is empty after it has been added to a body, and a taken number means another try.
        JsonArray kpis = Json.createArrayBuilder()
                .add(kpi(VISITORS, "만명", "HIGHER", 100, Map.of(year, 200, year + 1, 260)))
                .add(kpi(VACANCY, "%", "LOWER", 12, Map.of(year, 6, year + 1, 3)))
                .add(kpi(SATISFACTION, "점", "HIGHER", 70, Map.of(year + 1, 80))).build();
        for (int attempt = 0; attempt < 20; attempt++) {
            // 3-700..799: numbers no other test makes.
            String number = "3-" + (700 + ThreadLocalRandom.current().nextInt(100));
            Reply made = api.post("api/tasks", "planner", PW, Json.createObjectBuilder().add("managementNumber", number)
                    .add("title", "성과지표 추이 시험 " + number).add("strategyNumber", 3).add("owningUnitCode", "D-TOUR")
                    .add("officerUsername", "officer").add("sources", Json.createArrayBuilder().add("CITY_PLEDGE"))
                    .add("start", year + "-01-01").add("end", (year + 1) + "-12-31").add("term", "MEDIUM")
                    .add("kpis", kpis).build().toString());
            if (made.status() == 201) {
                return made.json().getJsonNumber("id").longValue();
            }
            assertEquals("task.numberTaken", made.json().getString("code"), made.toString());
        }
        throw new AssertionError("no free task number");
    }

    private static JsonObject kpi(String name, String unit, String direction, int baseline,
            Map<Integer, Integer> targets) {
        JsonObjectBuilder t = Json.createObjectBuilder();
        new TreeMap<>(targets).forEach((y, value) -> t.add(String.valueOf(y), value));
        return Json.createObjectBuilder().add("name", name).add("unit", unit).add("direction", direction)
                .add("baseline", baseline).add("howMeasured", "시험 측정").add("targets", t).build();
    }

    /**
     * Opens the monthly periods named in {@code months} ("mar" → {year, 3}); their ids by name, or null when one of
     * them exists already (the caller tries another year).
     */
    public Map<String, Long> openPeriods(Map<String, int[]> months) {
        Map<String, Long> opened = new HashMap<>();
        for (Map.Entry<String, int[]> e : months.entrySet()) {
            int y = e.getValue()[0];
            int m = e.getValue()[1];
            Reply reply = api.post("api/periods", "planner", PW, Json.createObjectBuilder().add("kind", "MONTHLY")
                    .add("year", y).add("number", m).add("dueDate", LocalDate.of(y, m, 1).plusDays(40).toString())
                    .add("graceDays", 2).build().toString());
            if (reply.status() != 201) {
                assertEquals("period.exists", reply.json().getString("code"), reply.toString());
                return null;
            }
            opened.put(e.getKey(), reply.json().getJsonNumber("id").longValue());
        }
        return opened;
    }

    /** The task's KPI ids by name. */
    public Map<String, Long> kpiIds(long task) {
        Map<String, Long> ids = new HashMap<>();
        api.get("api/tasks/" + task + "/kpis", "officer", PW).json().getJsonArray("kpis")
                .getValuesAs(JsonObject.class)
                .forEach(k -> ids.put(k.getString("name"), k.getJsonNumber("id").longValue()));
        return ids;
    }

    public long reportId(long task, long period) {
        Reply reply = api.get("api/reports?period=" + period + "&task=" + task, "officer", PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Writes and submits the task's report of {@code period} with {@code actuals}; returns its document. */
    public long submitOnly(long task, long period, Map<Long, String> actuals) {
        long report = reportId(task, period);
        long version = api.get("api/reports/" + report, "officer", PW).json().getJsonNumber("version").longValue();
        JsonArrayBuilder values = Json.createArrayBuilder();
        new TreeMap<>(actuals).forEach((kpi, value) -> values.add(Json.createObjectBuilder().add("kpiId", kpi)
                .add("value", new BigDecimal(value))));
        Reply written = api.put("api/reports/" + report, "officer", PW, Json.createObjectBuilder()
                .add("version", version).add("status", "ON_TRACK").add("progressPercent", 50)
                .add("results", "성과지표 추이 시험 실적").add("nextSteps", "성과지표 추이 시험 계획")
                .add("kpiActuals", values).add("funds", Json.createArrayBuilder()).build().toString());
        assertEquals(200, written.status(), written.toString());
        Reply submitted = api.post("api/reports/" + report + "/submit", "officer", PW, Json.createObjectBuilder()
                .add("version", written.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().getJsonNumber("documentId").longValue();
    }

    /** Writes, submits and has everyone on the proposed line approve; returns the approval document. */
    public long approve(long task, long period, Map<Long, String> actuals) {
        long document = submitOnly(task, period, actuals);
        for (JsonObject step : api.get("api/approvals/" + document, "officer", PW).json().getJsonArray("currentLine")
                .getValuesAs(JsonObject.class)) {
            Reply acted = api.post("api/approvals/" + document + "/actions", step.getString("assigneeUsername"), PW,
                    Json.createObjectBuilder().add("action", "approve").build().toString());
            assertEquals(200, acted.status(), step.getString("assigneeUsername") + ": " + acted);
        }
        assertEquals("APPROVED", api.get("api/approvals/" + document, "officer", PW).json().getString("status"));
        return document;
    }
}
