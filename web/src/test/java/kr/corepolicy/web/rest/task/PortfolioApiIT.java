package kr.corepolicy.web.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portfolio API on the real WAR in demo mode: strategies, task list, card, create, edit, errors. */
@ExtendWith(SharedServer.class)
class PortfolioApiIT {

    private static final String PW = "demo1234";

    private final URL base = SharedServer.url();

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void theSevenStrategiesOfTheSeedWithFortyNineTasks() {
        Reply reply = api().get("api/strategies", "deputy", PW);
        assertEquals(200, reply.status(), reply.toString());
        JsonArray strategies = Json.createReader(new java.io.StringReader(reply.body())).readArray();
        assertEquals(7, strategies.size());
        assertEquals("서라벌 도심활성화", strategies.getJsonObject(0).getString("nameKo"));
        assertEquals("미래발전 전략 선도", strategies.getJsonObject(6).getString("nameKo"));
        int total = 0;
        for (JsonValue s : strategies) {
            total += s.asJsonObject().getInt("taskCount");
        }
        assertTrue(total >= 49, "49 demo tasks (and any a test added): " + total);
    }

    @Test
    void aStrategyShowsItsTaskForce() {
        JsonObject first = firstStrategy();
        Reply reply = api().get("api/strategies/" + first.getInt("id"), "officer", PW);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject detail = reply.json();
        assertEquals("윤태식", detail.getJsonObject("leader").getString("displayName"));
        assertEquals("D-REGEN", detail.getJsonObject("coordinatingUnit").getString("code"));
        assertTrue(detail.getJsonArray("members").size() >= 3);
        assertTrue(detail.getJsonArray("tasks").size() >= 7);
    }

    @Test
    void theListFiltersSortsAndPagesOnTheServer() {
        JsonObject page = api().get("api/tasks?strategy=1&size=3&page=1", "officer", PW).json();
        assertTrue(page.getInt("total") >= 7);
        assertEquals(3, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("page"));
        assertEquals("1-4", page.getJsonArray("items").getJsonObject(0).getString("managementNumber"),
                "numbered in order: page 1 of 3 starts at the fourth task");

        JsonObject tourism = api().get("api/tasks?unit=D-TOUR&size=200", "officer", PW).json();
        for (JsonValue row : tourism.getJsonArray("items")) {
            assertEquals("D-TOUR", row.asJsonObject().getJsonObject("owningUnit").getString("code"));
        }
        int owned = tourism.getInt("total");
        int withCollaboration = api().get("api/tasks?unit=D-REGEN&collaborating=true&size=1", "officer", PW).json()
                .getInt("total");
        int ownedByRegeneration = api().get("api/tasks?unit=D-REGEN&size=1", "officer", PW).json().getInt("total");
        assertTrue(withCollaboration > ownedByRegeneration, "collaborating tasks are included on request");
        assertTrue(owned >= 6);

        JsonObject byText = api().get("api/tasks?q=" + enc("SMR"), "officer", PW).json();
        assertTrue(byText.getInt("total") >= 1);
        JsonObject partly = api().get("api/tasks?status=partly&source=city_pledge&size=200", "officer", PW).json();
        for (JsonValue row : partly.getJsonArray("items")) {
            assertEquals("PARTLY", row.asJsonObject().getString("status"));
        }
        JsonObject sorted = api().get("api/tasks?sort=end&desc=true&size=2", "officer", PW).json();
        String first = sorted.getJsonArray("items").getJsonObject(0).getString("end");
        String second = sorted.getJsonArray("items").getJsonObject(1).getString("end");
        assertTrue(first.compareTo(second) >= 0, first + " before " + second);
    }

    @Test
    void searchesAreNotInjectable() {
        for (String attack : List.of("' OR 1=1 --", "%", "_", "\\", "1-1' --")) {
            Reply reply = api().get("api/tasks?q=" + enc(attack), "officer", PW);
            assertEquals(200, reply.status(), attack);
            assertEquals(0, reply.json().getInt("total"), "nothing matches literally: " + attack);
        }
        Reply badUnit = api().get("api/tasks?unit=" + enc("D-TOUR' OR '1'='1"), "officer", PW);
        assertEquals(0, badUnit.json().getInt("total"));
        Reply badStatus = api().get("api/tasks?status=WHATEVER", "officer", PW);
        assertEquals(400, badStatus.status());
        assertEquals("status", badStatus.json().getString("field"));
    }

