package kr.corepolicy.web.rest.report;

import static kr.corepolicy.web.rest.report.ReportFixture.PW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people acting on one document at the same moment, many times over, through the API: the decider and
 * their stand-in signing the same decision (exactly one wins, the other is told who did, one signature), and
 * two consents given together (both count, and the decision opens exactly once).
 */
@ExtendWith(SharedServer.class)
class ApprovalRaceIT {

    private static final int ROUNDS = 8;

    private final URL base = SharedServer.url();

    @Test
    void theDeciderAndTheStandInSignTheSameStepAtOnceAndExactlyOneWins() throws Exception {
        ApiClient api = new ApiClient(base);
        ReportFixture f = new ReportFixture(api);
        // The bureau director stands in for the division head: one who signs nothing else on the line.
        Reply absence = headAwayToday(api, "tf7lead");
        int headWins = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long document = submitted(f, null);
                for (String before : List.of("teamlead", "collab", "urbanoff")) {
                    assertEquals(200, f.act(before, document, "approve", null).status(), before);
                }
                List<Reply> replies = together(() -> f.act("head", document, "approve", "본인 결재"),
                        () -> f.act("tf7lead", document, "approve", "대결"));
                List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
                assertEquals(List.of(200, 409), statuses, "exactly one wins: " + replies);
                Reply winner = replies.get(0).status() == 200 ? replies.get(0) : replies.get(1);
                Reply loser = replies.get(0).status() == 200 ? replies.get(1) : replies.get(0);
                JsonObject box = decisionBox(winner.json());
                String winnerName = box.getString("signerName");
                assertTrue(loser.json().getString("detail").contains(winnerName),
                        "the loser is told who processed it: " + loser);
                headWins += "head".equals(box.getString("signerUsername")) ? 1 : 0;

                JsonObject doc = api.get("api/approvals/" + document, "officer", PW).json();
                assertEquals("APPROVED", doc.getString("status"));
                assertEquals(4, doc.getJsonArray("currentLine").size());
                assertEquals(0, doc.getJsonArray("history").size(), "one signature, one round");
                assertEquals(box.getString("signerUsername"), decisionBox(doc).getString("signerUsername"));
                assertEquals("head".equals(box.getString("signerUsername")) ? "DELEGATED" : "STAND_IN",
                        decisionBox(doc).getString("capacity"));
            }
        } finally {
            api.delete("api/absences/" + absence.json().getJsonNumber("id").longValue(), "admin", PW);
        }
        System.out.printf("decider won %d of %d races, the stand-in %d%n", headWins, ROUNDS, ROUNDS - headWins);
    }

    @Test
    void aStandInWhoReviewedEarlierIsToldWhoDecidedOrWhoseTheStepIsNeverHisOwnName() throws Exception {
        ApiClient api = new ApiClient(base);
        ReportFixture f = new ReportFixture(api);
        // The team leader (이정훈) reviews, then stands in for the division head (박성호) who decides.
        Reply absence = headAwayToday(api, "teamlead");
        boolean cancelled = false;
        try {
            for (int round = 0; round < ROUNDS / 2; round++) {
                long document = submitted(f, null);
                for (String before : List.of("teamlead", "collab", "urbanoff")) {
                    assertEquals(200, f.act(before, document, "approve", null).status(), before);
                }
                List<Reply> replies = together(() -> f.act("head", document, "approve", null),
                        () -> f.act("teamlead", document, "approve", "대결"));
                assertEquals(200, replies.get(0).status(), "the decider wins: " + replies);
                Reply standIn = replies.get(1);
                assertTrue(standIn.status() == 409 || standIn.status() == 403, standIn.toString());
                assertTrue(!standIn.json().getString("detail").contains("이정훈"), "never his own name: " + standIn);
                if (standIn.status() == 409) {
                    assertEquals("approval.alreadyProcessed", standIn.json().getString("code"));
                    assertTrue(standIn.json().getString("detail").contains("박성호"), "who decided: " + standIn);
                } else {
                    assertEquals("approval.oneStepPerPerson", standIn.json().getString("code"), "he came first");
                }
            }
            long document = submitted(f, null);
            for (String before : List.of("teamlead", "collab", "urbanoff")) {
                assertEquals(200, f.act(before, document, "approve", null).status(), before);
            }
            assertEquals(204, api.delete("api/absences/" + absence.json().getJsonNumber("id").longValue(), "admin",
                    PW).status());
            cancelled = true;
            Reply former = f.act("teamlead", document, "approve", "대결");
            assertEquals(403, former.status(), former.toString());
            assertEquals("approval.notYourStep", former.json().getString("code"));
            assertTrue(former.json().getString("detail").contains("박성호"), "whose step it is: " + former);
            assertTrue(!former.json().getString("detail").contains("이정훈"), former.toString());
            assertEquals(200, f.act("head", document, "approve", null).status());
            Reply afterDecision = f.act("teamlead", document, "approve", "대결");
            assertEquals(409, afterDecision.status(), afterDecision.toString());
            assertTrue(afterDecision.json().getString("detail").contains("박성호"), afterDecision.toString());
        } finally {
            if (!cancelled) {
                api.delete("api/absences/" + absence.json().getJsonNumber("id").longValue(), "admin", PW);
            }
        }
    }

    /** The division head away today (recorded by the administrator), {@code deputy} standing in. */
    private static Reply headAwayToday(ApiClient api, String deputy) {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
        Reply absence = api.post("api/absences", "admin", PW, Json.createObjectBuilder().add("absent", "head")
                .add("deputy", deputy).add("firstDay", today).add("lastDay", today).add("reason", "교육")
                .build().toString());
        assertEquals(201, absence.status(), absence.toString());
        return absence;
    }

    private static JsonObject decisionBox(JsonObject document) {
        var line = document.getJsonArray("currentLine");
        JsonObject last = line.getJsonObject(line.size() - 1);
        assertEquals("DECISION", last.getString("kind"));
        return last;
    }

    @Test
    void twoConsentsGivenTogetherBothCountAndOpenTheDecisionOnce() throws Exception {
        ApiClient api = new ApiClient(base);
        ReportFixture f = new ReportFixture(api);
        for (int round = 0; round < ROUNDS; round++) {
            long document = submitted(f, null);
            assertEquals(200, f.act("teamlead", document, "approve", null).status());
            List<Reply> replies = together(() -> f.act("collab", document, "approve", "협조"),
                    () -> f.act("urbanoff", document, "approve", "협조"));
            assertEquals(List.of(200, 200), replies.stream().map(Reply::status).toList(), replies.toString());
            JsonObject doc = api.get("api/approvals/" + document, "officer", PW).json();
            List<String> states = doc.getJsonArray("currentLine").stream()
                    .map(v -> v.asJsonObject().getString("state")).toList();
            assertEquals(List.of("APPROVED", "APPROVED", "APPROVED", "PENDING"), states,
                    "the review and both consents signed, the decision open: " + doc);
            JsonObject waiting = api.get("api/approvals/inbox?box=waiting&size=100", "head", PW).json();
            long copies = waiting.getJsonArray("items").stream()
                    .filter(v -> v.asJsonObject().getJsonNumber("documentId").longValue() == document).count();
            assertEquals(1, copies, "the decision waits once in the decider's queue");
        }
    }

    @Test
    void theSamePeriodOpenedTwiceAtOnceGivesOneSuccessAndTheSequentialRefusal() throws Exception {
        ApiClient api = new ApiClient(base);
        for (int round = 0; round < ROUNDS; round++) {
            java.util.Set<String> taken = new java.util.HashSet<>();
            Json.createReader(new java.io.StringReader(api.get("api/periods", "planner", PW).body())).readArray()
                    .getValuesAs(JsonObject.class).forEach(p -> taken.add(p.getString("kind") + p.getInt("year") + "/"
                            + p.getInt("number")));
            int year;
            int quarter;
            do {
                // 2000-2089: the browser test opens its quarter in 2090-2099 and must find it free.
                year = 2000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(90);
                quarter = 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(4);
            } while (taken.contains("QUARTERLY" + year + "/" + quarter));
            String body = Json.createObjectBuilder().add("kind", "QUARTERLY").add("year", year).add("number", quarter)
                    .add("dueDate", (year + 1) + "-01-20").add("graceDays", 2).build().toString();
            List<Reply> replies = together(() -> api.post("api/periods", "planner", PW, body),
                    () -> api.post("api/periods", "planner", PW, body));
            assertEquals(List.of(201, 400), replies.stream().map(Reply::status).sorted().toList(),
                    "one opens it, the other is told it exists: " + replies);
            Reply loser = replies.get(0).status() == 400 ? replies.get(0) : replies.get(1);
            assertEquals("period.exists", loser.json().getString("code"), loser.toString());
            assertEquals(loser.json().getString("code"), api.post("api/periods", "planner", PW, body).json()
                    .getString("code"), "the same answer as a sequential duplicate");
        }
    }

    /** A complete report of a fresh period, submitted on {@code line}; returns its document. */
    private static long submitted(ReportFixture f, jakarta.json.JsonArrayBuilder line) {
        long period = f.openPeriod(2030, 60, false);
        long report = f.reportId(period, f.taskId("1-2"));
        assertEquals(200, f.write("officer", report, "ON_TRACK", 50).status());
        Reply submitted = f.submit("officer", report, line);
        assertEquals(200, submitted.status(), submitted.toString());
        return submitted.json().getJsonNumber("documentId").longValue();
    }

    /** Runs both calls on their own threads, released at the same instant; their replies in order. */
    @SafeVarargs
    private static List<Reply> together(java.util.concurrent.Callable<Reply>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS));
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
