package kr.corepolicy.web.rest.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.corepolicy.service.task.PortfolioService;
import kr.corepolicy.service.task.TaskViews.StrategyDetail;
import kr.corepolicy.service.task.TaskViews.StrategySummary;

/** The core-policy strategies with their task counts, and one strategy with its task force and tasks. */
@Path("strategies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StrategiesResource {

    @Inject
    private PortfolioService portfolio;

    @GET
    public List<StrategySummary> strategies() {
        return portfolio.strategies();
    }

    @GET
    @Path("{id}")
    public StrategyDetail strategy(@PathParam("id") long id) {
        return portfolio.strategy(id);
    }
}
