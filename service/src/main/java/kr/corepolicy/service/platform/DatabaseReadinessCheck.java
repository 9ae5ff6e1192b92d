package kr.corepolicy.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the migrations were applied at start-up and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    private DatabaseStatus status;

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("corepolicy-database")
                .withData("url", status.getUrl());
        if (!status.isReady()) {
            return response.down().withData("problem", String.valueOf(status.getProblem())).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(3);
            response.withData("database", String.valueOf(status.getProduct()))
                    .withData("schemaVersion", String.valueOf(status.getSchemaVersion()));
            return valid ? response.up().build() : response.down().withData("problem", "no answer").build();
        } catch (SQLException e) {
            return response.down().withData("problem", DatabaseStatus.explain(e)).build();
        }
    }
}
