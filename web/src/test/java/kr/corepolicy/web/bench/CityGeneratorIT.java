package kr.corepolicy.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.platform.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * The generator's city is valid by the domain's rules and works in the application: a scale-1 city is generated
 * into its own data directory, checked with invariant queries over JDBC, generated again from the same seed
 * (the same rows) and from another (other rows), then the real application is started on it and read through
 * the API as generated users, and one pending step of a generated document is approved (the engine's new rows
 * must not collide with generated ids, and the next document number must follow the generated ones).
 */
class CityGeneratorIT {

    private static final String PW = CityGenerator.PASSWORD;
    private static final double SCALE = 1;
    private static final long SEED = 7;

    @Test
    void aGeneratedCityIsValidRepeatableAndWorksInTheApplication() throws Exception {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).toAbsolutePath()
                .getParent();
        Path microJar = target.resolve("payara-micro.jar");
        Path work = Files.createTempDirectory(target, "city");
        CityGenerator.Result result = CityGenerator.generateEmbedded(work.resolve("data"), microJar, SCALE, SEED);
        assertEquals(50L, result.rows().get("policy_task"));
        assertEquals(125L, result.rows().get("user_account"));
        assertEquals(7L, result.rows().get("strategy"));

        String checksum;
        CityDatabase db = CityDatabase.embedded(work.resolve("data"), microJar);
        try (Connection c = db.getConnection()) {
            invariants(c, result);
            checksum = checksum(c);
        }
        assertThrows(CityGenerator.RefusedException.class,
                () -> CityGenerator.generateEmbedded(work.resolve("data"), microJar, SCALE, SEED),
                "a database with tasks is refused");

        CityGenerator.generateEmbedded(work.resolve("again"), microJar, SCALE, SEED);
        CityGenerator.generateEmbedded(work.resolve("other"), microJar, SCALE, SEED + 1);
        try (Connection again = CityDatabase.embedded(work.resolve("again"), microJar).getConnection();
                Connection other = CityDatabase.embedded(work.resolve("other"), microJar).getConnection()) {
            assertEquals(checksum, checksum(again), "the same seed gives the same rows");
            assertNotEquals(checksum, checksum(other), "another seed gives other rows");
        }

