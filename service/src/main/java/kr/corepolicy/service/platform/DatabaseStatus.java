package kr.corepolicy.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What this instance found when it migrated the database at start-up. Per-JVM on purpose: each instance
 * reports its own readiness.
 */
@ApplicationScoped
public class DatabaseStatus {

    private volatile boolean ready;
    private volatile String url = "(not checked yet)";
    private volatile String product;
    private volatile String schemaVersion;
    private volatile String problem = "the database has not been checked yet";

    void ready(String shownUrl, String databaseProduct, String version) {
        this.url = shownUrl;
        this.product = databaseProduct;
        this.schemaVersion = version;
        this.problem = null;
        this.ready = true;
    }

    void failed(String shownUrl, String reason) {
        this.url = shownUrl;
        this.problem = reason;
        this.ready = false;
    }

    public boolean isReady() {
        return ready;
    }

    public String getUrl() {
        return url;
    }

    public String getProduct() {
        return product;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public String getProblem() {
        return problem;
    }

    /** A setting that cannot work at all, explained; empty when the URL looks usable. */
    static Optional<String> configurationProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("no database URL is configured (COREPOLICY_DB_URL).");
        }
        if (url.contains("${")) {
            return Optional.of("the database URL contains an unresolved placeholder: " + url);
        }
        if (CorePolicyConfigSource.dataSourceClassFor(url) == null) {
            return Optional.of("the URL is not a supported database URL. Use jdbc:mysql://host:3306/database "
                    + "for MySQL or MariaDB, or leave COREPOLICY_DB_URL unset for the embedded database.");
        }
        return Optional.empty();
    }

    /** The URL as it may be shown: query parameters that might hold a password are cut off. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
    }

    /** The root cause of a start-up failure in one sentence. */
    public static String explain(Throwable failure) {
        Throwable root = failure;
        StringBuilder sqlState = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof SQLException sql && sql.getSQLState() != null && sqlState.isEmpty()) {
                sqlState.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        return message.strip() + sqlState + ".";
    }
}
