package kr.corepolicy.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway when the application starts, before anything else
 * touches the database. A database that is missing or unreachable is reported in one clear log line and
 * through the readiness check, not as a wall of stack traces.
 *
 * <p>The application's data source is defined here. Every value comes from MicroProfile Config (see
 * {@link CorePolicyConfigSource} for the defaults), so one build runs on the embedded H2 database and on
 * MySQL/MariaDB. The password placeholder has an empty default ({@code :}), because an unset or empty value
 * would otherwise be passed on literally. Measured: with a default, Payara resolves the value without the
 * application's own config sources (the environment works), which is where an operator sets a password.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATA_SOURCE,
        className = "${MPCONFIG=corepolicy.db.datasource-class}",
        url = "${MPCONFIG=corepolicy.db.url}",
        user = "${MPCONFIG=corepolicy.db.user}",
        password = "${MPCONFIG=corepolicy.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATA_SOURCE = "java:app/jdbc/corepolicy";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DB_URL)
    private Optional<String> url;

    @Inject
    private DatabaseStatus status;

    /**
     * The application's migrations: the SQL files of {@code db/migration} and the Java ones (schema versions that
     * compute what SQL cannot, with the domain's rules). The data generator migrates with the same settings.
     */
    public static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new KpiStandingsBackfill())
                .baselineOnMigrate(false)
                .validateMigrationNaming(true);
    }

    @PostConstruct
    void migrate() {
        String shownUrl = DatabaseStatus.withoutSecrets(url.orElse("(not set)"));
        Optional<String> configProblem = DatabaseStatus.configurationProblem(url.orElse(null));
        if (configProblem.isPresent()) {
            status.failed(shownUrl, configProblem.get());
            LOG.severe(() -> "CorePolicy cannot use the database " + shownUrl + ": " + configProblem.get());
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            Flyway flyway = flyway(dataSource).load();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            status.ready(shownUrl, product, current == null ? "-" : current.getVersion().getVersion());
            LOG.info(() -> "CorePolicy database " + shownUrl + " (" + product + ") at schema version "
                    + status.getSchemaVersion() + ", " + result.migrationsExecuted + " migration(s) applied now");
        } catch (SQLException | RuntimeException e) {
            String reason = DatabaseStatus.explain(e);
            status.failed(shownUrl, reason);
            LOG.severe(() -> "CorePolicy cannot use the database " + shownUrl + ": " + reason
                    + " Check COREPOLICY_DB_URL, COREPOLICY_DB_USER and COREPOLICY_DB_PASSWORD (README, "
                    + "\"Configuration\"), that the database server is running and reachable, and that the "
                    + "user may create tables in that database.");
            LOG.log(Level.FINE, "database start-up failure", e);
        }
    }
}
