package kr.corepolicy.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × action matrix of issue #8: {@code security/access-matrix.tsv} says, for every REST endpoint and
 * every page, what each kind of user must get, including records of another department reached by changing an
 * id. This test walks the whole table against the running application and lists every cell that differs; a
 * second test fails when an endpoint or page exists that the table does not name.
 */
@ExtendWith(SharedServer.class)
class AccessMatrixIT {

    private static final String PW = "demo1234";
    private static final String MATRIX = "/security/access-matrix.tsv";
    /** The column order of the table: the signed-out caller, then one demo user per role. */
    private static final List<String> CALLERS = List.of("anon", "officer", "fishoff", "collab", "teamlead", "head",
            "tfleader", "planner", "deputy", "admin");
    /** Pages open to everyone by design: the sign-in page and the error pages. */
    private static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final URL base = SharedServer.url();

    private record Row(int line, String method, String path, String body, List<String> expected) {
    }

    @Test
    void everyEndpointAndPageAnswersEachKindOfUserAsTheMatrixSays() {
        ApiClient api = new ApiClient(base);
        Map<String, String> values = fixture(api);
        Map<String, HttpClient> sessions = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : rows()) {
            String path = substitute(row.path(), values);
            String body = row.body().equals("-") ? null : substitute(row.body(), values);
            // Denied callers first: an allowed caller's change must not hide a leak.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(i -> !row.expected().get(i).equals("D")));
            for (int i : order) {
                String caller = CALLERS.get(i);
                String expected = row.expected().get(i);
                int status = row.method().equals("PAGE") ? page(sessions, caller, path)
                        : call(api, caller, row.method(), path, body, values);
                cells++;
                if (!matches(expected, status, row.method().equals("PAGE"), caller.equals("anon"))) {
                    wrong.add("line " + row.line() + " " + row.method() + " " + row.path() + " as " + caller
                            + ": expected " + expected + ", got " + status);
                }
            }
        }
        System.out.printf("access matrix: %d cells checked, %d wrong%n", cells, wrong.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " cells differ from the matrix:\n" + String.join("\n", wrong));
    }

    @Test
    void theMatrixNamesEveryEndpointAndEveryPage() throws IOException {
        List<Row> rows = rows();
        List<String> missing = new ArrayList<>();
        for (String endpoint : endpoints()) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String template = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (rows.stream().noneMatch(r -> r.method().equals(method) && sameShape(template, r.path()))) {
                missing.add(endpoint);
            }
        }
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("src/main/webapp"))) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + Paths.get("src/main/webapp").relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/error/") && !PUBLIC_PAGES.contains(p))
                    .filter(p -> rows.stream().noneMatch(r -> r.method().equals("PAGE")
                            && r.path().replaceAll("\\?.*", "").equals(p)))
                    .forEach(p -> missing.add("PAGE " + p));
        }
        assertTrue(missing.isEmpty(), "not in " + MATRIX + ": " + missing);
        assertTrue(rows.size() > 40, "the table was read: " + rows.size() + " rows");
    }

    @Test
    void fieldsAClientMustNotSetAreNotTakenFromTheClient() {
        ApiClient api = new ApiClient(base);
        Reply me = api.put("api/me/language", "officer", PW,
                "{\"language\":\"ko\",\"roles\":[\"ADMIN\"],\"department\":\"D-ICT\",\"position\":\"MAYOR\"}");
        assertTrue(me.status() == 204 || me.status() == 200 || me.status() == 400, me.toString());
        JsonObject after = api.get("api/me", "officer", PW).json();
        assertEquals("관광정책과", after.getString("department"));
        assertEquals("STAFF", after.getString("position"));
        assertEquals(List.of("OFFICER", "USER"), after.getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString).stream().sorted().toList(), "no role from the client");

        Map<String, String> values = fixture(api);
        // The capacity is derived by the server: a client's "capacity" is refused by name and cannot make 대결 of
        // 본인; the approval without it is signed 본인.
        Reply forged = api.post("api/approvals/" + values.get("document") + "/actions", "teamlead", PW,
                "{\"action\":\"approve\",\"capacity\":\"STAND_IN\",\"signer\":\"head\"}");
        assertEquals(400, forged.status(), forged.toString());
        assertEquals("capacity", forged.json().getString("field"), forged.toString());
        Reply acted = api.post("api/approvals/" + values.get("document") + "/actions", "teamlead", PW,
                "{\"action\":\"approve\"}");
        assertEquals(200, acted.status(), acted.toString());
        JsonObject box = acted.json().getJsonArray("currentLine").getJsonObject(0);
        assertEquals("teamlead", box.getString("signerUsername"));
        assertEquals("SELF", box.getString("capacity"));
        // A status or a decider that the report writer may not choose is refused, not applied.
        Reply status = api.get("api/reports/" + values.get("draft"), "officer", PW);
        long version = status.json().getJsonNumber("version").longValue();
        Reply line = api.post("api/reports/" + values.get("draft") + "/submit", "officer", PW,
                "{\"version\":" + version + ",\"line\":[{\"kind\":\"DECISION\",\"username\":\"mayor\"}]}");
        assertEquals(400, line.status(), "a line without the chain and the consents: " + line);
        assertEquals("DRAFT", api.get("api/reports/" + values.get("draft"), "officer", PW).json().getString("state"));
    }

    // --- the data the table's placeholders name, made fresh by this test --------------------------------------

    private Map<String, String> fixture(ApiClient api) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("task", String.valueOf(taskId(api, "1-2")));
        v.put("strategy", String.valueOf(strategyId(api)));
        v.put("unit", String.valueOf(api.get("api/tasks/" + v.get("task"), "officer", PW).json()
                .getJsonObject("owningUnit").getJsonNumber("id").longValue()));
        long period = openPeriod(api);
        long period2 = openPeriod(api);
        v.put("period", String.valueOf(period));
        v.put("period2", String.valueOf(period2));
        v.put("period2Due", api.get("api/periods/" + period2, "planner", PW).json().getString("dueDate"));
        Set<String> taken = new java.util.HashSet<>();
        Json.createReader(new java.io.StringReader(api.get("api/periods", "planner", PW).body())).readArray()
                .getValuesAs(JsonObject.class).forEach(p -> taken.add(p.getString("kind") + p.getInt("year") + "/"
                        + p.getInt("number")));
        int freeYear = 2000;
        while (taken.contains("MONTHLY" + freeYear + "/1") && freeYear < 2100) {
            freeYear++;
        }
        v.put("freeYear", String.valueOf(freeYear));

        long draft = reportId(api, period, taskId(api, "1-2"));
        write(api, draft);
        v.put("draft", String.valueOf(draft));
        v.put("attachment", String.valueOf(upload(api, draft).getJsonNumber("id").longValue()));

        long submitted = reportId(api, period, taskId(api, "1-6"));
        write(api, submitted);
        v.put("frozen", String.valueOf(upload(api, submitted).getJsonNumber("id").longValue()));
        Reply sent = api.post("api/reports/" + submitted + "/submit", "officer", PW,
                "{\"version\":" + version(api, submitted) + "}");
        assertEquals(200, sent.status(), sent.toString());
        v.put("submitted", String.valueOf(submitted));
        v.put("document", String.valueOf(sent.json().getJsonNumber("documentId").longValue()));

        long approved = reportId(api, period, taskId(api, "5-7"));
        write(api, approved);
        Reply approving = api.post("api/reports/" + approved + "/submit", "officer", PW,
                "{\"version\":" + version(api, approved) + "}");
        assertEquals(200, approving.status(), approving.toString());
        long approvedDoc = approving.json().getJsonNumber("documentId").longValue();
        for (var step : approving.json().isNull("documentId") ? List.<String>of()
                : api.get("api/approvals/" + approvedDoc, "officer", PW).json().getJsonArray("currentLine")
                        .getValuesAs(JsonObject.class).stream().map(s -> s.getString("assigneeUsername")).toList()) {
            Reply act = api.post("api/approvals/" + approvedDoc + "/actions", step, PW, "{\"action\":\"approve\"}");
            assertEquals(200, act.status(), step + ": " + act);
        }
        v.put("approved", String.valueOf(approved));

        Reply absence = api.post("api/absences", "admin", PW, Json.createObjectBuilder().add("absent", "officer")
                .add("deputy", "teamlead").add("firstDay", "2099-11-01").add("lastDay", "2099-11-02")
                .add("reason", "교육").build().toString());
        assertEquals(201, absence.status(), absence.toString());
        v.put("absence", String.valueOf(absence.json().getJsonNumber("id").longValue()));

        Reply notes = api.get("api/notifications?max=5", "officer", PW);
        v.put("notification", String.valueOf(Json.createReader(new java.io.StringReader(notes.body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue()));
        JsonObject rule = Json.createReader(new java.io.StringReader(api.get("api/delegation", "admin", PW).body()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("type").equals("PROGRESS_REPORT")).findFirst().orElseThrow();
        v.put("delegationVersion", String.valueOf(rule.getJsonNumber("version").longValue()));
        return v;
    }

    private static long openPeriod(ApiClient api) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int year = 2030 + ThreadLocalRandom.current().nextInt(60);
            int month = 1 + ThreadLocalRandom.current().nextInt(12);
            Reply reply = api.post("api/periods", "planner", PW, Json.createObjectBuilder().add("kind", "MONTHLY")
                    .add("year", year).add("number", month)
                    .add("dueDate", LocalDate.of(year, month, 1).plusDays(40).toString()).add("graceDays", 2)
                    .build().toString());
            if (reply.status() == 201) {
                return reply.json().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no free period");
    }

    private static long taskId(ApiClient api, String number) {
        return api.get("api/tasks?q=" + number + "&size=5", "officer", PW).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("managementNumber").equals(number))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long strategyId(ApiClient api) {
        return Json.createReader(new java.io.StringReader(api.get("api/strategies", "officer", PW).body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(s -> s.getInt("number") == 1)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long reportId(ApiClient api, long period, long task) {
        Reply reply = api.get("api/reports?period=" + period + "&task=" + task, "officer", PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long version(ApiClient api, long report) {
        return api.get("api/reports/" + report, "officer", PW).json().getJsonNumber("version").longValue();
    }

    private static void write(ApiClient api, long report) {
        Reply saved = api.put("api/reports/" + report, "officer", PW, Json.createObjectBuilder()
                .add("version", version(api, report)).add("status", "ON_TRACK").add("progressPercent", 30)
                .add("results", "현장 점검 완료").add("nextSteps", "다음 분기 착공").build().toString());
        assertEquals(200, saved.status(), saved.toString());
    }

    private static JsonObject upload(ApiClient api, long report) {
        Reply reply = api.send(api.request("api/reports/" + report + "/attachments?name=plan.pdf", "officer", PW)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(PDF)));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    // --- walking the table --------------------------------------------------------------------------------------

    private static List<Row> rows() {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream(MATRIX)) {
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = lines[i].split("\t");
                assertEquals(3 + CALLERS.size(), cells.length, "line " + (i + 1) + " of " + MATRIX);
                rows.add(new Row(i + 1, cells[0], cells[1], cells[2],
                        List.of(cells).subList(3, cells.length).stream().map(String::strip).toList()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String substitute(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertTrue(!result.matches("(?s).*\\{[a-zA-Z0-9]+}.*"), "unknown placeholder in " + text);
        return result;
    }

    private static boolean matches(String expected, int status, boolean page, boolean anonymous) {
        if (page) {
            return switch (expected) {
                case "A" -> status == 200;
                case "D" -> anonymous ? status == 302 : status == 403;
                default -> status == Integer.parseInt(expected);
            };
        }
        return switch (expected) {
            case "A" -> status >= 200 && status < 300 || status == 400 || status == 409;
            case "D" -> anonymous ? status == 401 : status == 403 || status == 404;
            default -> status == Integer.parseInt(expected);
        };
    }

    private int call(ApiClient api, String caller, String method, String path, String body, Map<String, String> v) {
        String user = caller.equals("anon") ? null : caller;
        HttpRequest.Builder request = api.request(path.substring(1), user, PW);
        HttpRequest.BodyPublisher publisher;
        String type = "application/json";
        if ("@pdf".equals(body)) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(PDF);
            type = "application/octet-stream";
        } else if ("@template".equals(body)) {
            publisher = HttpRequest.BodyPublishers.ofByteArray(template(api));
            type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        } else {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.header("Content-Type", type);
        }
        return api.send(request.method(method, publisher)).status();
    }

    private byte[] templateBytes;

    private byte[] template(ApiClient api) {
        if (templateBytes == null) {
            try {
                HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(api.request("api/tasks/template", "planner",
                        PW).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, reply.statusCode());
                templateBytes = reply.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return templateBytes;
    }

    /** GET of a page on a signed-in session of {@code caller} (none for the signed-out caller); no redirects followed. */
    private int page(Map<String, HttpClient> sessions, String caller, String path) {
        HttpClient client = sessions.computeIfAbsent(caller, this::signedIn);
        try {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() == 302 && !reply.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
                return 399;
            }
            return reply.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpClient signedIn(String caller) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        if (caller.equals("anon")) {
            return client;
        }
        try {
            String form = "j_username=" + URLEncoder.encode(caller, StandardCharsets.UTF_8) + "&j_password=" + PW;
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(uri("/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, reply.statusCode(), caller + " signs in");
            assertTrue(!reply.headers().firstValue("Location").orElse("").contains("error"), caller + " signs in: "
                    + reply.headers().firstValue("Location"));
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    // --- what exists ----------------------------------------------------------------------------------------------

    /** "METHOD /api/path/{}" for every resource method of the REST API, read from the classes themselves. */
    private static Set<String> endpoints() throws IOException {
        Set<String> found = new TreeSet<>();
        java.nio.file.Path root = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("kr/corepolicy/web/rest"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, AccessMatrixIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                                    : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    found.add(verb + " /api/" + classPath.value().replaceAll("^/|/$", "")
                            + (sub == null ? "" : "/" + sub.value().replaceAll("^/|/$", "")));
                }
            }
        }
        return found;
    }

    /** Whether a row's path (with values or placeholders) has the shape of a resource's path template. */
    private static boolean sameShape(String template, String rowPath) {
        String[] t = template.split("/");
        String[] r = rowPath.replaceAll("\\?.*", "").split("/");
        if (t.length != r.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!t[i].startsWith("{") && !t[i].equals(r[i])) {
                return false;
            }
        }
        return true;
    }
}
