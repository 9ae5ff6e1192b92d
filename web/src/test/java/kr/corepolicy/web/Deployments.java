package kr.corepolicy.web;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every integration test: the real WAR that the build produced, not a hand-made one. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive realWar() {
        File war = new File(System.getProperty("corepolicy.war", "target/corepolicy.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The real WAR plus the given test classes, run inside the container. Arquillian's test runner servlet
     * must be reachable without signing in: a web fragment opens exactly that path (the application's own
     * constraint protects everything else, as in production).
     */
    public static WebArchive inContainer(Class<?>... testClasses) {
        JavaArchive opener = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <name>arquillian_runner_open</name>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>arquillian</web-resource-name>
                                    <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """), "web-fragment.xml");
        return realWar().addAsLibrary(opener).addClasses(testClasses);
    }
}
