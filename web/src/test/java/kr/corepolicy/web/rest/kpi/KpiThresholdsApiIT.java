package kr.corepolicy.web.rest.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The planning office's KPI thresholds over the API (#13): everyone signed in reads them; the planning office and
 * the administrator change them, with the version they read, audited; others are refused. Each test starts from the
 * defaults, 90/60, and puts them back, since other tests count statuses with them.
 */
@ExtendWith(SharedServer.class)
class KpiThresholdsApiIT {

    private static final String PW = "demo1234";
    private static final String PATH = "api/kpi-thresholds";

    private final URL base = SharedServer.url();
    private final ApiClient api = new ApiClient(base);

    @BeforeEach
    @AfterEach
    void defaults() {
        JsonObject now = read("planner");
        if (now.getInt("onTrackFrom") != 90 || now.getInt("behindFrom") != 60) {
            Reply back = put("planner", 90, 60, version(now));
            assertEquals(200, back.status(), back.toString());
        }
    }

    @Test
    void everyoneSignedInReadsThemAndSeesWhetherTheyMayChangeThem() {
        for (String user : new String[] {"officer", "collab", "teamlead", "head", "tfleader", "deputy", "mayor"}) {
            JsonObject t = read(user);
            assertEquals(90, t.getInt("onTrackFrom"), user);
            assertEquals(60, t.getInt("behindFrom"), user);
            assertFalse(t.getBoolean("changeableByMe"), user + " only reads");
        }
        assertTrue(read("planner").getBoolean("changeableByMe"));
        assertTrue(read("admin").getBoolean("changeableByMe"));
        assertEquals(401, api.get(PATH, null, null).status(), "signed out");
    }

    @Test
    void thePlanningOfficeChangesThemAuditedAndTheVersionMovesOn() {
        long version = version(read("planner"));
        long lastAudit = lastAuditId();
        Instant before = Instant.now().minusSeconds(5);

        Reply changed = put("planner", 80, 50, version);
        assertEquals(200, changed.status(), changed.toString());
        JsonObject t = changed.json();
        assertEquals(80, t.getInt("onTrackFrom"));
        assertEquals(50, t.getInt("behindFrom"));
        assertEquals(version + 1, version(t));
        assertEquals("한기획", t.getString("updatedBy"), "the name of who set them, not the user name");
        Instant at = Instant.parse(t.getString("updatedAt"));
        assertTrue(!at.isBefore(before) && at.isBefore(Instant.now().plus(Duration.ofMinutes(1))), at.toString());

        JsonObject seen = read("officer");
        assertEquals(80, seen.getInt("onTrackFrom"), "everyone reads the new thresholds at once");
        assertEquals(50, seen.getInt("behindFrom"));
        assertEquals(version + 1, version(seen));

        JsonArray trail = trailAfter(lastAudit);
        assertEquals(1, trail.size(), trail.toString());
        JsonObject entry = trail.getJsonObject(0);
        assertEquals("planner", entry.getString("actor"));
        assertEquals("kpi-thresholds", entry.getString("target"));
        assertEquals("90/60 -> 80/50", entry.getString("detail"));

        Reply byAdmin = put("admin", 85, 55, version + 1);
        assertEquals(200, byAdmin.status(), "the administrator too: " + byAdmin);
        assertEquals(version + 2, version(byAdmin.json()));
        assertEquals("정보민", byAdmin.json().getString("updatedBy"));
    }

    @Test
    void othersAreRefusedAndNothingChanges() {
        long version = version(read("planner"));
        for (String user : new String[] {"officer", "head", "tfleader", "deputy"}) {
            Reply refused = put(user, 80, 50, version);
            assertEquals(403, refused.status(), user + ": " + refused);
        }
        JsonObject t = read("officer");
        assertEquals(90, t.getInt("onTrackFrom"));
        assertEquals(60, t.getInt("behindFrom"));
        assertEquals(version, version(t));
    }

    @Test
    void aStaleVersionIsAConflictThatLosesNothing() {
        long version = version(read("planner"));
        assertEquals(200, put("planner", 80, 50, version).status());
        Reply stale = put("admin", 70, 40, version);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("error.conflict", stale.json().getString("code"), stale.body());
        JsonObject t = read("officer");
        assertEquals(80, t.getInt("onTrackFrom"), "the first change stands");
        assertEquals(50, t.getInt("behindFrom"));
        assertEquals(version + 1, version(t));
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        long version = version(read("planner"));
        assertRefused(put("planner", 101, 60, version), "onTrackFrom");
        assertRefused(put("planner", 0, 60, version), "onTrackFrom");
        assertRefused(put("planner", 90, 90, version), "behindFrom");
        assertRefused(put("planner", 90, 95, version), "behindFrom");
        assertRefused(put("planner", 90, 0, version), "behindFrom");
        assertRefused(api.put(PATH, "planner", PW, "{\"onTrackFrom\":90,\"version\":" + version + "}"), "behindFrom");
        assertRefused(api.put(PATH, "planner", PW, "{\"onTrackFrom\":90,\"behindFrom\":60}"), "version");
        assertRefused(api.put(PATH, "planner", PW, "{\"onTrackFrom\":85.5,\"behindFrom\":60,\"version\":" + version
                + "}"), "onTrackFrom");
        JsonObject t = read("planner");
        assertEquals(90, t.getInt("onTrackFrom"));
        assertEquals(60, t.getInt("behindFrom"));
        assertEquals(version, version(t), "nothing stored");
    }

    @Test
    void theSameValuesChangeNothingNotEvenTheVersion() {
        long version = version(read("planner"));
        long lastAudit = lastAuditId();
        Reply same = put("planner", 90, 60, version);
        assertEquals(200, same.status(), same.toString());
        assertEquals(version, version(same.json()));
        assertEquals(version, version(read("officer")));
        assertEquals(0, trailAfter(lastAudit).size(), "nothing audited");
    }

    private static void assertRefused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(field, reply.json().getString("field"), reply.body());
    }

    private JsonObject read(String user) {
        Reply reply = api.get(PATH, user, PW);
        assertEquals(200, reply.status(), user + ": " + reply);
        return reply.json();
    }

    private Reply put(String user, int onTrackFrom, int behindFrom, long version) {
        return api.put(PATH, user, PW, Json.createObjectBuilder().add("onTrackFrom", onTrackFrom)
                .add("behindFrom", behindFrom).add("version", version).build().toString());
    }

    private static long version(JsonObject thresholds) {
        return thresholds.getJsonNumber("version").longValue();
    }

    private long lastAuditId() {
        JsonArray entries = audit("api/audit?action=KPI_THRESHOLDS_CHANGED&max=1");
        return entries.isEmpty() ? 0 : entries.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonArray trailAfter(long id) {
        return audit("api/audit?action=KPI_THRESHOLDS_CHANGED&after=" + id + "&max=50");
    }

    private JsonArray audit(String path) {
        Reply reply = api.get(path, "admin", PW);
        assertEquals(200, reply.status(), reply.toString());
        return Json.createReader(new StringReader(reply.body())).readArray();
    }
}
