package kr.corepolicy.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run recipe with a database that cannot be reached: Payara Micro with the post-boot deploy of the run
 * command, COREPOLICY_DB_URL pointing at a port where nothing listens. The application must still come up,
 * say what is wrong in one framed message that names the URL, and report it on /health/ready.
 */
class WrongDatabaseIT {

    private static final String BAD_URL = "jdbc:mysql://127.0.0.1:1/nowhere";

    @Test
    void anUnreachableDatabaseIsReportedClearlyAndOnTheReadinessCheck() throws Exception {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).getParent();
        Path work = Files.createTempDirectory(target, "wrong-db");
        Path log = work.resolve("micro.log");
        Path commands = work.resolve("deploy.asadmin");
        Files.writeString(commands, "deploy --skipdsfailure=true --contextroot / --name corepolicy "
                + target.resolve("corepolicy.war").toAbsolutePath() + "\n");
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", target.resolve("payara-micro.jar").toString(),
                "--postbootcommandfile", commands.toString(), "--port", Integer.toString(port), "--nocluster",
                "--rootdir", work.resolve("runtime").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("COREPOLICY_DB_URL", BAD_URL);
        builder.environment().put("COREPOLICY_DB_USER", "corepolicy");
        builder.environment().put("COREPOLICY_DB_PASSWORD", "whatever");
        builder.environment().remove("COREPOLICY_DEMO");
        Process micro = builder.start();
        try {
            waitFor(log, "ready in", Duration.ofMinutes(4));
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(output.contains("CorePolicy started WITHOUT a usable database."), "the framed message");
            assertTrue(output.contains(" database: " + BAD_URL), "it names the URL");
            assertTrue(output.contains("Check COREPOLICY_DB_URL"), "it says what to check");

            HttpResponse<String> ready = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"corepolicy-database\""), ready.body());
            assertTrue(ready.body().contains(BAD_URL), ready.body());
            assertTrue(ready.body().contains("problem"), ready.body());

            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), "the sign-in page still answers");
        } finally {
            micro.destroy();
            if (!micro.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                micro.destroyForcibly();
            }
        }
    }

    private static void waitFor(Path log, String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                if (lines.stream().anyMatch(l -> l.contains(text))) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro did not report '" + text + "' in " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
