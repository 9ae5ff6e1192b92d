package kr.corepolicy.web.rest.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.corepolicy.service.demo.DemoPortfolioFile;
import kr.corepolicy.service.task.TaskDraft;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's reporting history (#13), read through the API as the planning office reads it: two closed monthly
 * periods before this month, every officer-owned demo task with an approved report in each, signed step by step by
 * the line's holders, and the dashboards counting exactly what those approved reports say. Other tests share the
 * server and add tasks and periods of their own, so the figures are compared where only demo tasks count: the
 * department dashboards of departments that own nothing but demo tasks, the demo tasks' own rows of the tasks at
 * risk, and lower bounds of the portfolio's figures.
 */
@ExtendWith(SharedServer.class)
class DemoCycleIT {

    private static final String PW = "demo1234";
    private static final String PLANNER = "planner";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Set<String> OUTSIDE_FUNDS = Set.of("NATIONAL", "PROVINCIAL");

    private final ApiClient api = new ApiClient(SharedServer.url());

    /** The demo's tasks by management number, as the portfolio file gives them. */
    private final Map<String, TaskDraft> demo = DemoPortfolioFile.load().strategies().stream()
            .flatMap(s -> s.tasks().stream()).collect(Collectors.toMap(TaskDraft::managementNumber, t -> t));

    /** The demo tasks that get reports: active, with an officer. */
    private final Set<String> reporting = demo.values().stream()
            .filter(t -> t.status().isActive() && t.officerUsername() != null).map(TaskDraft::managementNumber)
            .collect(Collectors.toSet());

    @Test
    void twoClosedMonthsBeforeThisOneWithEveryOfficerOwnedDemoTaskApprovedOnItsLine() {
        List<JsonObject> periods = demoPeriods();
        YearMonth older = YearMonth.of(periods.get(0).getInt("year"), periods.get(0).getInt("number"));
        assertEquals(older.plusMonths(1), YearMonth.of(periods.get(1).getInt("year"), periods.get(1).getInt("number")));
        LocalDate today = LocalDate.now(SEOUL);
        assertTrue(older.plusMonths(1).isBefore(YearMonth.from(today)), "before this month: " + periods);
        for (JsonObject p : periods) {
            assertEquals("CLOSED", p.getString("state"), p.toString());
            assertTrue(LocalDate.parse(p.getString("dueDate")).isBefore(today), "due date passed: " + p);
            assertFalse(LocalDate.parse(p.getString("dueDate")).isBefore(LocalDate.parse(p.getString("firstDay"))));
            assertEquals(reporting.size(), p.getJsonNumber("reports").longValue(), p.toString());
            assertEquals(reporting.size(), p.getJsonNumber("approved").longValue(), p.toString());

            List<JsonObject> rows = reportsOf(p.getJsonNumber("id").longValue());
            assertEquals(reporting,
                    rows.stream().map(r -> r.getString("taskNumber")).collect(Collectors.toSet()));
            Set<String> numbers = new java.util.HashSet<>();
            for (JsonObject row : rows) {
                assertEquals("APPROVED", row.getString("state"), row.toString());
                JsonObject document = get("/api/approvals/" + row.getJsonNumber("documentId").longValue());
                TaskDraft task = demo.get(row.getString("taskNumber"));
                assertEquals("APPROVED", document.getString("status"));
                assertEquals(task.officerUsername(), document.getString("drafterUsername"), row.toString());
                assertTrue(numbers.add(document.getString("number")), "one number a document: " + document);
                Instant submitted = Instant.parse(document.getString("submittedAt"));
                assertTrue(submitted.isAfter(LocalDate.parse(p.getString("firstDay")).atStartOfDay(SEOUL).toInstant()));
                assertFalse(LocalDate.ofInstant(submitted, SEOUL).isAfter(LocalDate.parse(p.getString("deadline"))),
                        "sent in time: " + document);
                Instant previous = submitted;
                JsonArray steps = document.getJsonArray("currentLine");
                assertTrue(steps.size() >= 1, document.toString());
                for (int i = 0; i < steps.size(); i++) {
                    JsonObject step = steps.getJsonObject(i);
                    assertEquals("APPROVED", step.getString("state"), step.toString());
                    assertEquals(step.getString("assigneeUsername"), step.getString("signerUsername"),
                            "signed by its holder: " + step);
                    Instant signed = Instant.parse(step.getString("signedAt"));
                    assertTrue(signed.isAfter(previous), "signed in order: " + document);
                    previous = signed;
                }
                JsonObject decision = steps.getJsonObject(steps.size() - 1);
                assertEquals("DECISION", decision.getString("kind"));
                assertEquals(Instant.parse(decision.getString("signedAt")), Instant.parse(document.getString("decidedAt")));
                assertEquals(previous, Instant.parse(document.getString("decidedAt")), "the decision last: " + document);
                assertTrue(previous.isBefore(Instant.now()));
            }
        }
    }

