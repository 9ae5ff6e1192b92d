package kr.corepolicy.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the migrations were applied at start-up and the database answers now. Payara answers
 * {@code /health/ready} to anyone, so the check says UP or DOWN and nothing else; the details (database, address,
 * schema version, the reason) are for administrators: {@link PlatformStatus}, {@code GET /api/admin/status}.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "corepolicy-database";

    @Inject
    private DatabaseStatus status;

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(answersNow()).build();
    }

    /** Migrated at start-up and answering now. */
    boolean answersNow() {
        if (!status.isReady()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }
}
