package kr.corepolicy.web.faces.task;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.service.kpi.KpiHistoryService;
import kr.corepolicy.service.kpi.KpiViews.KpiHistory;
import kr.corepolicy.service.kpi.KpiViews.TaskKpis;
import kr.corepolicy.service.task.TaskService;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.web.faces.shell.LanguageBacking;
import kr.corepolicy.web.i18n.Messages;

/** tasks/card.xhtml?id=…: the task card (과제관리카드), printable. */
@Named("taskCard")
@RequestScoped
public class TaskCardBacking {

    /** One fiscal year of the fund plan with the amount of each source. */
    public record FundYear(int year, Map<FundSource, Long> bySource, long total) {
    }

    @Inject
    private TaskService tasks;

    @Inject
    private kr.corepolicy.service.report.ReportService reports;

    @Inject
    private KpiHistoryService kpiHistory;

    @Inject
    private LanguageBacking language;

    private kr.corepolicy.service.report.ReportViews.TaskReports taskReports;

    private TaskKpis kpis;

    private Long id;
    private TaskCard card;

    /** Loads the card named by the id parameter (a missing or unknown id is a 404 from the error page). */
    public void load() {
        if (id == null) {
            throw new NotFoundException("PolicyTask", "-");
        }
        card = tasks.card(id);
        taskReports = reports.ofTask(id);
        kpis = kpiHistory.history(id);
    }

    /** The task's KPIs over time: each one's latest status, its periods and its years, and the thresholds. */
    public TaskKpis getKpis() {
        return kpis;
    }

    /** The Chart.js configuration of a KPI's chart: its targets against its approved actuals by year. */
    public String chart(KpiHistory kpi) {
        return KpiChart.config(kpi, this::text);
    }

    /** The chart's text alternative: every year's target and actual in one sentence. */
    public String chartLabel(KpiHistory kpi) {
        return KpiChart.label(kpi, this::text);
    }

    private String text(String key, Object[] arguments) {
        return Messages.get(language.getCurrent(), key, arguments);
    }

    /** The task's reports by period and the figures of the newest approved one. */
    public kr.corepolicy.service.report.ReportViews.TaskReports getReports() {
        return taskReports;
    }

    /**
     * Every year that has a KPI target, for the target columns; none on a postback (the header's language switch), whose
     * view is visited before it redirects and before any card is loaded.
     */
    public List<Integer> getTargetYears() {
        if (card == null) {
            return List.of();
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (KpiView k : card.kpis()) {
            years.addAll(k.targets().keySet());
        }
        return new ArrayList<>(years);
    }

    /** The fund plan as a year-by-source table; none on a postback (see {@link #getTargetYears()}). */
    public List<FundYear> getFundYears() {
        if (card == null) {
            return List.of();
        }
        Map<Integer, Map<FundSource, Long>> years = new TreeMap<>();
        for (FundLineView line : card.fundPlan()) {
            years.computeIfAbsent(line.fiscalYear(), y -> new java.util.EnumMap<>(FundSource.class))
                    .merge(line.source(), line.amountWon(), Long::sum);
        }
        List<FundYear> result = new ArrayList<>();
        years.forEach((year, sources) -> result.add(new FundYear(year, sources,
                sources.values().stream().mapToLong(Long::longValue).sum())));
        return result;
    }

    /** The share of a source in the whole budget, in per cent, for the bar. */
    public double share(FundSource source) {
        return card.totalFundsWon() == 0 ? 0 : 100.0 * card.fundsBySource().get(source) / card.totalFundsWon();
    }

    public TaskCard getCard() {
        return card;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
