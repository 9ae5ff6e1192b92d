package kr.corepolicy.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The run recipe with a database that cannot be reached: COREPOLICY_DB_URL points at a port where nothing
 * listens. The application must still come up, say what is wrong in one framed message that names the URL,
 * and report DOWN on /health/ready (without the details, which are for administrators).
 */
class WrongDatabaseIT {

    private static final String BAD_URL = "jdbc:mysql://127.0.0.1:1/nowhere";

    @Test
    void anUnreachableDatabaseIsReportedClearlyAndOnTheReadinessCheck() throws Exception {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).getParent();
        Path work = Files.createTempDirectory(target, "wrong-db");
        try (MicroProcess micro = MicroProcess.start(work, Map.of("COREPOLICY_DB_URL", BAD_URL,
                "COREPOLICY_DB_USER", "corepolicy", "COREPOLICY_DB_PASSWORD", "whatever"))) {
            String output = micro.output();
            assertTrue(output.contains("CorePolicy started WITHOUT a usable database."), "the framed message");
            assertTrue(output.contains(" database: " + BAD_URL), "it names the URL");
            assertTrue(output.contains("Check COREPOLICY_DB_URL"), "it says what to check");

            HttpResponse<String> ready = get(micro.url("/health/ready"));
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"corepolicy-database\""), ready.body());
            assertTrue(ready.body().contains("DOWN"), ready.body());
            assertFalse(ready.body().contains("127.0.0.1:1"), "the public check names no address: " + ready.body());
            assertEquals(200, get(micro.url("/login.xhtml")).statusCode(), "the sign-in page still answers");
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
