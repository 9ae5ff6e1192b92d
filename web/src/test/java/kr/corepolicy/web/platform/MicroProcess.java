package kr.corepolicy.web.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro started the way the run command starts it (post-boot deploy with --skipdsfailure), for tests
 * that need their own server: a wrong database, a restart.
 */
final class MicroProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private MicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static MicroProcess start(Path work, Map<String, String> environment, String... systemProperties)
            throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).toAbsolutePath()
                .getParent();
        Files.createDirectories(work);
        Path log = Files.createTempFile(work, "micro", ".log");
        Path commands = work.resolve("deploy.asadmin");
        Files.writeString(commands, "deploy --skipdsfailure=true --contextroot / --name corepolicy "
                + target.resolve("corepolicy.war") + "\n");
        int port = freePort();
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(java.util.List.of(systemProperties));
        command.addAll(java.util.List.of("-jar", target.resolve("payara-micro.jar").toString(), "--postbootcommandfile",
                commands.toString(), "--port", Integer.toString(port), "--nocluster", "--rootdir",
                work.resolve("runtime-" + port).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("COREPOLICY_DB_URL");
        builder.environment().remove("COREPOLICY_DB_USER");
        builder.environment().remove("COREPOLICY_DB_PASSWORD");
        builder.environment().remove("COREPOLICY_DATA_DIR");
        builder.environment().putAll(environment);
        MicroProcess micro = new MicroProcess(builder.start(), log, port);
        micro.waitFor("ready in", Duration.ofMinutes(4));
        return micro;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private void waitFor(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro ended early; see " + log);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro did not report '" + text + "' in " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
