package kr.corepolicy.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import kr.corepolicy.service.platform.DatabaseMigrator;
import org.flywaydb.core.Flyway;

/**
 * The database the generator fills, chosen the way the application chooses it: {@code COREPOLICY_DB_URL},
 * {@code COREPOLICY_DB_USER} and {@code COREPOLICY_DB_PASSWORD} (environment or {@code -Dcorepolicy.db.*}) for
 * MySQL/MariaDB, else the embedded H2 file in the data directory ({@code CorePolicyConfigSource.embeddedUrl}, user
 * {@code corepolicy}, no password). The H2 driver is the one Payara Micro ships (read out of
 * {@code payara-micro.jar}), so the file is written in exactly the format the application opens.
 */
final class CityDatabase implements DataSource {

    /** The tables whose keys are AUTO_INCREMENT and that the generator fills: their counters are set past it. */
    static final List<String> IDENTITY_TABLES = List.of("org_unit", "user_account", "strategy", "task_force",
            "policy_task", "task_milestone", "task_kpi", "reporting_period", "approval_document", "approval_step",
            "progress_report", "notification");

    final String url;
    final boolean mysql;
    private final String user;
    private final String password;
    private final Driver driver;

    private CityDatabase(String url, String user, String password, Driver driver) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.driver = driver;
        this.mysql = url.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:");
    }

    /** The configured MySQL/MariaDB, or the embedded database of {@code dataDir}. */
    static CityDatabase configured(Path dataDir, Path microJar) throws SQLException, IOException {
        String url = setting("corepolicy.db.url");
        if (url == null) {
            return embedded(dataDir, microJar);
        }
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:mysql:")) {
            throw new IllegalArgumentException("COREPOLICY_DB_URL must be a jdbc:mysql: URL (MySQL or MariaDB): "
                    + url);
        }
        String password = setting("corepolicy.db.password");
        return new CityDatabase(url, setting("corepolicy.db.user"), password == null ? "" : password,
                DriverManager.getDriver(url));
    }

    /** The embedded database of the run command's data directory. */
    static CityDatabase embedded(Path dataDir, Path microJar) throws SQLException, IOException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("corepolicy")
                .toString().replace('\\', '/') + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";
        return new CityDatabase(url, "corepolicy", "", h2Driver(microJar));
    }

    /** A setting as the application reads it: the system property, else the environment variable. */
    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Payara Micro's own H2 (MICRO-INF/runtime/h2.jar), copied out next to the jar once. */
    private static Driver h2Driver(Path microJar) throws IOException, SQLException {
        if (microJar == null || !Files.isRegularFile(microJar)) {
            throw new IllegalStateException("payara-micro.jar not found at " + microJar
                    + ": build the web module first (./mvnw -o package -DskipTests), or pass --micro-jar=");
        }
        Path h2 = microJar.toAbsolutePath().getParent().resolve("generator-h2.jar");
        try (ZipFile zip = new ZipFile(microJar.toFile())) {
            ZipEntry entry = zip.getEntry("MICRO-INF/runtime/h2.jar");
            if (entry == null) {
                throw new IllegalStateException(microJar + " holds no MICRO-INF/runtime/h2.jar");
            }
            if (!Files.isRegularFile(h2) || Files.size(h2) != entry.getSize()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, h2, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // Never closed: the driver's classes are used until the JVM ends.
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(new URL[] {h2.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        try {
            return (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("cannot load H2 from " + h2, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        props.setProperty("password", pass == null ? "" : pass);
        if (mysql) {
            // One INSERT of many rows per batch: MySQL's answer to batch inserts.
            props.setProperty("rewriteBatchedStatements", "true");
        }
        Connection c = driver.connect(url, props);
        if (c == null) {
            throw new SQLException("no driver accepts " + url);
        }
        return c;
    }

    /**
     * Runs the application's migrations exactly as {@link DatabaseMigrator} does at start-up (same locations,
     * same settings), so the application later finds the schema at its version and applies nothing.
     */
    String migrate() {
        Flyway flyway = DatabaseMigrator.flyway(this).load();
        flyway.migrate();
        return flyway.info().current().getVersion().getVersion();
    }

    /** Why the database cannot take a city: it has an organisation, people or tasks already; null when empty. */
    String notEmpty(Connection c) throws SQLException {
        for (String table : List.of("policy_task", "user_account", "org_unit")) {
            long rows = count(c, "SELECT COUNT(*) FROM " + table);
            if (rows > 0) {
                return "the database " + url.replaceAll("password=[^&;]*", "password=***") + " already has " + rows
                        + " row(s) in " + table + ". The generator fills only an empty database: give it a new data "
                        + "directory (-Ddata=) or a new, empty MySQL/MariaDB database.";
            }
        }
        return null;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Sets every AUTO_INCREMENT counter past the largest id written, so that what the application creates later
     * (IDENTITY keys) never collides with a generated row.
     */
    void restartIdentities(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : IDENTITY_TABLES) {
                long next = count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
                s.execute(mysql ? "ALTER TABLE " + table + " AUTO_INCREMENT = " + next
                        : "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the driver's default
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
