package kr.corepolicy.web.rest.report;

import static kr.corepolicy.web.rest.report.ReportFixture.PW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opening a reporting period tells the writer of each of its reports (the task's officer) that the report is
 * requested and when it is due, once: closing and reopening the period tells nobody again (#11, item 13). The
 * e-mail copy is the notification service's (its text: MailTextTest, which covers every kind).
 */
@ExtendWith(SharedServer.class)
class PeriodOpenedIT {

    private final URL base = SharedServer.url();

    @Test
    void openingAPeriodTellsTheOfficerTheDueDateOnceEvenAfterReopening() {
        ApiClient api = new ApiClient(base);
        ReportFixture f = new ReportFixture(api);
        // A task of this test's own whose officer is the demo officer: its subject names only this test's report.
        long task = f.newTaskLike("1-2");
        String number = api.get("api/tasks/" + task, "planner", PW).json().getString("managementNumber");
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, task);
        JsonObject opened = f.report("officer", report).getJsonObject("period");
        String label = opened.getString("label");
        String due = opened.getString("dueDate");
        String subject = label + " " + number + " ";

        List<JsonObject> told = told("officer", subject);
        assertEquals(1, told.size(), "one notification for the report: " + told);
        assertEquals(due, told.get(0).getString("detail"), "with the due date");
        Reply read = api.post("api/notifications/" + told.get(0).getJsonNumber("id").longValue() + "/read", "officer",
                PW, "{}");
        assertEquals(200, read.status(), read.toString());
        assertTrue(read.json().getString("link").endsWith("reports/edit.xhtml?id=" + report), "opens the report: " + read);
        assertEquals(List.of(), told("teamlead", subject), "the writer, not the rest of the team");

        assertEquals(200, api.post("api/periods/" + period + "/close", "planner", PW, "{}").status());
        Reply reopened = api.post("api/periods/" + period + "/reopen", "planner", PW, "{}");
        assertEquals(200, reopened.status(), reopened.toString());
        Reply again = api.post("api/periods", "planner", PW, Json.createObjectBuilder().add("kind", "MONTHLY")
                .add("year", opened.getInt("year")).add("number", opened.getInt("number")).add("dueDate", due)
                .add("graceDays", 2).build().toString());
        assertEquals(400, again.status(), "the same period cannot open twice: " + again);
        assertEquals(1, told("officer", subject).size(), "reopening and a second open tell nobody again");
    }

    /** The user's notifications of kind PERIOD_OPENED whose subject starts with {@code subject}. */
    private List<JsonObject> told(String user, String subject) {
        Reply reply = new ApiClient(base).get("api/notifications?max=50", user, PW);
        assertEquals(200, reply.status(), reply.toString());
        return Json.createReader(new StringReader(reply.body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(n -> n.getString("kind").equals("PERIOD_OPENED") && n.getString("subject").startsWith(subject))
                .toList();
    }
}
