package kr.corepolicy.web;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * The order of the test classes (junit-platform.properties): those on the {@link SharedServer} first, then the
 * rest (Arquillian's in-container tests, tests with a server of their own, unit tests), each group by name. So
 * the shared server starts once and is stopped once, before the first class that needs the database for a
 * server of its own. The order is for speed only: no test may depend on it.
 */
public final class SharedServerFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor c) -> !SharedServerSession.usesSharedServer(c.getTestClass()))
                .thenComparing(c -> c.getTestClass().getName()));
    }
}
