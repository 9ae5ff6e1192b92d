package kr.corepolicy.web.rest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;

/**
 * What the reporting tests do over and over through the API: open a period of their own (a random month far
 * from any other test's), find a task's report, write it, submit it, act on it. Public for the browser tests that
 * need a document in a queue (the shell's header counts).
 */
public final class ReportFixture {

    static final String PW = "demo1234";

    private final ApiClient api;

    public ReportFixture(ApiClient api) {
        this.api = api;
    }

    /** Opens a monthly period in {@code fromYear}..{@code fromYear+span} not used before; returns its id. */
    public long openPeriod(int fromYear, int span, boolean late) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int year = fromYear + ThreadLocalRandom.current().nextInt(span);
            int month = 1 + ThreadLocalRandom.current().nextInt(12);
            String due = java.time.LocalDate.of(year, month, 1).plusDays(late ? 5 : 40).toString();
            Reply reply = api.post("api/periods", "planner", PW, Json.createObjectBuilder()
                    .add("kind", "MONTHLY").add("year", year).add("number", month).add("dueDate", due)
                    .add("graceDays", 2).build().toString());
            if (reply.status() == 201) {
                return reply.json().getJsonNumber("id").longValue();
            }
            assertEquals(400, reply.status(), reply.toString());
        }
        throw new AssertionError("no free period");
    }

    /**
     * A task of the calling test's own: a copy of task {@code number} (the same departments, officer and plan,
     * so the same approval line) under a new number (900-999) of its strategy, made by the planning office. No
     * other test writes, approves or reports on it, so its status and official figures are this test's alone.
     * Open the period after creating the task, so that the period has a report for it.
     */
    public long newTaskLike(String number) {
        JsonObject card = api.get("api/tasks/" + taskId(number), "planner", PW).json();
        // Built once: a builder is empty after it has been added to a body, and a taken number means another try
        // (which, with a builder, made a copy without its collaborating departments: a line with no 협조).
        JsonArrayBuilder codes = Json.createArrayBuilder();
        card.getJsonArray("collaboratingUnits").forEach(u -> codes.add(u.asJsonObject().getString("code")));
        JsonArray collaborators = codes.build();
        for (int attempt = 0; attempt < 20; attempt++) {
            // 900-999: numbers the tests that create tasks of their own (PortfolioApiIT, …) leave alone.
            String copy = card.getInt("strategyNumber") + "-" + (900 + ThreadLocalRandom.current().nextInt(100));
            JsonObjectBuilder body = Json.createObjectBuilder().add("managementNumber", copy)
                    .add("owningUnitCode", card.getJsonObject("owningUnit").getString("code"))
                    .add("collaboratingUnitCodes", collaborators);
            for (String key : List.of("title", "titleEn", "summary", "strategyNumber", "sources", "start", "end",
                    "term", "milestones", "kpis", "fundPlan")) {
                if (card.containsKey(key) && !card.isNull(key)) {
                    body.add(key, card.get(key));
                }
            }
            if (!card.isNull("officer")) {
                body.add("officerUsername", card.getJsonObject("officer").getString("username"));
            }
            Reply reply = api.post("api/tasks", "planner", PW, body.build().toString());
            if (reply.status() == 201) {
                return reply.json().getJsonNumber("id").longValue();
            }
            assertEquals("task.numberTaken", reply.json().getString("code"), reply.toString());
        }
        throw new AssertionError("no free task number");
    }

    long taskId(String number) {
        JsonObject page = api.get("api/tasks?q=" + number + "&size=5", "officer", PW).json();
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("managementNumber").equals(number))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    public long reportId(long period, long task) {
        Reply reply = api.get("api/reports?period=" + period + "&task=" + task, "officer", PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    JsonObject report(String user, long id) {
        Reply reply = api.get("api/reports/" + id, user, PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** Writes a complete report with 3 억 requested, 2 억 secured, 1 억 executed of national funds in the task's first year. */
    public Reply write(String user, long id, String status, int progress) {
        JsonObject current = report(user, id);
        int year = Integer.parseInt(api.get("api/tasks/" + current.getJsonNumber("taskId").longValue(), "officer", PW)
                .json().getString("start").substring(0, 4));
        JsonArrayBuilder actuals = Json.createArrayBuilder();
        current.getJsonArray("kpis").stream().map(v -> v.asJsonObject()).limit(1).forEach(k -> actuals.add(
                Json.createObjectBuilder().add("kpiId", k.getJsonNumber("kpiId").longValue()).add("value", 12.5)));
        return api.put("api/reports/" + id, user, PW, Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue())
                .add("status", status).add("progressPercent", progress)
                .add("results", "야간경관 조명 12개소 설치, 시범 운영")
                .add("delayReasons", "문화재 현상변경 심의 지연")
                .add("countermeasures", "심의 일정 사전 협의")
                .add("nextSteps", "다음 달 준공 및 개장")
                .add("kpiActuals", actuals)
                .add("funds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fiscalYear", year)
                        .add("source", "NATIONAL").add("requestedWon", 300_000_000L).add("securedWon", 200_000_000L)
                        .add("executedWon", 100_000_000L)))
                .build().toString());
    }

    /** Submits with the proposed line (or the previous round's, after a return), or with {@code line}. */
    public Reply submit(String user, long id, JsonArrayBuilder line) {
        long version = report(user, id).getJsonNumber("version").longValue();
        var body = Json.createObjectBuilder().add("version", version);
        if (line != null) {
            body.add("line", line);
        }
        return api.post("api/reports/" + id + "/submit", user, PW, body.build().toString());
    }

    Reply act(String user, long document, String action, String comment) {
        var body = Json.createObjectBuilder().add("action", action);
        if (comment != null) {
            body.add("comment", comment);
        }
        return api.post("api/approvals/" + document + "/actions", user, PW, body.build().toString());
    }

    static JsonArrayBuilder line(String... kindAndUser) {
        JsonArrayBuilder line = Json.createArrayBuilder();
        for (int i = 0; i < kindAndUser.length; i += 2) {
            line.add(Json.createObjectBuilder().add("kind", kindAndUser[i]).add("username", kindAndUser[i + 1]));
        }
        return line;
    }
}
