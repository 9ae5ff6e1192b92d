package kr.corepolicy.web.rest.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.Deployments;
import kr.corepolicy.web.rest.report.ReportFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/me/work} (내 업무, #13) on data the test makes for a user of its own: a new officer of 관광정책과
 * with two new tasks, a period long past its due date and one far ahead. Of the four reports that gives, one is
 * approved, one returned and two never started, so the figures are known exactly: 3 reports due (2 overdue, the
 * returned one not yet due), 1 returned document, 2 tasks (one with the approved report's status and progress).
 */
@ExtendWith(ArquillianExtension.class)
class MyWorkIT {

    private static final String PW = "demo1234";
    /** The test's user has the demo users' password: ReportFixture writes and submits with it. */
    private static final String MINE = PW;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(MyWorkIT.class, ReportFixture.class, ApiClient.class, Reply.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private AccountService accounts;

    @Test
    void theCallerSeesTheirReportsDueReturnedDocumentsTasksAndNotificationsExactly() {
        ApiClient api = new ApiClient(base);
        ReportFixture f = new ReportFixture(api);
        String me = "work" + System.nanoTime() % 1_000_000_000L;
        accounts.createAtStartup(me, "업무 시험", "T-TOUR1", Position.STAFF, null, MINE, Role.OFFICER);

        JsonObject empty = work(api, me, MINE);
        assertEquals(0, empty.getInt("reportsDue"), empty.toString());
        assertEquals(0, empty.getInt("taskCount"));
        assertEquals(0, empty.getInt("waiting"));
        assertEquals(0, empty.getInt("returned"));
        assertEquals(0, empty.getJsonArray("reports").size());
        assertFalse(empty.getBoolean("portfolioDashboard"), "an officer works from the home page");

        long taskA = newTask(api, me);
        long taskB = newTask(api, me);
        String numberA = task(api, taskA).getString("managementNumber");
        String numberB = task(api, taskB).getString("managementNumber");
        long past = f.openPeriod(2001, 20, true);
        long future = f.openPeriod(2081, 19, false);
        LocalDate pastDue = LocalDate.parse(period(api, past).getString("dueDate"));
        LocalDate futureDue = LocalDate.parse(period(api, future).getString("dueDate"));

        // B's report of the future period: approved, so B's status and progress are its (일부추진, 40 %).
        long approvedReport = reportOf(api, me, future, taskB);
        assertEquals(200, f.write(me, approvedReport, "PARTLY", 40).status());
        JsonObject teamleadBefore = api.get("api/approvals/counts", "teamlead", PW).json();
        Reply submitted = f.submit(me, approvedReport, null);
        assertEquals(200, submitted.status(), submitted.toString());
        long approvedDocument = submitted.json().getJsonNumber("documentId").longValue();
        JsonObject teamleadWork = work(api, "teamlead", PW);
        assertEquals(teamleadBefore.getInt("waiting") + 1, teamleadWork.getInt("waiting"),
                "the report waits for the team leader: the approval queue's count, one more");
        assertEquals(api.get("api/approvals/counts", "teamlead", PW).json().getInt("waiting"),
                teamleadWork.getInt("waiting"), "the same waiting rule as the approval queue");
        assertEquals(200, act(api, "teamlead", approvedDocument, "approve", null).status());
        assertEquals(200, act(api, "head", approvedDocument, "approve", null).status());

        // A's report of the future period: returned to its drafter.
        long returnedReport = reportOf(api, me, future, taskA);
        assertEquals(200, f.write(me, returnedReport, "ON_TRACK", 20).status());
        Reply second = f.submit(me, returnedReport, null);
        assertEquals(200, second.status(), second.toString());
        long returnedDocument = second.json().getJsonNumber("documentId").longValue();
        assertEquals(200, act(api, "teamlead", returnedDocument, "return", "실적을 구체적으로 적어 주십시오").status());

        LocalDate today = LocalDate.now(SEOUL);
        JsonObject work = work(api, me, MINE);
        assertEquals(3, work.getInt("reportsDue"), "A and B of the past period, A returned: " + work);
        assertEquals(2, work.getInt("reportsOverdue"), "those of the past period");
        assertEquals(1, work.getInt("returned"), "A's report");
        assertEquals(0, work.getInt("waiting"), "nothing waits for a staff member");
        assertEquals(2, work.getInt("taskCount"));
        assertFalse(work.getBoolean("portfolioDashboard"));

        // Most urgent first: the past period's two by management number, then the returned one.
        boolean aFirst = numberA.compareTo(numberB) < 0;
        List<JsonObject> reports = work.getJsonArray("reports").getValuesAs(JsonObject.class);
        assertEquals(3, reports.size(), reports.toString());
        long overdueBy = ChronoUnit.DAYS.between(pastDue, today);
        long left = ChronoUnit.DAYS.between(today, futureDue);
        assertTrue(overdueBy > 365 && left > 365, overdueBy + " / " + left);
        expectReport(reports.get(0), aFirst ? taskA : taskB, aFirst ? numberA : numberB, past, pastDue,
                "NOT_STARTED", -overdueBy, true);
        expectReport(reports.get(1), aFirst ? taskB : taskA, aFirst ? numberB : numberA, past, pastDue,
                "NOT_STARTED", -overdueBy, true);
        expectReport(reports.get(2), taskA, numberA, future, futureDue, "RETURNED", left, false);
        assertEquals(returnedReport, reports.get(2).getJsonNumber("reportId").longValue());
        assertEquals(period(api, past).getString("label"), reports.get(0).getString("periodLabel"));

        List<JsonObject> tasks = work.getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertEquals(List.of(aFirst ? numberA : numberB, aFirst ? numberB : numberA),
                tasks.stream().map(t -> t.getString("managementNumber")).toList(), "by management number");
        JsonObject a = tasks.get(aFirst ? 0 : 1);
        JsonObject b = tasks.get(aFirst ? 1 : 0);
        assertEquals("ON_TRACK", a.getString("status"));
        assertTrue(absent(a, "progressPercent") && absent(a, "officialReportId"), "no approved report: " + a);
        assertEquals("PARTLY", b.getString("status"), "the approved report's status");
        assertEquals(40, b.getInt("progressPercent"), "the approved report's progress");
        assertEquals(approvedReport, b.getJsonNumber("officialReportId").longValue());

        // Unread: the same count as the caller's notification list (the period openings, the decisions), then 0.
        assertEquals(unread(api, me), work.getInt("unread"));
        assertTrue(work.getInt("unread") >= 4, "each period opening told the officer of each task: " + work);
        Reply read = api.post("api/notifications/read-all", me, MINE, "");
        assertEquals(200, read.status(), read.toString());
        assertEquals(work.getInt("unread"), read.json().getInt("marked"), "as many as were unread");
        assertEquals(0, work(api, me, MINE).getInt("unread"));

        JsonObject teamlead = work(api, "teamlead", PW);
        assertEquals(teamleadBefore.getInt("waiting"), teamlead.getInt("waiting"), "both documents left the queue");
    }

    @Test
    void thePortfolioDashboardIsOfferedToThePlanningOfficeExecutivesTfLeadersAndTheAdministrator() {
        ApiClient api = new ApiClient(base);
        for (String user : List.of("planner", "deputy", "tfleader", "admin")) {
            assertTrue(work(api, user, PW).getBoolean("portfolioDashboard"), user);
        }
        for (String user : List.of("officer", "teamlead", "head")) {
            assertFalse(work(api, user, PW).getBoolean("portfolioDashboard"), user);
        }
    }

    private static void expectReport(JsonObject report, long task, String number, long period, LocalDate due,
            String state, long daysLeft, boolean overdue) {
        assertEquals(task, report.getJsonNumber("taskId").longValue(), report.toString());
        assertEquals(number, report.getString("taskNumber"));
        assertEquals(period, report.getJsonNumber("periodId").longValue());
        assertEquals(due.toString(), report.getString("dueDate"));
        assertEquals(state, report.getString("state"));
        assertEquals(daysLeft, report.getJsonNumber("daysLeft").longValue());
        assertEquals(overdue, report.getBoolean("overdue"));
    }

    /** A null is left out of the API's JSON. */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static JsonObject work(ApiClient api, String user, String password) {
        Reply reply = api.get("api/me/work", user, password);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long unread(ApiClient api, String user) {
        Reply reply = api.get("api/notifications?max=50", user, MINE);
        assertEquals(200, reply.status(), reply.toString());
        JsonArray all = Json.createReader(new StringReader(reply.body())).readArray();
        assertTrue(all.size() < 50, "the whole list fits in one answer: " + all.size());
        return all.getValuesAs(JsonObject.class).stream().filter(n -> !n.getBoolean("read")).count();
    }

    private static JsonObject task(ApiClient api, long id) {
        return api.get("api/tasks/" + id, "planner", PW).json();
    }

    private static JsonObject period(ApiClient api, long id) {
        return api.get("api/periods/" + id, "planner", PW).json();
    }

    private static long reportOf(ApiClient api, String user, long period, long task) {
        Reply reply = api.get("api/reports?period=" + period + "&task=" + task, user, MINE);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static Reply act(ApiClient api, String user, long document, String action, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("action", action);
        if (comment != null) {
            body.add("comment", comment);
        }
        return api.post("api/approvals/" + document + "/actions", user, PW, body.build().toString());
    }

    /**
     * A copy of task 1-2 (관광정책과) under a new number (900-999) with {@code officer} as its officer and no
     * collaborating department, so that its reports go to the team leader and the head only.
     */
    private static long newTask(ApiClient api, String officer) {
        JsonObject page = api.get("api/tasks?q=1-2&size=5", "planner", PW).json();
        long id = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("managementNumber").equals("1-2")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject card = task(api, id);
        for (int attempt = 0; attempt < 20; attempt++) {
            String number = card.getInt("strategyNumber") + "-" + (900 + ThreadLocalRandom.current().nextInt(100));
            JsonObjectBuilder body = Json.createObjectBuilder().add("managementNumber", number)
                    .add("owningUnitCode", card.getJsonObject("owningUnit").getString("code"))
                    .add("collaboratingUnitCodes", JsonValue.EMPTY_JSON_ARRAY)
                    .add("officerUsername", officer);
            for (String key : List.of("title", "titleEn", "summary", "strategyNumber", "sources", "start", "end",
                    "term", "milestones", "kpis", "fundPlan")) {
                if (card.containsKey(key) && !card.isNull(key)) {
                    body.add(key, card.get(key));
                }
            }
            Reply reply = api.post("api/tasks", "planner", PW, body.build().toString());
            if (reply.status() == 201) {
                return reply.json().getJsonNumber("id").longValue();
            }
            assertEquals("task.numberTaken", reply.json().getString("code"), reply.toString());
        }
        throw new AssertionError("no free task number");
    }
}
