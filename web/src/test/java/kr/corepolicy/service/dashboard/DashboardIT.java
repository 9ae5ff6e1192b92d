package kr.corepolicy.service.dashboard;

import static kr.corepolicy.service.dashboard.Rows.insert;
import static kr.corepolicy.service.dashboard.Rows.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import kr.corepolicy.service.platform.KpiStandingsBackfill;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The department dashboard's figures and its tasks at risk, on a department made by this test with five tasks whose
 * every figure was worked out by hand (below). The approved reports are written as rows, and each task's official
 * report and its KPIs' standings are then computed by the migration that fills them ({@link KpiStandingsBackfill},
 * the same rule as on approval); the approval path itself is covered by {@code DashboardApprovalIT}.
 *
 * <pre>
 * year Y (a past year without periods): periods Q1 (approved), Q2 (approved), December (open, due Y-12-31)
 * A  strategy 1, officer, official Q2: 일부추진 40 %; K1 higher 100→200: Q2 expects 150, actual 140 → 80.0 % 미흡;
 *    K2 lower 12→0: expects 6, actual 6 → 100 % 정상; plan 국비 10억 + 시비 5억; secured 국비 6억 + 시비 5억
 * B  strategy 1, no officer, 정상추진, no report; K3 → 실적 없음; plan 도비 4억
 * C  strategy 2, official Q2: 완료 100 %; K4 higher 0→100: expects 50, actual 60 → 120 % 정상
 * D  strategy 2, 폐기 (counted by status only); K5, plan 국비 3억: ignored
 * E  strategy 2, official Q1: 정상추진 20 % (its Q2 report is on its line, not approved); K6 holds 50: actual 45 →
 *    45/50 = 90.0 % 정상 (the threshold itself); its December report is past due and not submitted
 * total: tasks 5 (일부추진 1, 정상추진 2, 완료 1, 폐기 1); counted 4; completed 1 → 25.0 %; reported 3, progress
 *    (40 + 100 + 20) / 3 = 53.3 %; KPIs 정상 3, 미흡 1, 부진 0, 실적 없음 1 → 75.0 %; 국·도비 planned 14억,
 *    secured 6억 → 42.9 %; at risk A (일부추진, K1), B (no officer), E (overdue) = 3
 * strategy 1 (A, B): 0.0 %, progress 40.0 (1), KPIs 1/2 = 50.0 %, 14억 / 6억 42.9 %, at risk 2
 * strategy 2 (C, D, E): 1/2 = 50.0 %, progress (100 + 20) / 2 = 60.0, KPIs 2/2 = 100.0 %, no plan, at risk 1
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final String PW = "demo1234";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(DashboardIT.class, Rows.class, ApiClient.class, Reply.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    void aDepartmentsFiguresAreThoseWorkedOutByHand() throws Exception {
        long unit;
        int year;
        try (Connection c = ((DataSource) InitialContext.doLookup("java:app/jdbc/corepolicy")).getConnection()) {
            c.setAutoCommit(true);
            year = freeYear(c);
            unit = insert(c, "INSERT INTO org_unit (code, name_ko, name_en, unit_type, sort_order, active) "
                    + "VALUES (?, '대시보드시험과', 'Dashboard Test Division', 'DIVISION', 0, TRUE)",
                    "T13-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            // The tasks' officer works in their department (a card's rule, which the portfolio import tests check on
            // every task of the shared database); nobody signs in as them.
            long officer = insert(c, "INSERT INTO user_account (username, display_name, org_unit_id, position, "
                    + "password_hash, active, failed_sign_ins, preferred_language, version) "
                    + "VALUES (?, '대시보드담당', ?, 'STAFF', '-', TRUE, 0, 'KO', 0)",
                    "t13" + UUID.randomUUID().toString().substring(0, 8), unit);
            long s1 = single(c, "SELECT id FROM strategy WHERE strategy_number = 1");
            long s2 = single(c, "SELECT id FROM strategy WHERE strategy_number = 2");
            long q1 = period(c, "QUARTERLY", year, 1, "CLOSED");
            long q2 = period(c, "QUARTERLY", year, 2, "CLOSED");
            long december = period(c, "MONTHLY", year, 12, "OPEN");

            long a = task(c, "1-", s1, unit, officer, "PARTLY", year);
            long k1 = kpi(c, a, 0, "관광객 수", "HIGHER", "100", year, "200");
            long k2 = kpi(c, a, 1, "안전사고", "LOWER", "12", year, "0");
            plan(c, a, year, "NATIONAL", 1_000_000_000L);
            plan(c, a, year, "CITY", 500_000_000L);
            long aq2 = report(c, a, q2, "APPROVED", "PARTLY", 40, year, 6);
            actual(c, aq2, 0, k1, "140");
            actual(c, aq2, 1, k2, "6");
            funds(c, aq2, 0, year, "NATIONAL", 600_000_000L);
            funds(c, aq2, 1, year, "CITY", 500_000_000L);

            long b = task(c, "1-", s1, unit, null, "ON_TRACK", year);
            kpi(c, b, 0, "참여 기관", "HIGHER", "0", year, "10");
            plan(c, b, year, "PROVINCIAL", 400_000_000L);

            long cTask = task(c, "2-", s2, unit, officer, "DONE", year);
            long k4 = kpi(c, cTask, 0, "시설 수", "HIGHER", "0", year, "100");
            long cq2 = report(c, cTask, q2, "APPROVED", "DONE", 100, year, 6);
            actual(c, cq2, 0, k4, "60");

            long d = task(c, "2-", s2, unit, officer, "DROPPED", year);
            kpi(c, d, 0, "폐기 지표", "HIGHER", "0", year, "5");
            plan(c, d, year, "NATIONAL", 300_000_000L);

            long e = task(c, "2-", s2, unit, officer, "ON_TRACK", year);
            long k6 = kpi(c, e, 0, "유지 지표", "HIGHER", "50", year, "50");
            long eq1 = report(c, e, q1, "APPROVED", "ON_TRACK", 20, year, 3);
            actual(c, eq1, 0, k6, "45");
            long eq2 = report(c, e, q2, "IN_PROGRESS", "PARTLY", 10, year, 6);
            actual(c, eq2, 0, k6, "1");
            long eDecember = insert(c, "INSERT INTO progress_report (task_id, period_id, version) VALUES (?, ?, 0)",
                    e, december);

            c.setAutoCommit(false);
            KpiStandingsBackfill.fill(c);
            c.commit();

            assertEquals(aq2, single(c, "SELECT official_report_id FROM policy_task WHERE id = " + a));
            assertEquals(eq1, single(c, "SELECT official_report_id FROM policy_task WHERE id = " + e),
                    "the report on its line is not official");
            assertEquals(0, single(c, "SELECT COUNT(*) FROM policy_task WHERE official_report_id IS NOT NULL "
                    + "AND id IN (" + b + ", " + d + ")"));

            ApiClient api = new ApiClient(base);
            Reply reply = api.get("api/dashboard/departments/" + unit, "officer", PW);
            assertEquals(200, reply.status(), reply.toString());
            JsonObject total = reply.json().getJsonObject("total");
            assertFigures(total, 5, 4, 1, "25.0", 3, "53.3", new long[] {3, 1, 0, 1}, "75.0", 1_400_000_000L,
                    600_000_000L, "42.9", 3);
            assertEquals(1, status(total, "PARTLY"));
            assertEquals(2, status(total, "ON_TRACK"));
            assertEquals(1, status(total, "DONE"));
            assertEquals(1, status(total, "DROPPED"));
            assertEquals(0, status(total, "ON_HOLD"));
            assertEquals(90, reply.json().getJsonObject("thresholds").getInt("onTrackFrom"));

            JsonArray strategies = reply.json().getJsonArray("strategies");
            assertEquals(2, strategies.size());
            JsonObject first = strategies.getJsonObject(0);
            assertEquals(1, first.getInt("number"));
            assertFigures(first.getJsonObject("figures"), 2, 2, 0, "0.0", 1, "40.0", new long[] {1, 1, 0, 1}, "50.0",
                    1_400_000_000L, 600_000_000L, "42.9", 2);
            JsonObject second = strategies.getJsonObject(1).getJsonObject("figures");
            assertFigures(second, 3, 2, 1, "50.0", 2, "60.0", new long[] {2, 0, 0, 0}, "100.0", 0, 0, null, 1);

            Reply risks = api.get("api/dashboard/risks?unit=" + unit, "deputy", PW);
            assertEquals(200, risks.status(), risks.toString());
            assertEquals(3, risks.json().getInt("total"));
            JsonArray items = risks.json().getJsonArray("items");
            assertEquals(List.of(a, b, e), items.getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getJsonNumber("taskId").longValue()).toList(), "strategy, then number");

            JsonArray whyA = items.getJsonObject(0).getJsonArray("reasons");
            assertEquals(2, whyA.size(), whyA.toString());
            JsonObject reported = whyA.getJsonObject(0);
            assertEquals("REPORTED_STATUS", reported.getString("kind"));
            assertEquals("PARTLY", reported.getString("status"));
            assertEquals(40, reported.getInt("progressPercent"));
            assertEquals(aq2, reported.getJsonNumber("reportId").longValue());
            assertEquals(single(c, "SELECT document_id FROM progress_report WHERE id = " + aq2),
                    reported.getJsonNumber("documentId").longValue(), "the approval document that says so");
            assertEquals(year + "년 2분기", reported.getString("periodLabel"));
            JsonObject kpi = whyA.getJsonObject(1);
            assertEquals("KPI_BEHIND", kpi.getString("kind"));
            assertEquals("관광객 수", kpi.getString("kpiName"));
            assertEquals("BEHIND", kpi.getString("kpiStatus"));
            assertEquals(0, new BigDecimal("80.0").compareTo(kpi.getJsonNumber("achievement").bigDecimalValue()));
            assertEquals(0, new BigDecimal("140").compareTo(kpi.getJsonNumber("actual").bigDecimalValue()));
            assertEquals(0, new BigDecimal("150").compareTo(kpi.getJsonNumber("expected").bigDecimalValue()));

            JsonArray whyB = items.getJsonObject(1).getJsonArray("reasons");
            assertEquals(1, whyB.size());
            assertEquals("NO_OFFICER", whyB.getJsonObject(0).getString("kind"));

            JsonArray whyE = items.getJsonObject(2).getJsonArray("reasons");
            assertEquals(1, whyE.size(), whyE.toString());
            JsonObject overdue = whyE.getJsonObject(0);
            assertEquals("REPORT_OVERDUE", overdue.getString("kind"));
            assertEquals(eDecember, overdue.getJsonNumber("reportId").longValue());
            assertEquals(year + "-12-31", overdue.getString("dueDate"));
            assertEquals(ChronoUnit.DAYS.between(LocalDate.of(year, 12, 31), LocalDate.now(ZoneId.of("Asia/Seoul"))),
                    overdue.getJsonNumber("daysOverdue").longValue());

            Reply byStrategy = api.get("api/dashboard/risks?unit=" + unit + "&strategy=2&size=1", "officer", PW);
            assertEquals(1, byStrategy.json().getInt("total"));
            assertEquals(e, byStrategy.json().getJsonArray("items").getJsonObject(0).getJsonNumber("taskId")
                    .longValue());
            Reply paged = api.get("api/dashboard/risks?unit=" + unit + "&page=1&size=2", "officer", PW);
            assertEquals(3, paged.json().getInt("total"));
            assertEquals(1, paged.json().getJsonArray("items").size());
            assertEquals(400, api.get("api/dashboard/risks?page=x", "officer", PW).status());
            assertEquals(404, api.get("api/dashboard/departments/999999999", "officer", PW).status());
            assertEquals(401, api.get("api/dashboard", null, null).status());
        }
    }

    private static void assertFigures(JsonObject f, long tasks, long counted, long completed, String completion,
            long reported, String progress, long[] kpis, String kpiOnTrack, long planned, long secured,
            String fundsPercent, long atRisk) {
        assertEquals(tasks, f.getJsonNumber("tasks").longValue(), f.toString());
        assertEquals(counted, f.getJsonNumber("counted").longValue(), f.toString());
        assertEquals(completed, f.getJsonNumber("completed").longValue(), f.toString());
        assertDecimal(completion, f, "completionPercent");
        assertEquals(reported, f.getJsonNumber("reported").longValue(), f.toString());
        assertDecimal(progress, f, "averageProgress");
        JsonObject k = f.getJsonObject("kpis");
        assertEquals(kpis[0], k.getJsonNumber("onTrack").longValue(), f.toString());
        assertEquals(kpis[1], k.getJsonNumber("behind").longValue(), f.toString());
        assertEquals(kpis[2], k.getJsonNumber("farBehind").longValue(), f.toString());
        assertEquals(kpis[3], k.getJsonNumber("noData").longValue(), f.toString());
        assertDecimal(kpiOnTrack, f, "kpiOnTrackPercent");
        assertEquals(planned, f.getJsonNumber("fundsPlannedWon").longValue(), f.toString());
        assertEquals(secured, f.getJsonNumber("fundsSecuredWon").longValue(), f.toString());
        assertDecimal(fundsPercent, f, "fundsSecuredPercent");
        assertEquals(atRisk, f.getJsonNumber("atRisk").longValue(), f.toString());
    }

    private static void assertDecimal(String expected, JsonObject f, String field) {
        if (expected == null) {
            assertTrue(!f.containsKey(field) || f.isNull(field), field + " " + f);
            return;
        }
        JsonNumber n = f.getJsonNumber(field);
        assertEquals(0, new BigDecimal(expected).compareTo(n.bigDecimalValue()), field + " " + f);
    }

    private static long status(JsonObject figures, String status) {
        return figures.getJsonArray("byStatus").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals(status)).findFirst().orElseThrow()
                .getJsonNumber("tasks").longValue();
    }

    /** A past year without any reporting period, so that this test's periods are its own. */
    private static int freeYear(Connection c) throws SQLException {
        for (int y = 2001; y < 2025; y++) {
            if (single(c, "SELECT COUNT(*) FROM reporting_period WHERE period_year = " + y) == 0) {
                return y;
            }
        }
        throw new IllegalStateException("no free year");
    }

    private static long period(Connection c, String kind, int year, int number, String state) throws SQLException {
        int month = kind.equals("MONTHLY") ? number : number * 3;
        LocalDate due = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        return insert(c, "INSERT INTO reporting_period (kind, period_year, period_no, due_date, grace_days, state, "
                + "opened_by, opened_at, version) VALUES (?, ?, ?, ?, 0, ?, 'planner', ?, 0)", kind, year, number,
                Date.valueOf(due), state, Timestamp.valueOf(due.atStartOfDay()));
    }

    private static long task(Connection c, String prefix, long strategy, long unit, Long officer, String status,
            int year) throws SQLException {
        String number = null;
        for (int n = 900; number == null; n++) {
            if (single(c, "SELECT COUNT(*) FROM policy_task WHERE management_number = '" + prefix + n + "'") == 0) {
                number = prefix + n;
            }
        }
        long id = insert(c, "INSERT INTO policy_task (management_number, title, strategy_id, owning_unit_id, "
                + "officer_id, start_date, end_date, term, status, demo, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'SHORT', ?, FALSE, 0)", number, "대시보드 시험 과제 " + number, strategy,
                unit, officer, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)), status);
        // A whole card (a source is required), as the other tests export and import the portfolio with these tasks.
        insert(c, "INSERT INTO task_source (task_id, source) VALUES (?, 'CITY_PLEDGE')", id);
        return id;
    }

    private static long kpi(Connection c, long task, int order, String name, String direction, String baseline,
            int year, String target) throws SQLException {
        long id = insert(c, "INSERT INTO task_kpi (task_id, sort_order, name, unit, direction, baseline) "
                + "VALUES (?, ?, ?, '건', ?, ?)", task, order, name, direction, new BigDecimal(baseline));
        insert(c, "INSERT INTO task_kpi_target (kpi_id, target_year, target_value) VALUES (?, ?, ?)", id, year,
                new BigDecimal(target));
        return id;
    }

    private static void plan(Connection c, long task, int year, String source, long won) throws SQLException {
        insert(c, "INSERT INTO task_fund_plan (task_id, fiscal_year, source, amount_won) VALUES (?, ?, ?, ?)", task,
                year, source, won);
    }

    private static long report(Connection c, long task, long period, String documentStatus, String status,
            int progress, int year, int month) throws SQLException {
        Timestamp at = Timestamp.valueOf(LocalDate.of(year, month, 1).plusMonths(1).atStartOfDay());
        long report = insert(c, "INSERT INTO progress_report (task_id, period_id, reported_status, progress_percent, "
                + "results, saved_by, saved_at, version) VALUES (?, ?, ?, ?, '실적', 'officer', ?, 0)", task, period,
                status, progress, at);
        long document = insert(c, "INSERT INTO approval_document (doc_type, title, drafter_username, drafter_name, "
                + "status, round_no, submitted_at, decided_at, subject_id, version) "
                + "VALUES ('PROGRESS_REPORT', '추진실적 보고', 'officer', '담당자', ?, 1, ?, ?, ?, 0)", documentStatus, at,
                documentStatus.equals("APPROVED") ? at : null, report);
        insert(c, "UPDATE progress_report SET document_id = ? WHERE id = ?", document, report);
        return report;
    }

    private static void actual(Connection c, long report, int order, long kpi, String value) throws SQLException {
        insert(c, "INSERT INTO report_kpi_actual (report_id, sort_order, kpi_id, kpi_name, kpi_unit, actual_value) "
                + "VALUES (?, ?, ?, 'k', '건', ?)", report, order, kpi, new BigDecimal(value));
    }

    private static void funds(Connection c, long report, int order, int year, String source, long secured)
            throws SQLException {
        insert(c, "INSERT INTO report_fund_figure (report_id, sort_order, fiscal_year, source, requested_won, "
                + "secured_won, executed_won) VALUES (?, ?, ?, ?, ?, ?, 0)", report, order, year, source, secured,
                secured);
    }
}