    @Test
    void theCardHasEverySection() {
        JsonObject card = card(taskId("1-2"), "collab");
        assertEquals("1-2", card.getString("managementNumber"));
        assertEquals("D-TOUR", card.getJsonObject("owningUnit").getString("code"));
        assertFalse(card.getJsonArray("collaboratingUnits").isEmpty());
        assertFalse(card.getJsonArray("sources").isEmpty());
        assertFalse(card.getJsonArray("milestones").isEmpty());
        assertFalse(card.getJsonArray("kpis").isEmpty());
        assertFalse(card.getJsonArray("kpis").getJsonObject(0).getJsonObject("targets").isEmpty());
        assertFalse(card.getJsonArray("fundPlan").isEmpty());
        assertTrue(card.getJsonNumber("totalFundsWon").longValue() > 0);
        assertEquals("김민지", card.getJsonObject("officer").getString("displayName"));
        assertFalse(card.getBoolean("editableByMe"), "a collaborating officer only reads");
        assertEquals(404, api().get("api/tasks/987654321", "collab", PW).status());
    }

    @Test
    void theOwningDepartmentEditsOperationalFieldsOnlyAndStaleEditsConflict() {
        long id = taskId("1-6");
        JsonObject card = card(id, "officer");
        assertTrue(card.getBoolean("editableByMe"));
        assertFalse(card.getBoolean("fullyEditableByMe"));

        String summary = "도보관광 코스 " + UUID.randomUUID();
        Reply ok = api().put("api/tasks/" + id, "officer", PW, input(card).add("summary", summary).build().toString());
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(summary, ok.json().getString("summary"));
        assertEquals(card.getInt("version") + 1, ok.json().getInt("version"));

        Reply stale = api().put("api/tasks/" + id, "officer", PW, input(card).add("summary", "덮어쓰기").build().toString());
        assertEquals(409, stale.status());
        assertTrue(stale.json().containsKey("code"), "every problem carries a code: " + stale.body());
        assertEquals(summary, card(id, "officer").getString("summary"), "the first edit is not lost");

        JsonObject fresh = card(id, "officer");
        Reply title = api().put("api/tasks/" + id, "officer", PW, input(fresh).add("title", "다른 제목").build().toString());
        assertEquals(403, title.status());
        assertTrue(title.json().getString("detail").contains("title"), title.body());

        Reply other = api().put("api/tasks/" + id, "collab", PW, input(fresh).build().toString());
        assertEquals(403, other.status(), "another department cannot edit");
    }

    @Test
    void aMissingStatusLeavesTheTaskStatusAsItIs() {
        long id = taskId("7-1");
        JsonObject card = card(id, "planner");
        Reply partly = api().put("api/tasks/" + id, "planner", PW, input(card).add("status", "PARTLY").build()
                .toString());
        assertEquals(200, partly.status(), partly.toString());
        JsonObject fresh = card(id, "officer");
        Reply edited = api().put("api/tasks/" + id, "officer", PW, input(fresh).addNull("status")
                .add("summary", "야간 관광 " + UUID.randomUUID()).build().toString());
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("PARTLY", edited.json().getString("status"), "null means unchanged, not 정상추진");
        JsonObjectBuilder without = input(card(id, "officer"));
        Reply omitted = api().put("api/tasks/" + id, "officer", PW, without.remove("status").add("summary",
                "야간 관광 " + UUID.randomUUID()).build().toString());
        assertEquals(200, omitted.status(), omitted.toString());
        assertEquals("PARTLY", card(id, "planner").getString("status"));
    }

    @Test
    void theStatusIsNotEditedOnTheCardNeitherChangedNorSetAtCreation() {
        // A task whose status no approved report set: every officer-owned active demo task has approved reports in
        // the demo's reporting history; 2-7 was done before it (완료, no reports).
        long id = taskId("2-7");
        JsonObject card = card(id, "planner");
        String status = card.getString("status");
        assertEquals("INITIAL", card.getString("statusSource"), "no approved report set it: " + card);
        for (String other : List.of("ON_TRACK".equals(status) ? "PARTLY" : "ON_TRACK", "DROPPED", "MERGED")) {
            Reply refused = api().put("api/tasks/" + id, "planner", PW, input(card).add("status", other).build()
                    .toString());
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("status", refused.json().getString("field"));
            assertEquals("task.statusNotEditable", refused.json().getString("code"));
        }
        assertEquals(card.getJsonNumber("version"), card(id, "planner").getJsonNumber("version"), "nothing stored");
        Reply same = api().put("api/tasks/" + id, "planner", PW, input(card).add("status", status)
                .add("summary", "야간 관광 " + UUID.randomUUID()).build().toString());
        assertEquals(200, same.status(), "the status read may be sent back: " + same);
        assertEquals(status, same.json().getString("status"));

        String number = "7-" + (100 + (int) (Math.random() * 800));
        JsonObject done = Json.createObjectBuilder().add("managementNumber", number).add("title", "시험 과제 " + number)
                .add("strategyNumber", 7).add("owningUnitCode", "D-TOUR")
                .add("sources", Json.createArrayBuilder().add("CITY_PLEDGE")).add("start", "2024-01-01")
                .add("end", "2026-12-31").add("term", "MEDIUM").add("status", "DONE").build();
        Reply created = api().post("api/tasks", "planner", PW, done.toString());
        assertEquals(400, created.status(), "a new task starts on track: " + created);
        assertEquals("status", created.json().getString("field"));
    }

