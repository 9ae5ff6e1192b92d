package kr.corepolicy.service.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The defaults of CorePolicy's settings, derived from what the operator did set. With nothing set the
 * application runs on an embedded H2 database in a data directory, in demo mode. When
 * {@code COREPOLICY_DB_URL} is set, the driver class follows from the URL and demo mode is off unless
 * asked for. Ordinal 50: environment variables (300), system properties (400) and the application's own
 * {@code microprofile-config.properties} (100) all win. The embedded database has no password (it is a
 * local file); the password of any other database comes only from the operator.
 */
public class CorePolicyConfigSource implements ConfigSource {

    public static final String DATA_DIR = "corepolicy.data.dir";
    public static final String DB_URL = "corepolicy.db.url";
    public static final String DB_USER = "corepolicy.db.user";
    public static final String DB_PASSWORD = "corepolicy.db.password";
    public static final String DB_DATASOURCE_CLASS = "corepolicy.db.datasource-class";
    public static final String DEMO = "corepolicy.demo";

    static final String H2_DATASOURCE = "org.h2.jdbcx.JdbcDataSource";
    static final String MYSQL_DATASOURCE = "com.mysql.cj.jdbc.MysqlDataSource";
    static final String EMBEDDED_USER = "corepolicy";

    private final Function<String, String> lookup;

    public CorePolicyConfigSource() {
        this(CorePolicyConfigSource::fromSystem);
    }

    /** For tests: {@code lookup} answers for a property name what the operator set, or null. */
    CorePolicyConfigSource(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** Reads a setting as MicroProfile Config would: system property first, then environment variable. */
    static String fromSystem(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> all = new HashMap<>();
        for (String name : getPropertyNames()) {
            String value = getValue(name);
            if (value != null) {
                all.put(name, value);
            }
        }
        return all;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATA_DIR, DB_URL, DB_USER, DB_DATASOURCE_CLASS, DEMO);
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case DATA_DIR -> dataDirectory().toString();
            case DB_URL -> embedded() ? embeddedUrl(dataDirectory()) : null;
            case DB_USER -> embedded() ? EMBEDDED_USER : null;
            case DB_DATASOURCE_CLASS -> dataSourceClassFor(effectiveUrl());
            case DEMO -> Boolean.toString(embedded());
            default -> null;
        };
    }

    private boolean embedded() {
        return lookup.apply(DB_URL) == null;
    }

    private String effectiveUrl() {
        String url = lookup.apply(DB_URL);
        return url == null ? embeddedUrl(dataDirectory()) : url;
    }

    private Path dataDirectory() {
        String dir = lookup.apply(DATA_DIR);
        return dir != null ? Path.of(dir).toAbsolutePath().normalize()
                : Path.of(System.getProperty("user.home"), "corepolicy-data");
    }

    /** The embedded database: an H2 file under the data directory, surviving restarts. */
    static String embeddedUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve("db").resolve("corepolicy").toString().replace('\\', '/')
                + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The data source class for a JDBC URL: H2 or MySQL/MariaDB (through Connector/J). */
    static String dataSourceClassFor(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return H2_DATASOURCE;
        }
        if (lower.startsWith("jdbc:mysql:")) {
            return MYSQL_DATASOURCE;
        }
        return null;
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "CorePolicy defaults";
    }
}
