package kr.corepolicy.web.faces.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.kpi.ThresholdsInForce;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.dashboard.DashboardService;
import kr.corepolicy.service.dashboard.DashboardViews.CountedFigures;
import kr.corepolicy.service.dashboard.DashboardViews.DepartmentDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.Figures;
import kr.corepolicy.service.dashboard.DashboardViews.PeriodStatuses;
import kr.corepolicy.service.dashboard.DashboardViews.RiskPage;
import kr.corepolicy.service.dashboard.DashboardViews.StatusCount;
import kr.corepolicy.service.dashboard.DashboardViews.StrategyFigures;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.organization.UnitRef;
import kr.corepolicy.service.platform.ClockProducer;
import kr.corepolicy.web.Jsonp;
import kr.corepolicy.web.faces.Shared;
import kr.corepolicy.web.faces.shell.LanguageBacking;
import kr.corepolicy.web.i18n.Messages;

/**
 * The portfolio dashboard ({@code /dashboard/index.xhtml}) and a department's ({@code /dashboard/department.xhtml?id=}):
 * request-scoped and form-less (links and a GET form only), so a look at a dashboard keeps no view state in the
 * session — many people open it at once before a 보고회.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    private static final DateTimeFormatter COUNTED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Tasks at risk per page. */
    public static final int RISK_PAGE_SIZE = 20;
    /** The statuses a progress report sets, in the trend chart's stacking order. */
    private static final List<TaskStatus> REPORTED = List.of(TaskStatus.DONE, TaskStatus.DONE_CONTINUING,
            TaskStatus.ON_TRACK, TaskStatus.PARTLY, TaskStatus.ON_HOLD);
    private static final Map<TaskStatus, String> COLOURS = Map.of(TaskStatus.DONE, "#1e7b46",
            TaskStatus.DONE_CONTINUING, "#2f9e63", TaskStatus.ON_TRACK, "#1f6fb2", TaskStatus.PARTLY, "#f2b705",
            TaskStatus.ON_HOLD, "#9aa5b1");

    @Inject
    @Shared
    private DashboardService service;

    @Inject
    @Shared
    private OrganizationService organization;

    @Inject
    private LanguageBacking language;

    private Long unitId;
    private Integer strategy;
    private int page;

    /** The figures shown: the portfolio's or the department's, read by the view action. */
    private CountedFigures shown;
    private DepartmentDashboard department;
    private RiskPage risks;
    private List<UnitRef> departments;
    private String trendChart;
    private String figuresKey;

    /** The portfolio page's view action. */
    public void loadPortfolio() {
        shown = service.portfolio();
    }

    /** The department page's view action; an unknown or missing id is a 404 (the error page says so). */
    public void loadDepartment() {
        if (unitId == null) {
            throw new NotFoundException("OrgUnit", 0L);
        }
        department = service.department(unitId);
        shown = department;
    }

    /**
     * Whether the view action has read the figures. It has not on a postback, which the page does not send itself (the
     * header's form posts to ShellServlet) but anyone can: the kept markup is then neither looked up nor stored.
     */
    public boolean isLoaded() {
        return shown != null;
    }

    public boolean isDepartmentPage() {
        return department != null;
    }

    public LocalDate getAsOf() {
        return shown.asOf();
    }

    /** When the figures were counted (집계 시각), in Seoul's time: they are kept until what they count changes. */
    public String getCountedAt() {
        return COUNTED_AT.format(shown.computedAt().atZone(ClockProducer.SEOUL));
    }

    /**
     * The key under which the figures' markup is kept (cp:kept in {@code dashboard.xhtml}): the scope, when the kept
     * figures were counted and their hash, and the language. The figures are read from the database on every request
     * ({@link DashboardService}), so a key names one count of one scope: every instance renders a count once and
     * serves it until the database holds another, and none serves markup for figures it would not serve itself.
     */
    public String getFiguresKey() {
        if (!isLoaded()) {
            return "unloaded";
        }
        // Made once per request: the figures' hash walks every record of them, and each kept part asks for the key.
        if (figuresKey == null) {
            figuresKey = (department != null ? "unit:" + unitId : "portfolio") + ':' + shown.computedAt().toEpochMilli()
                    + ':' + Integer.toHexString(shown.hashCode()) + ':' + language.getCurrent();
        }
        return figuresKey;
    }

    public ThresholdsInForce getThresholds() {
        return shown.thresholds();
    }

    public Figures getTotal() {
        return shown.total();
    }

    /** The strategies' figures; none on a postback, whose restored view is visited before it redirects. */
    public List<StrategyFigures> getStrategies() {
        return shown == null ? List.of() : shown.strategies();
    }

    /** The trend by period; none on a postback (see {@link #getStrategies()}). */
    public List<PeriodStatuses> getTrend() {
        return shown == null ? List.of() : shown.trend();
    }

    public UnitRef getDepartment() {
        return department == null ? null : department.department();
    }

    /**
     * The page of tasks at risk, read when first shown: not at all when its markup is kept (cp:kept, keyed by
     * {@link #getRisksKey()}), and none on a postback (see {@link #getStrategies()}).
     */
    public RiskPage getRisks() {
        if (risks == null) {
            risks = !isLoaded() ? new RiskPage(List.of(), 0, page, RISK_PAGE_SIZE)
                    : service.risks(department != null ? unitId : null, strategy, page, RISK_PAGE_SIZE);
        }
        return risks;
    }

    /**
     * The key under which a page of tasks at risk is kept: the figures' key (the kept ids are counted with the
     * figures, and every change that could alter a task's reasons makes the figures counted again) with the filter
     * and the page. So the page's markup is as fresh as the figures beside it.
     */
    public String getRisksKey() {
        return getFiguresKey() + ":risks:" + (strategy == null ? "" : strategy) + ':' + page;
    }

    /** The departments for the picker (the units that own tasks). */
    public List<UnitRef> getDepartments() {
        if (departments == null) {
            departments = organization.departments();
        }
        return departments;
    }

    /** A status's share of the figures' tasks, in % for the width of its segment of the bar. */
    public BigDecimal share(Figures f, TaskStatus status) {
        if (f == null || f.tasks() == 0) {
            return BigDecimal.ZERO;
        }
        long n = f.byStatus().stream().filter(c -> c.status() == status).mapToLong(StatusCount::tasks).sum();
        return BigDecimal.valueOf(n * 1000 / f.tasks(), 1);
    }

    /** The statuses with at least one task, for the bar's text. */
    public List<StatusCount> present(Figures f) {
        return f.byStatus().stream().filter(c -> c.tasks() > 0).toList();
    }

    /** Whether there is a page of tasks at risk after this one. */
    public boolean isMoreRisks() {
        RiskPage r = getRisks();
        return (long) (r.page() + 1) * r.size() < r.total();
    }

    /** The number of the last task at risk on this page (for "21–40 of 75"). */
    public long getRiskTo() {
        RiskPage r = getRisks();
        return Math.min(r.total(), (long) (r.page() + 1) * r.size());
    }

    /**
     * The trend chart's Chart.js configuration: per period, the statuses its approved reports gave, stacked. The
     * same figures are in the table beside it (the chart's text alternative).
     */
    public String getTrendChart() {
        if (trendChart == null) {
            Language lang = language.getCurrent();
            JsonArrayBuilder labels = Jsonp.JSON.createArrayBuilder();
            getTrend().forEach(p -> labels.add(p.label()));
            JsonArrayBuilder datasets = Jsonp.JSON.createArrayBuilder();
            for (TaskStatus s : REPORTED) {
                JsonArrayBuilder data = Jsonp.JSON.createArrayBuilder();
                for (PeriodStatuses p : getTrend()) {
                    data.add(p.byStatus().stream().filter(c -> c.status() == s).mapToLong(StatusCount::tasks).sum());
                }
                datasets.add(Jsonp.JSON.createObjectBuilder().add("label", Messages.get(lang, "status." + s))
                        .add("backgroundColor", COLOURS.get(s)).add("data", data));
            }
            JsonObjectBuilder axis = Jsonp.JSON.createObjectBuilder().add("stacked", true);
            trendChart = Jsonp.JSON.createObjectBuilder().add("type", "bar")
                    .add("data", Jsonp.JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                    .add("options", Jsonp.JSON.createObjectBuilder().add("responsive", true)
                            .add("maintainAspectRatio", false)
                            .add("plugins", Jsonp.JSON.createObjectBuilder().add("legend",
                                    Jsonp.JSON.createObjectBuilder().add("position", "bottom")))
                            .add("scales", Jsonp.JSON.createObjectBuilder().add("x", axis)
                                    .add("y", Jsonp.JSON.createObjectBuilder().add("stacked", true).add("title",
                                            Jsonp.JSON.createObjectBuilder().add("display", true)
                                                    .add("text", Messages.get(lang, "dashboard.trendAxis"))))))
                    .build().toString();
        }
        return trendChart;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Integer getStrategy() {
        return strategy;
    }

    public void setStrategy(Integer strategy) {
        this.strategy = strategy;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    /** The statuses a report sets, for the legend. */
    public List<TaskStatus> getReportedStatuses() {
        return REPORTED;
    }
}
