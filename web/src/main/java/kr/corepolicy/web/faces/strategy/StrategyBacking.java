package kr.corepolicy.web.faces.strategy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.service.task.PortfolioService;
import kr.corepolicy.service.task.TaskViews.StrategyDetail;

/** strategies/view.xhtml?id=…: a strategy with its task force and tasks. */
@Named("strategy")
@RequestScoped
public class StrategyBacking {

    @Inject
    private PortfolioService portfolio;

    private Long id;
    private StrategyDetail detail;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Strategy", "-");
        }
        detail = portfolio.strategy(id);
    }

    public StrategyDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
