package kr.corepolicy.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded database lives in the data directory: what a user saved is there after a restart, and the
 * demo data is loaded once, not again.
 */
class RestartIT {

    @Test
    void whatWasSavedSurvivesARestart() throws Exception {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).getParent();
        Path work = Files.createTempDirectory(target, "restart");
        String dataDir = "-Dcorepolicy.data.dir=" + work.resolve("data");
        try (MicroProcess first = MicroProcess.start(work, Map.of(), dataDir)) {
            assertTrue(first.output().contains("demo data loaded"), "first start loads the demo data");
            HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(first.url("/api/me/language")))
                    .header("Authorization", basic("head")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, put.statusCode(), put.body());
        }
        try (MicroProcess second = MicroProcess.start(work, Map.of(), dataDir)) {
            assertFalse(second.output().contains("demo data loaded"), "the demo data is not loaded twice");
            HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(second.url("/api/me"))).header("Authorization", basic("head")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, me.statusCode(), me.body());
            assertTrue(me.body().contains("\"language\":\"en\""), "the saved choice is still there: " + me.body());
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
    }
}
