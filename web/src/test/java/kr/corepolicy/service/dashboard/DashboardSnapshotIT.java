package kr.corepolicy.service.dashboard;

import static kr.corepolicy.service.dashboard.Rows.insert;
import static kr.corepolicy.service.dashboard.Rows.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * The dashboards' kept figures (V15, {@link DashboardSnapshots}) on a department made by this test: counted once and
 * served until what they count changes; a change written behind the services' back (here, a row inserted with JDBC)
 * shows only once the generation moves; while another instance holds the claim to count again, the previous figures
 * are served with the time they were counted; a task created through the service is counted at once.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardSnapshotIT {

    private static final String PW = "demo1234";
    /** The application's pool ({@code DatabaseMigrator}), the connections left to the requests, the requests. */
    private static final int POOL = 30;
    private static final int LEFT = 4;
    private static final int READERS = 12;

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(DashboardSnapshotIT.class, Rows.class, ApiClient.class, Reply.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    void keptUntilWhatTheyCountChangesAndServedWhileAnotherInstanceCounts() throws Exception {
        ApiClient api = new ApiClient(base);
        String code = "T15-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String scope = DashboardService.UNIT;
        try (Connection c = ((DataSource) InitialContext.doLookup("java:app/jdbc/corepolicy")).getConnection()) {
            c.setAutoCommit(true);
            long unit = division(c, code, "집계시험과", "Snapshot Test Division");
            scope += unit;
            long strategy = single(c, "SELECT id FROM strategy WHERE strategy_number = 7");
            task(c, strategy, unit);
            String path = "api/dashboard/departments/" + unit;

            JsonObject first = dashboard(api, path);
            assertEquals(1, tasks(first));
            String counted = first.getString("computedAt");
            assertEquals(counted, dashboard(api, path).getString("computedAt"), "served as kept");
            assertEquals(1, single(c, "SELECT COUNT(*) FROM dashboard_snapshot WHERE scope = '" + scope + "'"));
            // The tasks have no officer: at risk. Their number and first ids are kept the same way.
            assertEquals(1, atRisk(api, unit));

            task(c, strategy, unit);
            JsonObject behindTheBack = dashboard(api, path);
            assertEquals(1, tasks(behindTheBack), "a row written outside the services is not counted yet");
            assertEquals(counted, behindTheBack.getString("computedAt"));
            assertEquals(1, atRisk(api, unit));

            insert(c, "UPDATE dashboard_generation SET generation = generation + 1 WHERE id = 1");
            JsonObject recounted = dashboard(api, path);
            assertEquals(2, tasks(recounted), "counted again once the generation moved");
            assertNotEquals(counted, recounted.getString("computedAt"));
            assertEquals(2, atRisk(api, unit));
            counted = recounted.getString("computedAt");

            task(c, strategy, unit);
            insert(c, "UPDATE dashboard_generation SET generation = generation + 1 WHERE id = 1");
            insert(c, "UPDATE dashboard_snapshot SET claimed_until = ? WHERE scope = ?",
                    Timestamp.from(Instant.now().plusSeconds(60)), scope);
            JsonObject whileClaimed = dashboard(api, path);
            assertEquals(2, tasks(whileClaimed), "another instance is counting: the previous figures meanwhile");
            assertEquals(counted, whileClaimed.getString("computedAt"), "with the time they were counted");

            insert(c, "UPDATE dashboard_snapshot SET claimed_until = ? WHERE scope = ?",
                    Timestamp.from(Instant.now().minusSeconds(1)), scope);
            JsonObject afterTheClaim = dashboard(api, path);
            assertEquals(3, tasks(afterTheClaim), "a claim that expired (its instance died) is taken over");
            assertEquals(0, single(c, "SELECT COUNT(*) FROM dashboard_snapshot WHERE scope = '" + scope
                    + "' AND claimed_until IS NOT NULL"), "and given back with the figures");

            for (int attempt = 0; attempt < 20; attempt++) {
                String number = "7-" + (800 + attempt + (int) (unit % 50));
                Reply created = api.post("api/tasks", "planner", PW, Json.createObjectBuilder()
                        .add("managementNumber", number).add("title", "집계 시험 과제 " + number)
                        .add("strategyNumber", 7).add("owningUnitCode", code)
                        .add("sources", Json.createArrayBuilder().add("CITY_PLEDGE"))
                        .add("start", "2026-01-01").add("end", "2027-12-31").add("term", "MEDIUM").build().toString());
                if (created.status() == 201) {
                    break;
                }
                assertEquals("task.numberTaken", created.json().getString("code"), created.toString());
            }
            assertEquals(4, tasks(dashboard(api, path)), "a task created through the service is counted at once");
        }
    }

    /**
     * Stale figures read by more requests at once than the pool has connections left: every one is answered. Each
     * request takes one connection at a time (the dashboards are read without a transaction); before, each held one
     * for its transaction while the claim took a second, and when the pool ran out they all waited for one another
     * until the pool's wait gave up, a minute later, with an error.
     */
    @Test
    void staleFiguresReadByMoreRequestsThanThePoolHasLeftAreAllAnswered() throws Exception {
        ApiClient api = new ApiClient(base);
        String code = "T15-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        DataSource pool = InitialContext.doLookup("java:app/jdbc/corepolicy");
        List<Connection> held = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            long unit = division(c, code, "동시조회시험과", "Concurrent Read Test Division");
            long strategy = single(c, "SELECT id FROM strategy WHERE strategy_number = 7");
            task(c, strategy, unit);
            String path = "api/dashboard/departments/" + unit;
            assertEquals(1, tasks(dashboard(api, path)));
            task(c, strategy, unit);
            insert(c, "UPDATE dashboard_generation SET generation = generation + 1 WHERE id = 1");

            // All but a few of the pool's 30 connections are taken (this one included).
            while (held.size() < POOL - LEFT - 1) {
                held.add(pool.getConnection());
            }
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                replies.add(readers.submit(() -> api.send(api.request(path, "officer", PW)
                        .timeout(Duration.ofSeconds(50))).status()));
            }
            for (Future<Integer> reply : replies) {
                assertEquals(200, reply.get(50, TimeUnit.SECONDS), "every reader answered");
            }
            for (Connection h : held) {
                h.close();
            }
            held.clear();
            assertEquals(2, tasks(dashboard(api, path)), "counted again by one of them");
        } finally {
            readers.shutdownNow();
            for (Connection h : held) {
                h.close();
            }
        }
    }

    private static JsonObject dashboard(ApiClient api, String path) {
        Reply reply = api.get(path, "officer", PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long atRisk(ApiClient api, long unit) {
        Reply reply = api.get("api/dashboard/risks?unit=" + unit, "officer", PW);
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(reply.json().getJsonNumber("total").longValue(), reply.json().getJsonArray("items").size(),
                "every one listed, with its details");
        return reply.json().getJsonNumber("total").longValue();
    }

    private static long tasks(JsonObject dashboard) {
        return dashboard.getJsonObject("total").getJsonNumber("tasks").longValue();
    }

    /** A division made by the test, with no task yet. */
    private static long division(Connection c, String code, String nameKo, String nameEn) throws SQLException {
        return insert(c, "INSERT INTO org_unit (code, name_ko, name_en, unit_type, sort_order, active) "
                + "VALUES (?, ?, ?, 'DIVISION', 0, TRUE)", code, nameKo, nameEn);
    }

    private static void task(Connection c, long strategy, long unit) throws SQLException {
        String number = null;
        for (int n = 900; number == null; n++) {
            if (single(c, "SELECT COUNT(*) FROM policy_task WHERE management_number = '7-" + n + "'") == 0) {
                number = "7-" + n;
            }
        }
        long id = insert(c, "INSERT INTO policy_task (management_number, title, strategy_id, owning_unit_id, "
                + "start_date, end_date, term, status, demo, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'SHORT', 'ON_TRACK', FALSE, 0)", number, "집계 시험 과제 " + number, strategy,
                unit, Date.valueOf(LocalDate.of(2026, 1, 1)), Date.valueOf(LocalDate.of(2026, 12, 31)));
        // A whole card (a source is required), as the other tests export and import the portfolio with these tasks.
        insert(c, "INSERT INTO task_source (task_id, source) VALUES (?, 'CITY_PLEDGE')", id);
    }
}
