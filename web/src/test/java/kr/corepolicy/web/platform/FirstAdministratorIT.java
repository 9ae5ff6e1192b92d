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
 * A production start (demo mode off) on a new database: no demo user exists, and the one administrator has
 * the password the IT department set in COREPOLICY_ADMIN_PASSWORD.
 */
class FirstAdministratorIT {

    private static final String PASSWORD = "Gyeongju#IT2026";

    @Test
    void aNewProductionDatabaseHasOnlyTheAdministratorTheItDepartmentSetUp() throws Exception {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).getParent();
        Path work = Files.createTempDirectory(target, "production");
        try (MicroProcess micro = MicroProcess.start(work, Map.of("COREPOLICY_DEMO", "false",
                "COREPOLICY_ADMIN_PASSWORD", PASSWORD, "COREPOLICY_CITY_NAME", "경주시"),
                "-Dcorepolicy.data.dir=" + work.resolve("data"))) {
            String output = micro.output();
            assertTrue(output.contains("created the first administrator 'admin'"), "the start-up log says so");
            assertFalse(output.contains("DEMO MODE"), "no demo banner outside demo mode");

            HttpResponse<String> admin = me(micro, "admin", PASSWORD);
            assertEquals(200, admin.statusCode(), admin.body());
            assertTrue(admin.body().contains("\"ADMIN\""), admin.body());
            assertEquals(401, me(micro, "admin", "demo1234").statusCode(), "no demo password");
            assertEquals(401, me(micro, "officer", "demo1234").statusCode(), "no demo users");
            assertEquals(401, me(micro, "planner", "demo1234").statusCode(), "no demo users");

            HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(micro.url("/openapi"))).build(), HttpResponse.BodyHandlers.ofString());
            assertFalse(openapi.body().contains("/api/"), "no API description outside demo mode: " + openapi.body());
        }
    }

    private static HttpResponse<String> me(MicroProcess micro, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(micro.url("/api/me")))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }
}
