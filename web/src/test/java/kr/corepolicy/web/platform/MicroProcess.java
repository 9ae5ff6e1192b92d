package kr.corepolicy.web.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro started the way the run command starts it (post-boot deploy of the real WAR at {@code /} with
 * --skipdsfailure) on a free port: the shared server of the integration tests ({@link #startShared}), and the
 * servers of tests that need their own: a wrong database, a restart, a first administrator ({@link #start}).
 */
public final class MicroProcess implements AutoCloseable {

    private static final List<String> DATABASE_AND_DATA = List.of("COREPOLICY_DB_URL", "COREPOLICY_DB_USER",
            "COREPOLICY_DB_PASSWORD", "COREPOLICY_DATA_DIR");

    private final Process process;
    private final Path log;
    private final int port;

    private MicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * A server of its own: the test run's database and data directory are taken out of its environment, the
     * given settings put in.
     */
    public static MicroProcess start(Path work, Map<String, String> environment, String... systemProperties)
            throws IOException, InterruptedException {
        return start(work, "-Xmx512m", false, environment, List.of(systemProperties));
    }

    /**
     * The server that the client-side integration tests share: the environment of the test run exactly as
     * failsafe sets it (database, data directory, demo mode, the SMTP port of GreenMail), the heap that
     * Arquillian's servers had.
     */
    public static MicroProcess startShared(Path work) throws IOException, InterruptedException {
        return start(work, "-Xmx768m", true, Map.of(), List.of());
    }

    private static MicroProcess start(Path work, String heap, boolean inheritDatabase, Map<String, String> environment,
            List<String> systemProperties) throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).toAbsolutePath()
                .getParent();
        Files.createDirectories(work);
        Path log = Files.createTempFile(work, "micro", ".log");
        Path commands = work.resolve("deploy.asadmin");
        Files.writeString(commands, "deploy --skipdsfailure=true --contextroot / --name corepolicy "
                + target.resolve("corepolicy.war") + "\n");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", target.resolve("payara-micro.jar").toString(), "--postbootcommandfile",
                commands.toString(), "--port", Integer.toString(port), "--nocluster", "--rootdir",
                work.resolve("runtime-" + port).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (!inheritDatabase) {
            DATABASE_AND_DATA.forEach(builder.environment()::remove);
        }
        builder.environment().putAll(environment);
        MicroProcess micro = new MicroProcess(builder.start(), log, port);
        try {
            micro.waitFor("ready in", Duration.ofMinutes(4));
        } catch (AssertionError | IOException | InterruptedException | RuntimeException e) {
            micro.close();
            throw e;
        }
        return micro;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private void waitFor(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro ended early; see " + log + "\n" + tail());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro did not report '" + text + "' in " + timeout + "; see " + log + "\n"
                + tail());
    }

    /** The last lines of the log, for a failure message that CI shows. */
    private String tail() throws IOException {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * Stops the server: asks it to end, and forces it after a minute. Interrupted while waiting, it forces the
     * process at once and keeps the thread's interrupt for the caller.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
