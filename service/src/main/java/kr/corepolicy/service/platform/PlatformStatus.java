package kr.corepolicy.service.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kr.corepolicy.domain.account.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the administrator (and the IT department) may know about this instance: the database, its address
 * without credentials, the schema version, and why it is not ready. Not for anyone else: the public readiness
 * check only says UP or DOWN.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PlatformStatus {

    /** The state of this instance. {@code problem} is null when it is ready. */
    public record StatusView(boolean ready, String database, String url, String schemaVersion, String problem,
            boolean demo) {
    }

    @Inject
    private DatabaseStatus status;

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DEMO, defaultValue = "false")
    private boolean demo;

    public StatusView describe() {
        if (!status.isReady()) {
            return new StatusView(false, status.getProduct(), status.getUrl(), status.getSchemaVersion(),
                    status.getProblem(), demo);
        }
        String problem = null;
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(3)) {
                problem = "no answer";
            }
        } catch (SQLException e) {
            problem = DatabaseStatus.explain(e);
        }
        return new StatusView(problem == null, status.getProduct(), status.getUrl(), status.getSchemaVersion(), problem,
                demo);
    }
}
