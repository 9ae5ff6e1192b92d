package kr.corepolicy.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The EAR on the full Payara Server, deployed by the ear-smoke profile exactly as the README tells the IT
 * department: the sign-in page, the readiness check (database migrated) and the API answer.
 */
class EarSmokeIT {

    private final URI server = URI.create(serverUrl());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The address SmokeDomain started the server on (its ports are chosen free), or the one given. */
    private static String serverUrl() {
        String file = System.getProperty("corepolicy.server.properties");
        if (file == null) {
            return System.getProperty("corepolicy.server.url", "http://localhost:8080/");
        }
        Properties server = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file))) {
            server.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the ear-smoke profile writes " + file + " when the server is up", e);
        }
        return server.getProperty("corepolicy.server.url");
    }

    private HttpResponse<String> get(String path, String basicUser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(60));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":demo1234").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void signInPageAnswersInKorean() throws Exception {
        HttpResponse<String> login = get("login.xhtml", null);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"), login.body());
        assertTrue(login.body().contains("핵심정책 추진관리 시스템"));
    }

    @Test
    void readyWithTheDatabaseMigrated() throws Exception {
        HttpResponse<String> ready = get("health/ready", null);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"corepolicy-database\""), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertFalse(ready.body().contains("jdbc:"), "no details without sign-in: " + ready.body());
        HttpResponse<String> status = get("api/admin/status", "admin");
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.body().contains("MariaDB") || status.body().contains("MySQL"), status.body());
    }

    @Test
    void theApiAuthenticatesAgainstTheDatabase() throws Exception {
        HttpResponse<String> me = get("api/me", "planner");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"PLANNER\""), me.body());
        assertEquals(401, get("api/me", null).statusCode());
    }
}
