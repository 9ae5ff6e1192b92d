package kr.corepolicy.web.faces.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportViews.PeriodChoice;
import kr.corepolicy.service.report.ReportViews.PeriodView;
import kr.corepolicy.service.report.ReportViews.ReportRow;
import kr.corepolicy.service.report.ReportingPeriodService;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.web.faces.PageModel;

/**
 * reports/index.xhtml: the reports of a period. Officers see their department's by default; the planning
 * office and executives see every department's.
 */
@Named("reportList")
@ViewScoped
public class ReportListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private ReportingPeriodService periods;

    // Read again on another server rather than written with the session after every request (issue #12).
    private transient List<PeriodChoice> allPeriods;
    private Long periodId;
    /** The chosen period with its counts, read once per chosen period. */
    private PeriodView period;
    private ReportState state;
    private boolean mine;

    private final PageModel<ReportRow> rows = new PageModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ReportRow> fetch(int page, int size, String sortField, boolean descending) {
            return reports.reports(periodId, null, state, mine, page, size);
        }

        @Override
        protected String key(ReportRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void init() {
        List<PeriodChoice> choices = getPeriods();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        mine = !(external.isUserInRole("PLANNER") || external.isUserInRole("ADMIN")
                || external.isUserInRole("EXECUTIVE"));
        periodId = choices.stream().filter(p -> p.state() == kr.corepolicy.domain.report.PeriodState.OPEN)
                .findFirst().or(() -> choices.stream().findFirst()).map(PeriodChoice::id).orElse(null);
    }

    public PageModel<ReportRow> getRows() {
        return rows;
    }

    public List<PeriodChoice> getPeriods() {
        if (allPeriods == null) {
            allPeriods = periods.choices();
        }
        return allPeriods;
    }

    public PeriodView getPeriod() {
        if (periodId == null || getPeriods().stream().noneMatch(p -> p.id() == periodId)) {
            return null;
        }
        if (period == null || period.id() != periodId) {
            period = periods.period(periodId);
        }
        return period;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public ReportState getState() {
        return state;
    }

    public void setState(ReportState state) {
        this.state = state;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
