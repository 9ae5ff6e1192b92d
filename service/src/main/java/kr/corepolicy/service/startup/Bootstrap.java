package kr.corepolicy.service.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import kr.corepolicy.domain.shared.BusinessException;
import kr.corepolicy.service.account.FirstAdministrator;
import kr.corepolicy.service.demo.DemoData;
import kr.corepolicy.service.platform.CorePolicyConfigSource;
import kr.corepolicy.service.platform.DatabaseStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the migrations: demo data in demo mode, or the first administrator on a new production database;
 * then the start-up banner. Several instances may start together: the database's unique keys let only one
 * of them load anything, and the others log that it was already done.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    private DatabaseStatus status;

    @Inject
    private DemoData demoData;

    @Inject
    private FirstAdministrator firstAdministrator;

    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DEMO, defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "corepolicy.admin.password")
    private Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "corepolicy.city.name", defaultValue = "시청")
    private String cityName;

    @Inject
    @ConfigProperty(name = "corepolicy.run.url")
    private Optional<String> runUrl;

    @PostConstruct
    void start() {
        if (!status.isReady()) {
            LOG.severe("\n"
                    + "============================================================\n"
                    + " CorePolicy started WITHOUT a usable database.\n"
                    + " database: " + status.getUrl() + "\n"
                    + " problem:  " + status.getProblem() + "\n"
                    + " Check COREPOLICY_DB_URL, COREPOLICY_DB_USER and COREPOLICY_DB_PASSWORD, that the\n"
                    + " database server runs and is reachable from here, and that the user may create tables.\n"
                    + " Sign-in fails and /health/ready says DOWN until this is fixed and CorePolicy restarted.\n"
                    + "============================================================");
            return;
        }
        try {
            if (demo) {
                if (demoData.loadIfEmpty()) {
                    LOG.info("CorePolicy demo data loaded (Gyeongju organisation and demo users).");
                }
            } else if (firstAdministrator.isNeeded()) {
                if (adminPassword.isEmpty()) {
                    LOG.severe("CorePolicy has no user account yet. Set COREPOLICY_ADMIN_PASSWORD (the password of "
                            + "the first administrator, 'admin') and restart.");
                } else {
                    firstAdministrator.create(adminPassword.get(), cityName);
                    LOG.info("CorePolicy created the first administrator 'admin'. Remove COREPOLICY_ADMIN_PASSWORD "
                            + "from the environment now.");
                }
            }
        } catch (BusinessException e) {
            LOG.severe(() -> "CorePolicy could not create the first administrator: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warning(() -> "CorePolicy start-up data was not loaded (another instance may have loaded it at "
                    + "the same moment): " + DatabaseStatus.explain(e));
        }
        LOG.info(banner());
    }

    private String banner() {
        StringBuilder b = new StringBuilder("\n")
                .append("============================================================\n")
                .append(" CorePolicy 핵심정책 추진관리 시스템 is ready\n")
                .append(" ").append(runUrl.orElse("(the application's context root on this server)")).append('\n')
                .append(" database: ").append(status.getUrl()).append('\n');
        if (demo) {
            b.append(" DEMO MODE: fictional Gyeongju data. Sign in with password '")
                    .append(DemoData.PASSWORD).append("' as:\n");
            DemoData.USERS.forEach(u -> b.append(String.format("   %-9s %s%n", u.username(), u.what())));
        }
        return b.append("============================================================").toString();
    }
}