    @Test
    void theDemoReportsOfTheLatestPeriodAreTheirTasksOfficialReportsAndSetTheirStatus() {
        JsonObject latest = demoPeriods().get(1);
        Map<String, JsonObject> rows = byTask(reportsOf(latest.getJsonNumber("id").longValue()));
        Map<String, Long> ids = taskIds();
        int official = 0;
        for (String number : reporting) {
            JsonObject card = get("/api/tasks/" + ids.get(number));
            JsonObject mine = rows.get(number);
            assertNotNull(card.get("official"), number);
            JsonObject o = card.getJsonObject("official");
            if (o.getJsonNumber("reportId").longValue() != mine.getJsonNumber("id").longValue()) {
                // Another test approved a report of this task in a later period of its own (ReportingBrowserIT
                // does for 1-2): then that is official, and it is of a later period.
                assertTrue(LocalDate.parse(o.getString("periodLastDay")).isAfter(LocalDate.parse(latest.getString(
                        "lastDay"))), number + ": " + o);
                continue;
            }
            official++;
            assertEquals(mine.getJsonNumber("documentId").longValue(), o.getJsonNumber("documentId").longValue());
            assertEquals(mine.getString("reportedStatus"), card.getString("status"), number);
            assertEquals("REPORT", card.getString("statusSource"), number);
            assertEquals(mine.getInt("progressPercent"), o.getInt("progressPercent"), number);
        }
        assertTrue(official >= reporting.size() - 3, "the demo's reports are official: " + official);
    }

    @Test
    void departmentDashboardsOfDemoOnlyDepartmentsCountExactlyWhatTheApprovedReportsSay() {
        JsonObject latest = demoPeriods().get(1);
        Map<String, JsonObject> demoReports = byTask(reportsOf(latest.getJsonNumber("id").longValue()));
        Map<Long, List<JsonObject>> byUnit = new TreeMap<>();
        for (JsonObject row : allTasks()) {
            byUnit.computeIfAbsent(row.getJsonObject("owningUnit").getJsonNumber("id").longValue(),
                    k -> new ArrayList<>()).add(row);
        }
        int compared = 0;
        for (Map.Entry<Long, List<JsonObject>> unit : byUnit.entrySet()) {
            List<JsonObject> tasks = unit.getValue();
            if (!tasks.stream().allMatch(t -> demo.containsKey(t.getString("managementNumber")))) {
                continue;
            }
            // Expected figures by strategy, from the demo's approved reports of the latest period.
            Map<Integer, Expected> expected = new TreeMap<>();
            boolean demoOfficial = true;
            for (JsonObject row : tasks) {
                String number = row.getString("managementNumber");
                JsonObject card = get("/api/tasks/" + row.getJsonNumber("id").longValue());
                Expected e = expected.computeIfAbsent(row.getInt("strategyNumber"), k -> new Expected());
                e.tasks++;
                for (JsonValue line : card.getJsonArray("fundPlan")) {
                    JsonObject l = line.asJsonObject();
                    if (OUTSIDE_FUNDS.contains(l.getString("source"))) {
                        e.plannedWon += l.getJsonNumber("amountWon").longValue();
                    }
                }
                JsonObject report = demoReports.get(number);
                if (report == null) {
                    // No report (done before the history, or no officer): the task's own status.
                    e.byStatus.merge(card.getString("status"), 1L, Long::sum);
                    demoOfficial &= !card.containsKey("official") || card.isNull("official");
                    continue;
                }
                JsonObject o = card.getJsonObject("official");
                if (o == null || o.getJsonNumber("reportId").longValue() != report.getJsonNumber("id").longValue()) {
                    demoOfficial = false;
                    break;
                }
                JsonObject detail = get("/api/reports/" + report.getJsonNumber("id").longValue());
                e.byStatus.merge(detail.getString("reportedStatus"), 1L, Long::sum);
                e.reported++;
                e.progressSum += detail.getInt("progressPercent");
                for (JsonValue f : detail.getJsonArray("funds")) {
                    JsonObject line = f.asJsonObject();
                    if (OUTSIDE_FUNDS.contains(line.getString("source"))) {
                        e.securedWon += line.getJsonNumber("securedWon").longValue();
                    }
                }
            }
            if (!demoOfficial) {
                continue;
            }
            JsonObject dashboard = get("/api/dashboard/departments/" + unit.getKey());
            Expected total = new Expected();
            for (JsonValue s : dashboard.getJsonArray("strategies")) {
                JsonObject strategy = s.asJsonObject();
                Expected e = expected.get(strategy.getInt("number"));
                assertNotNull(e, "a strategy of the department's tasks: " + strategy);
                e.assertFigures(strategy.getJsonObject("figures"), "unit " + unit.getKey() + " strategy "
                        + strategy.getInt("number"));
                total.add(e);
            }
            assertEquals(expected.size(), dashboard.getJsonArray("strategies").size(), dashboard.toString());
            total.assertFigures(dashboard.getJsonObject("total"), "unit " + unit.getKey());
            compared++;
        }
        assertTrue(compared >= 8, "departments compared: " + compared);
    }

