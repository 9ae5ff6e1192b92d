package kr.corepolicy.web.rest.json;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The resource classes of the API, found the way JAX-RS finds them (annotated with {@link Path}) under the
 * {@code kr.corepolicy.web.rest} package of this application, from its class files in a directory (an
 * exploded WAR, as Payara runs it) or in a jar. So a new resource is described without being listed anywhere.
 */
public final class ApiClasses {

    static final String PACKAGE = "kr.corepolicy.web.rest";

    private ApiClasses() {
    }

    public static List<Class<?>> resources() {
        ClassLoader loader = ApiClasses.class.getClassLoader();
        String folder = PACKAGE.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            for (URL root : Collections.list(roots)) {
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path base = Paths.get(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(base)) {
                        files.map(base::relativize).map(java.nio.file.Path::toString)
                                .filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(folder + "/" + f.replace('\\', '/')));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(JarEntry::getName)
                                .filter(n -> n.startsWith(folder + "/") && n.endsWith(".class")).forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> type = Class.forName(className, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not a class this application can load: not a resource
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }
}
