package kr.corepolicy.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.platform.MicroProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Statements per request do not grow with the data (#12): the same requests of signed-in browser sessions, on
 * the demo data and on a generated city larger in every dimension that a request could pay for (tasks, each
 * task's KPIs and reports over the years, the signatures of a document, the documents in the queues, the
 * notifications), must not send more SQL statements to the database on the city than on the demo.
 *
 * <p>Each data set gets a Payara Micro of its own (one after the other), on an embedded H2 database of its own
 * whose statement trace is on ({@code TRACE_LEVEL_FILE=2}, as {@code bench/} starts it) whatever database the
 * test run is configured for. Statements are counted from the trace: one warm-up request, then the count of a
 * second identical one, checked against a third (the smaller is taken: an hourly timer firing in between would
 * add its own). Every request must answer 200 and show what it is about. The table goes to the test's output and
 * to {@code target/statement-counts.md} (docs/performance.md, "Statements per request").
 */
class StatementCountIT {

    private static final String PW = CityGenerator.PASSWORD;
    private static final String PLANNER = "planner";
    private static final String OFFICER = "officer";
    private static final String HEAD = "head";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** The generated city: twice Gyeongju (100 tasks); with this seed task 1-1 has 3 KPIs, 2 collaborators. */
    private static final double CITY_SCALE = 2;
    private static final long CITY_SEED = 5;

    /** A request of a signed-in browser session; {@code {name}} in the path and the marker is a fact of the data. */
    record Probe(String user, String path, String marker) {

        boolean isPage() {
            return !path.startsWith("/api/");
        }
    }

    /**
     * What is measured. The marker is what the answer must contain to count as rendered (a page's text is
     * HTML-escaped before the comparison). To measure a new page or call, add a line; a new fact goes in
     * {@link #facts}.
     */
    static final List<Probe> PROBES = List.of(
            new Probe(PLANNER, "/", "{plannerName}"),
            new Probe(HEAD, "/", "{headName}"),
            new Probe(PLANNER, "/tasks/index.xhtml", "{firstTaskTitle}"),
            new Probe(PLANNER, "/tasks/index.xhtml?strategy=1", "{firstTaskOfStrategyTitle}"),
            new Probe(PLANNER, "/tasks/card.xhtml?id={task}", "{taskTitle}"),
            new Probe(OFFICER, "/tasks/card.xhtml?id={task}", "{taskTitle}"),
            new Probe(HEAD, "/approvals/index.xhtml", "{firstWaitingTitle}"),
            new Probe(HEAD, "/approvals/index.xhtml?box=done", "{firstDoneTitle}"),
            new Probe(HEAD, "/approvals/document.xhtml?id={document}", "{documentTitle}"),
            new Probe(PLANNER, "/reports/index.xhtml", "{firstReportOfPeriodTitle}"),
            new Probe(OFFICER, "/reports/edit.xhtml?id={draft}", "{taskTitle}"),
            new Probe(HEAD, "/notifications.xhtml", "{newestNotificationSubject}"),
            new Probe(PLANNER, "/dashboard/index.xhtml", "{strategy1Name}"),
            new Probe(HEAD, "/dashboard/department.xhtml?id={unit}", "{unitName}"),
            new Probe(PLANNER, "/api/tasks?size=20", "\"total\":{tasks}"),
            new Probe(PLANNER, "/api/tasks?strategy=1&size=20", "\"total\":{tasksOfStrategy}"),
            new Probe(PLANNER, "/api/tasks/{task}", "\"id\":{task}"),
            new Probe(PLANNER, "/api/tasks/{task}/reports", "\"official\":{"),
            new Probe(OFFICER, "/api/tasks/{task}/kpis", "\"taskId\":{task}"),
            new Probe(PLANNER, "/api/strategies", "\"number\":1"),
            new Probe(HEAD, "/api/approvals/inbox", "\"total\":{waiting}"),
            new Probe(HEAD, "/api/approvals/inbox?box=done", "\"total\":{done}"),
            new Probe(HEAD, "/api/approvals/{document}", "\"id\":{document}"),
            new Probe(PLANNER, "/api/reports?period={period}", "\"total\":{reportsOfPeriod}"),
            new Probe(OFFICER, "/api/reports/{draft}", "\"id\":{draft}"),
            new Probe(HEAD, "/api/notifications", "\"id\":{newestNotification}"),
            new Probe(OFFICER, "/api/me/work", "\"tasks\":"),
            new Probe(PLANNER, "/api/dashboard", "\"number\":1"),
            new Probe(HEAD, "/api/dashboard/departments/{unit}", "\"id\":{unit}"),
            new Probe(PLANNER, "/api/dashboard/risks", "\"total\":"));

    /** The sizes that make the city the larger data set; each must be larger there than on the demo. */
    private static final List<String> DIMENSIONS = List.of("tasks", "kpisOfTask", "reportsOfTask", "boxesOfDocument",
            "waiting", "done", "notifications");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void statementsPerRequestDoNotGrowWithTheData() throws Exception {
        long start = System.nanoTime();
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).toAbsolutePath()
                .getParent();
        Path work = Files.createTempDirectory(target, "statements");

        List<String> phases = new ArrayList<>();
        Measured demo;
        Path demoData = work.resolve("demo");
        try (MicroProcess micro = startTraced(work, demoData, true)) {
            phases.add("demo started " + seconds(start));
            Map<String, String> facts = new HashMap<>(demoSetUp(api(micro)));
            phases.add("set up " + seconds(start));
            demo = measure(micro, demoData, facts);
            phases.add("measured " + seconds(start));
        }

        Measured city;
        Path cityData = work.resolve("city");
        CityGenerator.generateEmbedded(cityData, target.resolve("payara-micro.jar"), CITY_SCALE, CITY_SEED);
        phases.add("city generated " + seconds(start));
        Map<String, String> cityFacts = cityPicks(CityDatabase.embedded(cityData, target.resolve("payara-micro.jar")));
        try (MicroProcess micro = startTraced(work, cityData, false)) {
            phases.add("started " + seconds(start));
            assertFalse(micro.output().contains("demo data loaded"), "the city is not mixed with the demo");
            city = measure(micro, cityData, cityFacts);
            phases.add("measured " + seconds(start));
        }
        System.out.println("StatementCountIT, seconds since the start: " + String.join(", ", phases));

        String table = table(demo, city, Duration.ofNanos(System.nanoTime() - start));
        System.out.println(table);
        Files.writeString(target.resolve("statement-counts.md"), table, StandardCharsets.UTF_8);

        List<String> problems = new ArrayList<>();
        problems.addAll(demo.problems());
        problems.addAll(city.problems());
        for (String dimension : DIMENSIONS) {
            long small = Long.parseLong(demo.facts().get(dimension));
            long large = Long.parseLong(city.facts().get(dimension));
            if (large <= small) {
                problems.add("the city is not larger in " + dimension + ": demo " + small + ", city " + large);
            }
        }
        for (Probe probe : PROBES) {
            int onDemo = demo.counts().get(probe);
            int onCity = city.counts().get(probe);
            if (onCity > onDemo) {
                problems.add(probe.user() + " " + probe.path() + ": " + onCity + " statements on the generated city, "
                        + onDemo + " on the demo data; the city's beyond the demo's:\n    "
                        + String.join("\n    ", beyond(city.statements().get(probe), demo.statements().get(probe))
                                .stream().map(sql -> sql.length() > 300 ? sql.substring(0, 300) + "…" : sql)
                                .toList()));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + table);
        deleteRecursively(work);
    }

    private static String seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000 + " s";
    }

    /** The counts, statements and facts of one data set, and what went wrong with its requests. */
    private record Measured(Map<Probe, Integer> counts, Map<Probe, List<String>> statements,
            Map<String, String> facts, List<String> problems) {
    }

    /** The statements of {@code more} that {@code fewer} does not have (by their SQL, parameters left out). */
    static List<String> beyond(List<String> more, List<String> fewer) {
        Map<String, Integer> left = new HashMap<>();
        fewer.forEach(sql -> left.merge(sqlOf(sql), 1, Integer::sum));
        List<String> extra = new ArrayList<>();
        for (String sql : more) {
            if (left.merge(sqlOf(sql), -1, Integer::sum) < 0) {
                extra.add(sql);
            }
        }
        return extra;
    }

    /** A traced statement without H2's comment and the parameters' values. */
    private static String sqlOf(String traced) {
        String sql = traced.substring(traced.indexOf("*/") + 2);
        int parameters = sql.lastIndexOf(" {");
        return parameters < 0 ? sql : sql.substring(0, parameters);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // --- the servers --------------------------------------------------------------------------------------------

    /**
     * Payara Micro on the embedded H2 database of {@code data} with H2's statement trace on; the test run's
     * database settings (COREPOLICY_DB_*, MariaDB in CI's second step) are taken out by MicroProcess, and e-mail
     * is off so that the outbox's timer sends no statements of its own.
     */
    private static MicroProcess startTraced(Path work, Path data, boolean demo) throws Exception {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("db").resolve("corepolicy").toString()
                .replace('\\', '/') + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=2;TRACE_MAX_FILE_SIZE=2048";
        return MicroProcess.start(work, Map.of("COREPOLICY_MAIL_HOST", ""), "-Dcorepolicy.data.dir=" + data,
                "-Dcorepolicy.db.url=" + url, "-Dcorepolicy.db.user=corepolicy", "-Dcorepolicy.demo=" + demo);
    }

    private static ApiClient api(MicroProcess micro) throws Exception {
        return new ApiClient(URI.create(micro.url("/")).toURL());
    }

    // --- measuring ----------------------------------------------------------------------------------------------

    private static Measured measure(MicroProcess micro, Path data, Map<String, String> picks) throws Exception {
        ApiClient api = api(micro);
        Map<String, String> facts = facts(api, picks);
        Map<String, BrowserSession> sessions = new HashMap<>();
        for (String user : List.of(PLANNER, OFFICER, HEAD)) {
            sessions.put(user, BrowserSession.signIn(micro.url(""), user, PW));
        }
        StatementTrace trace = new StatementTrace(data.resolve("db").resolve("corepolicy.trace.db"));
        trace.settle();
        Map<Probe, Integer> counts = new LinkedHashMap<>();
        Map<Probe, List<String>> statements = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Probe probe : PROBES) {
            BrowserSession session = sessions.get(probe.user());
            String path = resolve(probe.path(), facts);
            String marker = resolve(probe.marker(), facts);
            if (probe.isPage()) {
                marker = html(marker);
            }
            String what = probe.user() + " " + path;
            Reply warm = request(session, probe, path);
            trace.settle();
            Reply second = request(session, probe, path);
            List<String> sent = trace.settle();
            Reply third = request(session, probe, path);
            List<String> again = trace.settle();
            if (again.size() != sent.size()) {
                System.out.println(what + ": " + sent.size() + " then " + again.size() + " statements (fewer count)");
            }
            List<String> fewer = again.size() < sent.size() ? again : sent;
            counts.put(probe, fewer.size());
            statements.put(probe, fewer);
            for (Reply reply : List.of(warm, second, third)) {
                if (reply.status() != 200) {
                    problems.add(what + " answered " + reply.status() + ": " + snippet(reply.body()));
                    break;
                }
                if (!reply.body().contains(marker)) {
                    problems.add(what + " does not show '" + marker + "': " + snippet(reply.body()));
                    break;
                }
            }
        }
        return new Measured(counts, statements, facts, problems);
    }

    private static Reply request(BrowserSession session, Probe probe, String path) throws Exception {
        return probe.isPage() ? session.page(path) : session.api(path);
    }

    private static final Pattern FACT = Pattern.compile("\\{(\\w+)}");

    static String resolve(String template, Map<String, String> facts) {
        Matcher m = FACT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = facts.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no fact " + m.group(1) + " for " + template + " in " + facts.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** Text as a page writes it. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    // --- the data sets ------------------------------------------------------------------------------------------

    /**
     * The demo's smallest realistic reporting cycle on task 1-2 (officer's, one KPI, two collaborating
     * departments): three periods; the previous month's report approved through its whole line (team leader, two
     * consents, the head's decision), this month's waiting for the head, this quarter's a draft. The previous month
     * is the demo's reporting history (its report of 1-2 went through that line at start-up); only where it is
     * missing is it opened and approved here.
     */
    private static Map<String, String> demoSetUp(ApiClient api) {
        LocalDate today = LocalDate.now(SEOUL);
        YearMonth month = YearMonth.from(today);
        String due = today.plusDays(30).toString();
        YearMonth last = month.minusMonths(1);
        Long history = array(api, PLANNER, "api/periods").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("kind").equals("MONTHLY") && p.getInt("year") == last.getYear()
                        && p.getInt("number") == last.getMonthValue())
                .map(p -> p.getJsonNumber("id").longValue()).findFirst().orElse(null);
        long previous = history != null ? history
                : openPeriod(api, "MONTHLY", last.getYear(), last.getMonthValue(), due);
        long current = openPeriod(api, "MONTHLY", month.getYear(), month.getMonthValue(), due);
        long quarter = openPeriod(api, "QUARTERLY", month.getYear(), (month.getMonthValue() + 2) / 3, due);

        JsonObject found = get(api, PLANNER, "api/tasks?q=1-2&size=5").getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("managementNumber").equals("1-2"))
                .findFirst().orElseThrow();
        long task = found.getJsonNumber("id").longValue();

        long approved;
        if (history != null) {
            JsonObject report = get(api, PLANNER, "api/reports/" + reportOf(api, previous, task));
            assertEquals("APPROVED", report.getString("state"), "the demo's history: " + report);
            approved = report.getJsonNumber("documentId").longValue();
        } else {
            approved = submit(api, write(api, reportOf(api, previous, task)));
            walk(api, approved, null);
        }
        long waiting = submit(api, write(api, reportOf(api, current, task)));
        walk(api, waiting, HEAD);
        long draft = write(api, reportOf(api, quarter, task));
        return Map.of("task", String.valueOf(task), "document", String.valueOf(approved), "draft",
                String.valueOf(draft));
    }

    private static long openPeriod(ApiClient api, String kind, int year, int number, String due) {
        Reply reply = api.post("api/periods", PLANNER, PW, Json.createObjectBuilder().add("kind", kind)
                .add("year", year).add("number", number).add("dueDate", due).add("graceDays", 3).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long reportOf(ApiClient api, long period, long task) {
        return get(api, OFFICER, "api/reports?period=" + period + "&task=" + task).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Writes the report in full: every KPI's actual, a fund line; returns its id. */
    private static long write(ApiClient api, long report) {
        JsonObject current = get(api, OFFICER, "api/reports/" + report);
        JsonArrayBuilder actuals = Json.createArrayBuilder();
        current.getJsonArray("kpis").stream().map(JsonValue::asJsonObject).forEach(k -> actuals.add(
                Json.createObjectBuilder().add("kpiId", k.getJsonNumber("kpiId").longValue()).add("value", 12.5)));
        Reply saved = api.put("api/reports/" + report, OFFICER, PW, Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue()).add("status", "ON_TRACK")
                .add("progressPercent", 60).add("results", "경관조명 12개소 설치, 시범 운영")
                .add("nextSteps", "다음 달 준공 및 개장").add("kpiActuals", actuals)
                .add("funds", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fiscalYear", current.getJsonArray("fundYears").getInt(0)).add("source", "NATIONAL")
                        .add("requestedWon", 300_000_000L).add("securedWon", 200_000_000L)
                        .add("executedWon", 100_000_000L)))
                .build().toString());
        assertEquals(200, saved.status(), saved.toString());
        return report;
    }

    /** Submits on the proposed line; returns the document's id. */
    private static long submit(ApiClient api, long report) {
        long version = get(api, OFFICER, "api/reports/" + report).getJsonNumber("version").longValue();
        Reply submitted = api.post("api/reports/" + report + "/submit", OFFICER, PW, "{\"version\":" + version + "}");
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().getJsonNumber("documentId").longValue();
    }

    /** Signs the document's boxes in turn until it is approved, or until {@code stopAt}'s box is the next. */
    private static void walk(ApiClient api, long document, String stopAt) {
        for (int round = 0; round < 10; round++) {
            JsonObject doc = get(api, OFFICER, "api/approvals/" + document);
            if (doc.getString("status").equals("APPROVED")) {
                assertTrue(stopAt == null, "approved before " + stopAt + "'s turn: " + doc);
                return;
            }
            List<String> pending = doc.getJsonArray("currentLine").stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("state").equals("PENDING")).map(s -> s.getString("assigneeUsername"))
                    .toList();
            assertFalse(pending.isEmpty(), "nobody's turn: " + doc);
            if (pending.contains(stopAt)) {
                return;
            }
            for (String signer : pending) {
                Reply signed = api.post("api/approvals/" + document + "/actions", signer, PW,
                        "{\"action\":\"approve\"}");
                assertEquals(200, signed.status(), signer + " signs: " + signed);
            }
        }
        throw new AssertionError("document " + document + " never got through its line");
    }

    /**
     * The city's task 1-1 (officer's, so the report editor can be opened by the same user as on the demo), its
     * approved document with the most signature boxes, and its report of an open period not yet submitted.
     */
    private static Map<String, String> cityPicks(CityDatabase db) throws Exception {
        try (Connection c = db.getConnection()) {
            long task = CityDatabase.count(c, "SELECT id FROM policy_task WHERE management_number = '1-1'");
            long document = first(c, "SELECT d.id FROM approval_document d JOIN progress_report r "
                    + "ON r.document_id = d.id WHERE r.task_id = ? AND d.status = 'APPROVED' "
                    + "ORDER BY (SELECT COUNT(*) FROM approval_step s WHERE s.document_id = d.id) DESC, d.id DESC",
                    task, "an approved document of task 1-1");
            long draft = first(c, "SELECT r.id FROM progress_report r JOIN reporting_period p ON p.id = r.period_id "
                    + "WHERE r.task_id = ? AND p.state = 'OPEN' AND r.document_id IS NULL "
                    + "ORDER BY r.saved_at DESC, r.id", task, "a report of task 1-1 in an open period, not submitted");
            return Map.of("task", String.valueOf(task), "document", String.valueOf(document), "draft",
                    String.valueOf(draft));
        }
    }

    private static long first(Connection c, String sql, long parameter, String what) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the generated city (scale " + CITY_SCALE + ", seed " + CITY_SEED + ") has "
                        + what);
                return rs.getLong(1);
            }
        }
    }

    /**
     * The facts of a data set, read through the API as the users who make the requests: what the pages must
     * show, the ids the requests name, and the sizes that the city must exceed.
     */
    static Map<String, String> facts(ApiClient api, Map<String, String> picks) {
        Map<String, String> f = new HashMap<>(picks);
        f.put("plannerName", get(api, PLANNER, "api/me").getString("displayName"));
        f.put("headName", get(api, HEAD, "api/me").getString("displayName"));
        page(f, api, PLANNER, "api/tasks?size=1", "tasks", "firstTaskTitle", "title");
        page(f, api, PLANNER, "api/tasks?strategy=1&size=1", "tasksOfStrategy", "firstTaskOfStrategyTitle", "title");
        JsonObject card = get(api, PLANNER, "api/tasks/" + f.get("task"));
        f.put("taskTitle", card.getString("title"));
        f.put("unit", String.valueOf(card.getJsonObject("owningUnit").getJsonNumber("id").longValue()));
        f.put("unitName", card.getJsonObject("owningUnit").getString("nameKo"));
        f.put("strategy1Name", card.getInt("strategyNumber") == 1 ? card.getString("strategyNameKo")
                : get(api, PLANNER, "api/tasks?strategy=1&size=1").getJsonArray("items").getJsonObject(0)
                        .getString("strategyNameKo"));
        f.put("kpisOfTask", String.valueOf(card.getJsonArray("kpis").size()));
        card.getJsonArray("kpis").stream().map(JsonValue::asJsonObject).forEach(k -> assertFalse(
                k.getJsonObject("targets").isEmpty(), "every KPI of the card has its targets: " + k));
        f.put("reportsOfTask", String.valueOf(get(api, PLANNER, "api/tasks/" + f.get("task") + "/reports")
                .getJsonArray("reports").size()));
        JsonObject document = get(api, HEAD, "api/approvals/" + f.get("document"));
        f.put("documentTitle", document.getString("title"));
        f.put("boxesOfDocument", String.valueOf(document.getJsonArray("currentLine").size()
                + document.getJsonArray("history").size()));
        page(f, api, HEAD, "api/approvals/inbox?box=waiting&size=1", "waiting", "firstWaitingTitle", "title");
        page(f, api, HEAD, "api/approvals/inbox?box=done&size=1", "done", "firstDoneTitle", "title");
        JsonObject period = array(api, PLANNER, "api/periods").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("state").equals("OPEN")).findFirst()
                .orElseThrow(() -> new AssertionError("no open period"));
        f.put("period", number(period, "id"));
        page(f, api, PLANNER, "api/reports?period=" + f.get("period") + "&size=1", "reportsOfPeriod",
                "firstReportOfPeriodTitle", "taskTitle");
        JsonObject report = get(api, OFFICER, "api/reports/" + f.get("draft"));
        assertTrue(report.getBoolean("editableByMe"), "the officer's draft is editable: " + report);
        assertEquals(card.getJsonArray("kpis").size(), report.getJsonArray("kpis").size(),
                "the draft has a line for every KPI of its task: " + report);
        JsonArray notifications = array(api, HEAD, "api/notifications?max=50");
        f.put("notifications", String.valueOf(notifications.size()));
        assertFalse(notifications.isEmpty(), "the head has notifications");
        f.put("newestNotification", number(notifications.getJsonObject(0), "id"));
        f.put("newestNotificationSubject", notifications.getJsonObject(0).getString("subject"));
        return f;
    }

    /** Of a page of the API: its total as the fact {@code total}, its first item's {@code field} as {@code first}. */
    private static void page(Map<String, String> f, ApiClient api, String user, String path, String total,
            String first, String field) {
        JsonObject page = get(api, user, path);
        f.put(total, number(page, "total"));
        f.put(first, firstItem(page).getString(field));
    }

    private static JsonObject get(ApiClient api, String user, String path) {
        Reply reply = api.get(path, user, PW);
        assertEquals(200, reply.status(), path + " as " + user + ": " + reply);
        return reply.json();
    }

    private static JsonArray array(ApiClient api, String user, String path) {
        Reply reply = api.get(path, user, PW);
        assertEquals(200, reply.status(), path + " as " + user + ": " + reply);
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObject firstItem(JsonObject page) {
        JsonArray items = page.getJsonArray("items");
        assertFalse(items.isEmpty(), "an empty page: " + page);
        return items.getJsonObject(0);
    }

    private static String number(JsonObject o, String name) {
        return o.getJsonNumber(name).toString();
    }

    // --- the report ---------------------------------------------------------------------------------------------

    private static String table(Measured demo, Measured city, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("Statements per request (StatementCountIT, ").append(LocalDate.now(SEOUL)).append(", ")
                .append(took.toSeconds()).append(" s): demo data, and a generated city of scale ")
                .append(CITY_SCALE).append(" (seed ").append(CITY_SEED).append(")\n\n");
        out.append("| request | user | demo | generated city |\n|---|---|---|---|\n");
        for (Probe probe : PROBES) {
            out.append("| `").append(probe.path()).append("` | ").append(probe.user()).append(" | ")
                    .append(demo.counts().get(probe)).append(" | ").append(city.counts().get(probe)).append(" |\n");
        }
        out.append("\n| data | demo | generated city |\n|---|---|---|\n");
        for (String dimension : DIMENSIONS) {
            out.append("| ").append(dimension).append(" | ").append(demo.facts().get(dimension)).append(" | ")
                    .append(city.facts().get(dimension)).append(" |\n");
        }
        return out.toString();
    }
}
