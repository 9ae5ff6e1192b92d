package kr.corepolicy.web;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the test classes (junit-platform.properties), for speed: first the classes that Arquillian
 * deploys into a Payara Micro of their own (the in-container tests), then those on the {@link SharedServer},
 * then the rest (tests with a server of their own, unit tests), each group by name. So the shared server
 * starts once and never has to make way for a server on the same database. No test may depend on this order.
 */
public final class IntegrationTestOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor c) -> group(c.getTestClass()))
                .thenComparing(c -> c.getTestClass().getName()));
    }

    private static int group(Class<?> testClass) {
        if (SharedServerSession.startsItsOwnServer(testClass)) {
            return 0;
        }
        return SharedServerSession.usesSharedServer(testClass) ? 1 : 2;
    }
}