    @Test
    void thePlanningOfficeCreatesTasksAndBadCardsAreRefusedWithTheField() {
        String number = "7-" + (100 + (int) (Math.random() * 800));
        JsonObject task = Json.createObjectBuilder()
                .add("managementNumber", number).add("title", "시험 과제 " + number).add("strategyNumber", 7)
                .add("owningUnitCode", "D-TOUR").add("officerUsername", "officer")
                .add("collaboratingUnitCodes", Json.createArrayBuilder().add("D-ARTS"))
                .add("sources", Json.createArrayBuilder().add("CITY_PLEDGE"))
                .add("start", "2024-01-01").add("end", "2026-12-31").add("term", "MEDIUM")
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("year", 2024).add("quarter", 2).add("content", "계획 수립")))
                .add("kpis", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "방문객")
                        .add("unit", "명").add("direction", "HIGHER").add("baseline", 10)
                        .add("targets", Json.createObjectBuilder().add("2025", 20))))
                .add("fundPlan", Json.createArrayBuilder().add(Json.createObjectBuilder().add("fiscalYear", 2025)
                        .add("source", "CITY").add("amountWon", 100_000_000L)))
                .build();

        assertEquals(403, api().send(api().request("api/tasks", "officer", PW).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(task.toString()))).status());

        JsonObject bad = Json.createObjectBuilder(task)
                .add("collaboratingUnitCodes", Json.createArrayBuilder().add("D-TOUR")).build();
        Reply refused = post(bad);
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("collaboratingUnits", refused.json().getString("field"));
        assertTrue(refused.json().getString("detail").contains("관광정책과"), refused.body());

        JsonObject outside = Json.createObjectBuilder(task).add("kpis", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "방문객").add("unit", "명").add("direction", "HIGHER")
                        .add("targets", Json.createObjectBuilder().add("2030", 20)))).build();
        assertEquals("kpis", post(outside).json().getString("field"));
        JsonObject negative = Json.createObjectBuilder(task).add("fundPlan", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fiscalYear", 2025).add("source", "CITY").add("amountWon", -5)))
                .build();
        assertEquals("fundPlan[0].amountWon", post(negative).json().getString("field"));
        assertEquals(0, api().get("api/tasks?q=" + enc(number), "planner", PW).json().getInt("total"),
                "nothing of the refused cards was saved");

        Reply created = post(task);
        assertEquals(201, created.status(), created.toString());
        assertEquals(number, created.json().getString("managementNumber"));
        assertEquals(400, post(task).status(), "the number is taken now");
    }

    @Test
    void theOrganisationChartIsListed() {
        Reply reply = api().get("api/org/units", "officer", PW);
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("\"O-PLAN\"") && reply.body().contains("기획예산실"));
    }

    private Reply post(JsonObject body) {
        return api().send(api().request("api/tasks", "planner", PW).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonObject firstStrategy() {
        return Json.createReader(new java.io.StringReader(api().get("api/strategies", "officer", PW).body()))
                .readArray().getJsonObject(0);
    }

    private long taskId(String number) {
        JsonObject page = api().get("api/tasks?q=" + enc(number) + "&size=200", "officer", PW).json();
        for (JsonValue row : page.getJsonArray("items")) {
            if (row.asJsonObject().getString("managementNumber").equals(number)) {
                return row.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no task " + number);
    }

    private JsonObject card(long id, String user) {
        Reply reply = api().get("api/tasks/" + id, user, PW);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** The card as an edit body: the codes and usernames the API takes, and the version read. */
    private static JsonObjectBuilder input(JsonObject card) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (String key : List.of("managementNumber", "title", "titleEn", "summary", "strategyNumber", "sources",
                "start", "end", "term", "status", "milestones", "kpis", "fundPlan", "version")) {
            if (card.containsKey(key)) {
                b.add(key, card.get(key));
            }
        }
        b.add("owningUnitCode", card.getJsonObject("owningUnit").getString("code"));
        if (!card.isNull("officer")) {
            b.add("officerUsername", card.getJsonObject("officer").getString("username"));
        }
        var collaborators = Json.createArrayBuilder();
        card.getJsonArray("collaboratingUnits").forEach(u -> collaborators.add(u.asJsonObject().getString("code")));
        return b.add("collaboratingUnitCodes", collaborators);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