    @Test
    void thePortfolioDashboardCountsAtLeastTheDemosApprovedReportsInEveryStrategy() {
        JsonObject latest = demoPeriods().get(1);
        Map<Integer, Expected> demoFigures = new TreeMap<>();
        for (JsonObject row : reportsOf(latest.getJsonNumber("id").longValue())) {
            TaskDraft task = demo.get(row.getString("taskNumber"));
            Expected e = demoFigures.computeIfAbsent(task.strategyNumber(), k -> new Expected());
            e.reported++;
            e.byStatus.merge(row.getString("reportedStatus"), 1L, Long::sum);
        }
        JsonObject dashboard = get("/api/dashboard");
        assertEquals(7, demoFigures.size());
        for (JsonValue s : dashboard.getJsonArray("strategies")) {
            JsonObject strategy = s.asJsonObject();
            Expected e = demoFigures.get(strategy.getInt("number"));
            if (e == null) {
                continue;
            }
            JsonObject figures = strategy.getJsonObject("figures");
            // Other tests' tasks add to a strategy, and may have made a later report of a demo task official.
            assertTrue(figures.getJsonNumber("reported").longValue() >= e.reported - 2, strategy.toString());
            assertTrue(figures.getJsonNumber("averageProgress") != null, strategy.toString());
            assertTrue(figures.getJsonNumber("fundsSecuredWon").longValue() >= 0);
        }
        assertTrue(dashboard.getJsonObject("total").getJsonNumber("fundsSecuredWon").longValue() > 0,
                "the demo secured national and provincial funds: " + dashboard.getJsonObject("total"));
    }

    @Test
    void aPartlyDemoTaskIsAtRiskForItsApprovedReportAndDocument() {
        JsonObject latest = demoPeriods().get(1);
        Map<String, Long> ids = taskIds();
        int checked = 0;
        for (JsonObject row : reportsOf(latest.getJsonNumber("id").longValue())) {
            if (!"PARTLY".equals(row.getString("reportedStatus"))) {
                continue;
            }
            String number = row.getString("taskNumber");
            JsonObject card = get("/api/tasks/" + ids.get(number));
            if (card.getJsonObject("official").getJsonNumber("reportId").longValue()
                    != row.getJsonNumber("id").longValue()) {
                continue;
            }
            JsonObject risk = riskOf(demo.get(number).strategyNumber(), number);
            assertNotNull(risk, number + " is at risk");
            JsonObject reason = risk.getJsonArray("reasons").stream().map(JsonValue::asJsonObject)
                    .filter(r -> "REPORTED_STATUS".equals(r.getString("kind"))).findFirst().orElseThrow();
            assertEquals(row.getJsonNumber("id").longValue(), reason.getJsonNumber("reportId").longValue());
            assertEquals(row.getJsonNumber("documentId").longValue(), reason.getJsonNumber("documentId").longValue());
            assertEquals(latest.getString("label"), reason.getString("periodLabel"));
            assertEquals("PARTLY", reason.getString("status"));
            assertEquals(row.getInt("progressPercent"), reason.getInt("progressPercent"));
            // Never overdue in a demo period (other tests' open periods past their due date may make it so there).
            assertFalse(risk.getJsonArray("reasons").stream().map(JsonValue::asJsonObject).anyMatch(r -> "NO_OFFICER"
                    .equals(r.getString("kind")) || "REPORT_OVERDUE".equals(r.getString("kind"))
                            && latest.getString("label").equals(r.getString("periodLabel"))), risk.toString());
            checked++;
        }
        assertTrue(checked >= 3, "PARTLY demo tasks checked: " + checked);
    }

