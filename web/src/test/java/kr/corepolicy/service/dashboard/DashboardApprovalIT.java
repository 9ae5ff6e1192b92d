package kr.corepolicy.service.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the dashboards count is written where it changes: a task made here (KPI higher is better, baseline 100,
 * target 200 in year Y) gets its official report and its KPI's standing when its second-quarter report is approved
 * (June expects 150, actual 140 → 80.0 %); the card's new target (180: June expects 140) assesses it again (100.0 %);
 * a late approval of the first quarter's report (actual 120) is history and changes neither.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardApprovalIT {

    private static final String PW = "demo1234";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(DashboardApprovalIT.class, ApiClient.class, Reply.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    void approvalAndTheCardKeepTheStandingsUpToDate() throws Exception {
        ApiClient api = new ApiClient(base);
        int year = 0;
        long q1 = 0;
        long q2 = 0;
        for (int attempt = 0; attempt < 40 && q1 == 0; attempt++) {
            int candidate = 2040 + ThreadLocalRandom.current().nextInt(50);
            Long second = open(api, candidate, 2);
            Long first = second == null ? null : open(api, candidate, 1);
            if (first != null) {
                year = candidate;
                q1 = first;
                q2 = second;
            }
        }
        assertEquals(true, year > 0, "two free quarters");

        String number = "6-" + (600 + ThreadLocalRandom.current().nextInt(390));
        JsonObjectBuilder task = taskBody(number, year, "200");
        Reply created = api.post("api/tasks", "planner", PW, task.build().toString());
        assertEquals(201, created.status(), created.toString());
        long taskId = created.json().getJsonNumber("id").longValue();
        // The periods were open before the task: its reports are made when it is first reported on.
        long second = report(api, taskId, q2);
        long kpi = api.get("api/reports/" + second, "officer", PW).json().getJsonArray("kpis").getJsonObject(0)
                .getJsonNumber("kpiId").longValue();
        approve(api, second, kpi, 140);

        assertEquals(second, number("SELECT official_report_id FROM policy_task WHERE id = ?", taskId));
        assertStanding(kpi, second, "140", "150", "80.0");

        JsonObject card = api.get("api/tasks/" + taskId, "planner", PW).json();
        Reply edited = api.put("api/tasks/" + taskId, "planner", PW, taskBody(number, year, "180")
                .add("version", card.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, edited.status(), edited.toString());
        long sameKpi = api.get("api/tasks/" + taskId, "planner", PW).json().getJsonArray("kpis").size();
        assertEquals(1, sameKpi);
        long kpiNow = number("SELECT id FROM task_kpi WHERE task_id = ?", taskId);
        assertStanding(kpiNow, second, "140", "140", "100.0");

        long first = report(api, taskId, q1);
        approve(api, first, kpiNow, 120);
        assertEquals(second, number("SELECT official_report_id FROM policy_task WHERE id = ?", taskId),
                "a late approval of an older period is history");
        assertStanding(kpiNow, second, "140", "140", "100.0");
    }

    private static JsonObjectBuilder taskBody(String number, int year, String target) {
        return Json.createObjectBuilder().add("managementNumber", number).add("title", "대시보드 결재 시험 " + number)
                .add("strategyNumber", 6).add("owningUnitCode", "D-TOUR").add("officerUsername", "officer")
                .add("sources", Json.createArrayBuilder().add("CITY_PLEDGE")).add("start", year + "-01-01")
                .add("end", (year + 1) + "-12-31").add("term", "MEDIUM")
                .add("kpis", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "방문객 수")
                        .add("unit", "천명").add("direction", "HIGHER").add("baseline", 100)
                        .add("targets", Json.createObjectBuilder().add(String.valueOf(year), new BigDecimal(target)))));
    }

    private static Long open(ApiClient api, int year, int quarter) {
        Reply opened = api.post("api/periods", "planner", PW, Json.createObjectBuilder().add("kind", "QUARTERLY")
                .add("year", year).add("number", quarter).add("dueDate", year + "-" + (quarter == 1 ? "04" : "07")
                        + "-10").add("graceDays", 2).build().toString());
        return opened.status() == 201 ? opened.json().getJsonNumber("id").longValue() : null;
    }

    /** The task's report of the period: listed when the period opened after the task, else drafted now. */
    private static long report(ApiClient api, long task, long period) {
        Reply listed = api.get("api/reports?period=" + period + "&task=" + task, "officer", PW);
        if (listed.status() == 200 && !listed.json().getJsonArray("items").isEmpty()) {
            return listed.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        }
        Reply drafted = api.post("api/reports", "officer", PW, "{\"taskId\":" + task + ",\"periodId\":" + period + "}");
        assertEquals(201, drafted.status(), drafted.toString());
        return drafted.json().getJsonNumber("id").longValue();
    }

    private static void approve(ApiClient api, long report, long kpi, int actual) {
        long version = api.get("api/reports/" + report, "officer", PW).json().getJsonNumber("version").longValue();
        Reply saved = api.put("api/reports/" + report, "officer", PW, Json.createObjectBuilder().add("version", version)
                .add("status", "ON_TRACK").add("progressPercent", 50).add("results", "방문객 집계")
                .add("nextSteps", "하반기 홍보").add("kpiActuals", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kpiId", kpi).add("value", actual))).build().toString());
        assertEquals(200, saved.status(), saved.toString());
        version = api.get("api/reports/" + report, "officer", PW).json().getJsonNumber("version").longValue();
        Reply sent = api.post("api/reports/" + report + "/submit", "officer", PW, "{\"version\":" + version + "}");
        assertEquals(200, sent.status(), sent.toString());
        long document = sent.json().getJsonNumber("documentId").longValue();
        for (JsonObject step : api.get("api/approvals/" + document, "officer", PW).json().getJsonArray("currentLine")
                .getValuesAs(JsonObject.class)) {
            if (!step.containsKey("signedAt") || step.isNull("signedAt")) {
                Reply signed = api.post("api/approvals/" + document + "/actions", step.getString("assigneeUsername"),
                        PW, "{\"action\":\"approve\"}");
                assertEquals(200, signed.status(), signed.toString());
            }
        }
        assertEquals("APPROVED", api.get("api/approvals/" + document, "officer", PW).json().getString("status"));
    }

    private static void assertStanding(long kpi, long report, String actual, String expected, String achievement)
            throws Exception {
        try (Connection c = ((DataSource) InitialContext.doLookup("java:app/jdbc/corepolicy")).getConnection();
                PreparedStatement s = c.prepareStatement("SELECT report_id, actual_value, expected_value, achievement "
                        + "FROM kpi_standing WHERE kpi_id = ?")) {
            s.setLong(1, kpi);
            try (ResultSet rs = s.executeQuery()) {
                assertEquals(true, rs.next(), "a standing for KPI " + kpi);
                assertEquals(report, rs.getLong(1));
                assertEquals(0, new BigDecimal(actual).compareTo(rs.getBigDecimal(2)), rs.getBigDecimal(2) + "");
                assertEquals(0, new BigDecimal(expected).compareTo(rs.getBigDecimal(3)), rs.getBigDecimal(3) + "");
                assertEquals(0, new BigDecimal(achievement).compareTo(rs.getBigDecimal(4)), rs.getBigDecimal(4) + "");
            }
        }
    }

    private static long number(String sql, long parameter) throws Exception {
        try (Connection c = ((DataSource) InitialContext.doLookup("java:app/jdbc/corepolicy")).getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
