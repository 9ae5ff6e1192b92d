package kr.corepolicy.bench.minimal;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one EJB: counts and inserts greetings. The data source is defined the way CorePolicy defines its own
 * (an annotation with a MicroProfile Config placeholder, the same pool sizes): an H2 file database, H2 being
 * inside Payara Micro.
 * The URL comes from {@code minimal.db.url} (bench/start.sh passes a fresh directory as a system property);
 * META-INF/microprofile-config.properties gives a default.
 */
@DataSourceDefinition(
        name = Greetings.DATA_SOURCE,
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "${MPCONFIG=minimal.db.url}",
        user = "minimal",
        password = "minimal",
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300)
@Stateless
public class Greetings {

    static final String DATA_SOURCE = "java:app/jdbc/minimal";

    @PersistenceContext(unitName = "minimal")
    private EntityManager em;

    public long count() {
        return em.createQuery("select count(g) from Greeting g", Long.class).getSingleResult();
    }

    public void add(String text) {
        em.persist(new Greeting(text));
    }
}
