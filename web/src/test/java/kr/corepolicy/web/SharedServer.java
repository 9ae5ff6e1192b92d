package kr.corepolicy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import kr.corepolicy.web.platform.MicroProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one Payara Micro of a test run that serves the real WAR to every client-side integration test: a test
 * class says {@code @ExtendWith(SharedServer.class)} and takes its address from {@link #url()}. Started by the
 * first class that needs it, with the environment failsafe sets (web/pom.xml); stopped when the JUnit launcher
 * session ends ({@link SharedServerSession}), or before a class starts a Payara Micro of its own on the same
 * data directory (Arquillian's in-container tests), since the embedded H2 file admits one server at a time.
 * {@link IntegrationTestOrder} runs the in-container classes before the classes that share it, so that it
 * starts once.
 * <p>
 * The classes share the server and its database, so each test makes its own data (its own period, report,
 * task, user) and none may rely on what another left behind or on the order in which they run.
 */
public final class SharedServer implements BeforeAllCallback {

    private static MicroProcess server;
    private static URL base;
    private static boolean hooked;

    /** The address of the application, ending in {@code /}; starts the server if it is not running. */
    public static synchronized URL url() {
        if (server == null || !server.isAlive()) {
            start();
        }
        return base;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        url();
    }

    /** Stops the server if it runs; the next {@link #url()} starts it again on the same database. */
    static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } finally {
            server = null;
            base = null;
        }
    }

    static synchronized boolean isRunning() {
        return server != null;
    }

    private static void start() {
        Path target = Path.of(System.getProperty("corepolicy.war", "target/corepolicy.war")).toAbsolutePath()
                .getParent();
        long started = System.nanoTime();
        try {
            server = MicroProcess.startShared(target.resolve("shared-server"));
            base = URI.create(server.url("/")).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!hooked) {
            // Should the JVM end without the session closing (killed by a timeout), the server goes with it.
            Runtime.getRuntime().addShutdownHook(new Thread(SharedServer::stop, "shared-server-stop"));
            hooked = true;
        }
        System.out.printf("Shared Payara Micro at %s, ready in %d s (log: %s)%n", base,
                (System.nanoTime() - started) / 1_000_000_000L, server.log());
    }
}