    /** The figures a dashboard should show for a set of tasks. */
    private static final class Expected {
        long tasks;
        final Map<String, Long> byStatus = new TreeMap<>();
        long reported;
        long progressSum;
        long plannedWon;
        long securedWon;

        void add(Expected other) {
            tasks += other.tasks;
            other.byStatus.forEach((k, v) -> byStatus.merge(k, v, Long::sum));
            reported += other.reported;
            progressSum += other.progressSum;
            plannedWon += other.plannedWon;
            securedWon += other.securedWon;
        }

        void assertFigures(JsonObject figures, String where) {
            assertEquals(tasks, figures.getJsonNumber("tasks").longValue(), where + " " + figures);
            Map<String, Long> shown = new TreeMap<>();
            for (JsonValue c : figures.getJsonArray("byStatus")) {
                long n = c.asJsonObject().getJsonNumber("tasks").longValue();
                if (n > 0) {
                    shown.put(c.asJsonObject().getString("status"), n);
                }
            }
            assertEquals(byStatus, shown, where + " " + figures);
            assertEquals(reported, figures.getJsonNumber("reported").longValue(), where + " " + figures);
            if (reported > 0) {
                assertEquals(BigDecimal.valueOf(progressSum).divide(BigDecimal.valueOf(reported), 1,
                        RoundingMode.HALF_UP), figures.getJsonNumber("averageProgress").bigDecimalValue(),
                        where + " " + figures);
            }
            assertEquals(plannedWon, figures.getJsonNumber("fundsPlannedWon").longValue(), where + " " + figures);
            assertEquals(securedWon, figures.getJsonNumber("fundsSecuredWon").longValue(), where + " " + figures);
        }
    }

    /**
     * The demo's periods, the older first: the monthly periods closed with an approved report of every reporting
     * demo task (no test of the shared server approves that many in a period of its own).
     */
    private List<JsonObject> demoPeriods() {
        List<JsonObject> found = new ArrayList<>();
        for (JsonValue v : array(api.get("/api/periods", PLANNER, PW))) {
            JsonObject p = v.asJsonObject();
            if ("MONTHLY".equals(p.getString("kind")) && p.getJsonNumber("approved").longValue() >= reporting.size()) {
                found.add(p);
            }
        }
        found.sort((a, b) -> YearMonth.of(a.getInt("year"), a.getInt("number"))
                .compareTo(YearMonth.of(b.getInt("year"), b.getInt("number"))));
        assertEquals(2, found.size(), "the demo's periods: " + found);
        return found;
    }

    private List<JsonObject> reportsOf(long periodId) {
        JsonObject page = get("/api/reports?period=" + periodId + "&size=200");
        assertTrue(page.getJsonNumber("total").longValue() <= 200);
        List<JsonObject> rows = new ArrayList<>();
        page.getJsonArray("items").forEach(v -> rows.add(v.asJsonObject()));
        return rows;
    }

    private static Map<String, JsonObject> byTask(List<JsonObject> rows) {
        Map<String, JsonObject> by = new HashMap<>();
        rows.forEach(r -> by.put(r.getString("taskNumber"), r));
        return by;
    }

    private List<JsonObject> allTasks() {
        List<JsonObject> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject p = get("/api/tasks?size=200&page=" + page);
            p.getJsonArray("items").forEach(v -> rows.add(v.asJsonObject()));
            if ((long) (page + 1) * 200 >= p.getJsonNumber("total").longValue()) {
                return rows;
            }
        }
    }

    private Map<String, Long> taskIds() {
        Map<String, Long> ids = new HashMap<>();
        allTasks().forEach(t -> ids.put(t.getString("managementNumber"), t.getJsonNumber("id").longValue()));
        return ids;
    }

    private JsonObject riskOf(int strategy, String number) {
        for (int page = 0; page < 50; page++) {
            JsonObject p = get("/api/dashboard/risks?strategy=" + strategy + "&size=100&page=" + page);
            for (JsonValue v : p.getJsonArray("items")) {
                if (number.equals(v.asJsonObject().getString("managementNumber"))) {
                    return v.asJsonObject();
                }
            }
            if ((long) (page + 1) * 100 >= p.getJsonNumber("total").longValue()) {
                return null;
            }
        }
        return null;
    }

    private JsonObject get(String path) {
        Reply reply = api.get(path, PLANNER, PW);
        assertEquals(200, reply.status(), path + ": " + reply);
        return reply.json();
    }

    private static JsonArray array(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray();
        }
    }
}
