package kr.corepolicy.web.rest.report;

import static kr.corepolicy.web.rest.report.ReportFixture.PW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import kr.corepolicy.domain.notification.NotificationKind;
import kr.corepolicy.service.report.ReminderService;
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
 * The reminders, run inside the container with a controllable clock: the sweep is called with the day it
 * should believe it is, as the hourly timer calls it with today. Due soon and overdue go to the officer once,
 * the escalation reaches the department head, the planning office gets the late list, a submitted report gets
 * nothing, and two instances sweeping the same day at the same moment send each reminder once.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(ReminderIT.class, ReportFixture.class, ApiClient.class, Reply.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private ReminderService reminders;

    @Test
    void remindersGoOutOnceEscalateAndSpareTheSubmitted() throws Exception {
        ApiClient api = new ApiClient(base);
        ReportFixture f = new ReportFixture(api);
        long period = f.openPeriod(2030, 60, false);
        JsonObject p = api.get("api/periods/" + period, "planner", PW).json();
        LocalDate due = LocalDate.parse(p.getString("dueDate"));
        String label = p.getString("label");

        long submittedTask = f.taskId("1-2");
        long submitted = f.reportId(period, submittedTask);
        assertEquals(200, f.write("officer", submitted, "ON_TRACK", 50).status());
        assertEquals(200, f.submit("officer", submitted, null).status());
        long lateTask = f.taskId("1-6");
        String officer = api.get("api/tasks/" + lateTask, "planner", PW).json().getJsonObject("officer")
                .getString("username");
        String lateSubject = label + " 1-6 ";
        String spared = label + " 1-2 ";

        Map<NotificationKind, Integer> first = reminders.sweep(due.minusDays(2));
        assertTrue(first.getOrDefault(NotificationKind.DUE_SOON, 0) >= 1, first.toString());
        assertEquals(1, count(api, officer, NotificationKind.DUE_SOON, lateSubject));
        assertEquals(0, count(api, "officer", NotificationKind.DUE_SOON, spared), "a submitted report is spared");
        assertEquals(Map.of(), reminders.sweep(due.minusDays(2)), "the same day twice sends nothing");
        reminders.sweep(due.minusDays(1));
        assertEquals(1, count(api, officer, NotificationKind.DUE_SOON, lateSubject), "due soon goes out once");
        assertEquals(0, count(api, officer, NotificationKind.OVERDUE, lateSubject), "not late yet");

        // Two instances' timers firing at the same moment on the first overdue day.
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        LocalDate overdue = due.plusDays(1);
        Future<Map<NotificationKind, Integer>> a = pool.submit(() -> reminders.sweep(overdue));
        Future<Map<NotificationKind, Integer>> b = pool.submit(() -> reminders.sweep(overdue));
        for (Future<Map<NotificationKind, Integer>> sweep : List.of(a, b)) {
            try {
                sweep.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // A lost claim may surface as a failed transaction; what counts is what was sent, once both ended.
            }
        }
        assertEquals(1, count(api, officer, NotificationKind.OVERDUE, lateSubject), "overdue goes out once");
        assertEquals(1, count(api, "planner", NotificationKind.LATE_LIST, label), "the late list, once");
        assertEquals(0, count(api, "head", NotificationKind.ESCALATED, lateSubject), "no escalation yet");

        reminders.sweep(due.plusDays(3));
        reminders.sweep(due.plusDays(4));
        assertEquals(1, count(api, "head", NotificationKind.ESCALATED, lateSubject),
                "the department head hears of it once, on the escalation day");
        assertEquals(1, count(api, officer, NotificationKind.OVERDUE, lateSubject));
        assertEquals(0, count(api, "officer", NotificationKind.OVERDUE, spared));

        Reply late = api.get("api/periods/" + period + "/late", "planner", PW);
        assertEquals("[]", late.body(), "the live late list follows the real date, still before the due date");
    }

    private static long count(ApiClient api, String user, NotificationKind kind, String subjectStart) {
        Reply reply = api.get("api/notifications?max=50", user, PW);
        assertEquals(200, reply.status(), reply.toString());
        List<JsonObject> all = Json.createReader(new java.io.StringReader(reply.body())).readArray().stream()
                .map(v -> v.asJsonObject()).toList();
        return all.stream().filter(n -> n.getString("kind").equals(kind.name())
                && (n.getString("subject") + " ").startsWith(subjectStart)).count();
    }
}