        long firstTask;
        long approvedDocument;
        String pendingAssignee;
        long pendingDocument;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            firstTask = CityDatabase.count(c, "SELECT id FROM policy_task WHERE management_number = '1-1'");
            approvedDocument = CityDatabase.count(c, "SELECT MAX(d.id) FROM approval_document d JOIN progress_report r "
                    + "ON r.document_id = d.id WHERE r.task_id = " + firstTask + " AND d.status = 'APPROVED'");
            try (ResultSet rs = s.executeQuery("SELECT s.document_id, s.assignee_username FROM approval_step s "
                    + "JOIN approval_document d ON d.id = s.document_id WHERE d.status = 'IN_PROGRESS' "
                    + "AND s.state = 'PENDING' AND s.round_no = d.round_no ORDER BY s.id")) {
                assertTrue(rs.next(), "some document waits on its line");
                pendingDocument = rs.getLong(1);
                pendingAssignee = rs.getString(2);
            }
        }

        try (MicroProcess micro = MicroProcess.start(work, Map.of(),
                "-Dcorepolicy.data.dir=" + work.resolve("data"))) {
            assertFalse(micro.output().contains("demo data loaded"), "the generated city is not mixed with the demo");
            ApiClient api = new ApiClient(URI.create(micro.url("/")).toURL());

            Reply tasks = api.get("api/tasks?size=1", "planner", PW);
            assertEquals(200, tasks.status(), tasks.toString());
            assertEquals(50, tasks.json().getJsonNumber("total").longValue(), "the task list counts every task");

            Reply card = api.get("api/tasks/" + firstTask, "officer", PW);
            assertEquals(200, card.status(), card.toString());
            JsonObject official = card.json().getJsonObject("official");
            assertNotNull(official, "the card shows its official figures: " + card.body());
            assertEquals("REPORT", card.json().getString("statusSource"));
            assertTrue(official.getJsonArray("kpiActuals").size() > 0, "KPI actuals on the card: " + official);
            assertEquals(card.json().getString("status"), official.getString("status"), "the card's status is official");
            assertTrue(official.containsKey("progressPercent"), official.toString());

            Reply document = api.get("api/approvals/" + approvedDocument, "officer", PW);
            assertEquals(200, document.status(), document.toString());
            JsonObject doc = document.json();
            assertEquals("APPROVED", doc.getString("status"));
            assertTrue(doc.getString("number").startsWith(doc.getString("drafterUnit") + "-"), doc.toString());
            JsonArray line = doc.getJsonArray("currentLine");
            assertTrue(line.size() >= 2, "a review and a decision at least");
            for (int i = 0; i < line.size(); i++) {
                JsonObject box = line.getJsonObject(i);
                assertEquals("APPROVED", box.getString("state"), "every box signed: " + box);
                assertFalse(box.getString("signerName").isBlank());
            }
            assertEquals("DELEGATED", line.getJsonObject(line.size() - 1).getString("capacity"), "과장 전결");

            for (String user : new String[] {"admin", "mayor", "head", "teamlead"}) {
                Reply me = api.get("api/me", user, PW);
                assertEquals(200, me.status(), user + " signs in: " + me);
            }
            assertEquals(200, api.get("api/org/units", "admin", PW).status());
            assertEquals(200, api.get("api/reports?task=" + firstTask, "head", PW).status());

            Reply waiting = api.get("api/approvals/inbox?box=waiting&size=100", pendingAssignee, PW);
            assertEquals(200, waiting.status(), waiting.toString());
            assertTrue(waiting.body().contains("\"documentId\":" + pendingDocument), "the queue holds it: " + waiting);
            Reply approve = api.post("api/approvals/" + pendingDocument + "/actions", pendingAssignee, PW,
                    "{\"action\":\"approve\"}");
            assertEquals(200, approve.status(), "the engine works on a generated document: " + approve);
        }
    }

    /** The domain's rules, as queries that count what breaks them. */
    private static void invariants(Connection c, CityGenerator.Result result) throws Exception {
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM policy_task t JOIN org_unit u ON u.id = t.owning_unit_id "
                + "WHERE u.unit_type NOT IN ('DIVISION', 'OFFICE', 'AGENCY')"), "every task is owned by a department");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM progress_report WHERE reported_status IS NOT NULL "
                + "AND reported_status NOT IN ('ON_TRACK', 'PARTLY', 'ON_HOLD', 'DONE_CONTINUING', 'DONE')"),
                "a report carries only what a report may set");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM progress_report r JOIN reporting_period p "
                + "ON p.id = r.period_id LEFT JOIN approval_document d ON d.id = r.document_id "
                + "WHERE p.state = 'CLOSED' AND (d.id IS NULL OR d.status <> 'APPROVED')"),
                "every report of a closed period is approved");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM progress_report r JOIN approval_document d "
                + "ON d.id = r.document_id WHERE d.doc_type <> 'PROGRESS_REPORT' OR d.subject_id <> r.id"),
                "each report's document names it");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM approval_document d WHERE d.status = 'APPROVED' "
                + "AND (d.doc_number IS NULL OR d.decided_at IS NULL OR NOT EXISTS (SELECT 1 FROM approval_step s "
                + "WHERE s.document_id = d.id AND s.round_no = d.round_no AND s.kind = 'DECISION' "
                + "AND s.signed_at = d.decided_at AND s.capacity = 'DELEGATED'))"),
                "an approved document has its number and its decision (전결) signed when it was decided");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM approval_step s JOIN approval_document d "
                + "ON d.id = s.document_id WHERE d.status = 'APPROVED' AND s.round_no = d.round_no AND (s.state <> "
                + "'APPROVED' OR s.signer_username IS NULL OR s.signed_at < d.submitted_at OR s.signed_at > d.decided_at)"),
                "every step of the deciding round is signed, after the submission, by the decision");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM approval_step a JOIN approval_step b "
                + "ON a.document_id = b.document_id AND a.round_no = b.round_no AND a.seq < b.seq "
                + "WHERE a.signed_at IS NOT NULL AND b.signed_at IS NOT NULL AND a.signed_at > b.signed_at "
                + "AND NOT (a.kind = 'CONSENT' AND b.kind = 'CONSENT')"),
                "signed in the order of the line (consents among themselves in any order)");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM approval_step s JOIN approval_document d "
                + "ON d.id = s.document_id WHERE s.assignee_username = d.drafter_username "
                + "OR s.signer_username = d.drafter_username"), "nobody approves their own work");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM approval_step s JOIN user_account u "
                + "ON u.username = s.assignee_username WHERE s.kind = 'DECISION' AND u.position <> 'DIVISION_HEAD'"),
                "the delegation table's 과장 decides");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM progress_report WHERE reported_status IN "
                + "('PARTLY', 'ON_HOLD') AND (delay_reasons IS NULL OR countermeasures IS NULL)"),
                "reasons and countermeasures when not on track");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM progress_report WHERE reported_status = 'DONE' "
                + "AND progress_percent <> 100 OR reported_status IS NOT NULL AND reported_status <> 'DONE' "
                + "AND next_steps IS NULL OR reported_status IS NOT NULL AND results IS NULL"),
                "done is 100 %, next steps unless done, results always");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM report_fund_figure WHERE executed_won > secured_won "
                + "OR secured_won < 0 OR requested_won < 0"), "executed ≤ secured, no negative money");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM report_kpi_actual a JOIN progress_report r "
                + "ON r.id = a.report_id JOIN task_kpi k ON k.id = a.kpi_id WHERE k.task_id <> r.task_id "
                + "OR a.actual_value < 0"), "KPI actuals of the task's own KPIs");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM document_counter k WHERE k.last_no <> (SELECT "
                + "COUNT(*) FROM approval_document d WHERE d.drafter_unit = k.prefix AND d.doc_year = k.counter_year)"),
                "the running numbers continue after the generated ones");
        assertEquals(0, CityDatabase.count(c, "SELECT COUNT(*) FROM notification WHERE mail_state <> 'NONE'"),
                "no e-mail storm");
        assertEquals(result.rows().get("approval_document"), CityDatabase.count(c,
                "SELECT COUNT(*) FROM approval_document"));
        int months = YearMonth.from(LocalDate.of(2026, 11, 1)).getMonthValue();
        assertEquals(12 * 9 + months + 4 * 10, CityDatabase.count(c, "SELECT COUNT(*) FROM reporting_period"),
                "ten years of monthly and quarterly periods up to this month");
        assertEquals(2, CityDatabase.count(c, "SELECT COUNT(*) FROM reporting_period WHERE state = 'OPEN'"));
        assertTrue(CityDatabase.count(c, "SELECT COUNT(*) FROM approval_document WHERE status = 'APPROVED'") > 3_000);
        officialStatuses(c);
    }

    /**
     * Each task's status is that of its official report (the approved one of the latest period, of two ending
     * together the later decision), and nothing is reported after a task is done.
     */
    private static void officialStatuses(Connection c) throws Exception {
        Map<Long, Object[]> official = new HashMap<>();
        Map<Long, LocalDate> done = new HashMap<>();
        Map<Long, LocalDate> lastReported = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.task_id, p.kind, "
                + "p.period_year, p.period_no, d.decided_at, r.reported_status, d.status FROM progress_report r "
                + "JOIN reporting_period p ON p.id = r.period_id LEFT JOIN approval_document d ON d.id = r.document_id")) {
            while (rs.next()) {
                long task = rs.getLong(1);
                PeriodKind kind = PeriodKind.valueOf(rs.getString(2));
                YearMonth first = YearMonth.of(rs.getInt(3), kind == PeriodKind.MONTHLY ? rs.getInt(4)
                        : rs.getInt(4) * 3 - 2);
                LocalDate lastDay = (kind == PeriodKind.MONTHLY ? first : first.plusMonths(2)).atEndOfMonth();
                lastReported.merge(task, first.atDay(1), (a, b) -> a.isAfter(b) ? a : b);
                if (!"APPROVED".equals(rs.getString(7))) {
                    continue;
                }
                TaskStatus status = TaskStatus.valueOf(rs.getString(6));
                if (status == TaskStatus.DONE) {
                    done.merge(task, lastDay, (a, b) -> a.isBefore(b) ? a : b);
                }
                Object[] key = official.get(task);
                java.sql.Timestamp decided = rs.getTimestamp(5);
                if (key == null || lastDay.isAfter((LocalDate) key[0]) || lastDay.equals(key[0])
                        && decided.after((java.sql.Timestamp) key[1])) {
                    official.put(task, new Object[] {lastDay, decided, status});
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, status FROM policy_task")) {
            while (rs.next()) {
                Object[] key = official.get(rs.getLong(1));
                TaskStatus expected = key == null ? TaskStatus.INITIAL : (TaskStatus) key[2];
                assertEquals(expected.name(), rs.getString(2), "task " + rs.getLong(1) + " has its official status");
            }
        }
        done.forEach((task, day) -> assertFalse(lastReported.get(task).isAfter(day),
                "task " + task + " is not reported after it was done"));
    }

    /** SHA-256 over the rows of the tables the generator writes, in key order. */
    private static String checksum(Connection c) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String sql : new String[] {"SELECT * FROM org_unit ORDER BY id", "SELECT * FROM user_account ORDER BY id",
            "SELECT * FROM policy_task ORDER BY id", "SELECT * FROM progress_report ORDER BY id",
            "SELECT * FROM approval_step ORDER BY id", "SELECT * FROM report_fund_figure ORDER BY report_id, sort_order",
            "SELECT * FROM notification ORDER BY id"}) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        sha.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
