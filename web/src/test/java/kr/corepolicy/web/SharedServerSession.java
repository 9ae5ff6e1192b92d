package kr.corepolicy.web;

import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Ends the {@link SharedServer} with the test run (the JUnit launcher session), and before a test class that
 * Arquillian deploys into a Payara Micro of its own: that server opens the same data directory and database.
 * Registered in {@code META-INF/services} as a session listener and as an execution listener.
 */
public final class SharedServerSession implements LauncherSessionListener, TestExecutionListener {

    private static final String ARQUILLIAN = "org.jboss.arquillian.junit5.ArquillianExtension";

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedServer.stop();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.getSource().orElse(null) instanceof ClassSource source && SharedServer.isRunning()
                && startsItsOwnServer(source.getJavaClass())) {
            System.out.println("Stopping the shared Payara Micro: " + source.getClassName()
                    + " runs in a Payara Micro of its own on the same database");
            SharedServer.stop();
        }
    }

    static boolean startsItsOwnServer(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                .anyMatch(extension -> extension.getName().equals(ARQUILLIAN));
    }

    static boolean usesSharedServer(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                .anyMatch(SharedServer.class::equals);
    }
}
