package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.corepolicy.service.platform.DatabaseStatus;
import kr.corepolicy.service.task.PortfolioService;
import kr.corepolicy.service.task.TaskViews.StrategySummary;

/** The home page: who I am, the strategies at a glance, the system status for administrators. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    private DatabaseStatus database;

    @Inject
    private PortfolioService portfolio;

    private List<StrategySummary> strategies;

    public DatabaseStatus getDatabase() {
        return database;
    }

    /** The strategies with their task counts (loaded once per request). */
    public List<StrategySummary> getStrategies() {
        if (strategies == null) {
            strategies = portfolio.strategies();
        }
        return strategies;
    }
}
