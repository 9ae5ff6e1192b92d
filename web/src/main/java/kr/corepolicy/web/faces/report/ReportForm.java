package kr.corepolicy.web.faces.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.report.ReportViews.FundLine;
import kr.corepolicy.service.report.ReportViews.ReportDetail;

/**
 * What the officer writes on reports/edit.xhtml ({@code #{reportEdit.form}}), as typed: status, progress, the
 * texts, the KPI actuals and the fund lines (one added per fiscal year and source). It makes the
 * {@link ReportContent} the service checks and saves.
 */
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<FundRow> BY_YEAR_AND_SOURCE = Comparator.comparingInt(FundRow::getFiscalYear)
            .thenComparing(FundRow::getSource);

    private TaskStatus status;
    private Integer progressPercent;
    private String results;
    private String delayReasons;
    private String countermeasures;
    private String nextSteps;
    private final List<KpiRow> kpis = new ArrayList<>();
    private final List<FundRow> funds = new ArrayList<>();
    private Integer newFundYear;
    private FundSource newFundSource;

    void fill(ReportDetail d) {
        status = d.reportedStatus();
        progressPercent = d.progressPercent();
        results = d.results();
        delayReasons = d.delayReasons();
        countermeasures = d.countermeasures();
        nextSteps = d.nextSteps();
        kpis.clear();
        d.kpis().forEach(k -> kpis.add(new KpiRow(k)));
        funds.clear();
        d.funds().forEach(f -> funds.add(new FundRow(f)));
        funds.sort(BY_YEAR_AND_SOURCE);
    }

    ReportContent content() {
        List<ReportContent.Actual> actuals = kpis.stream().filter(k -> k.getActual() != null)
                .map(k -> new ReportContent.Actual(k.getKpiId(), k.getActual())).toList();
        List<ReportContent.Funds> money = funds.stream().map(f -> new ReportContent.Funds(f.getFiscalYear(),
                f.getSource(), zero(f.getRequestedWon()), zero(f.getSecuredWon()), zero(f.getExecutedWon()))).toList();
        return new ReportContent(status, progressPercent, results, delayReasons, countermeasures, nextSteps, actuals,
                money);
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }

    /** Adds a fund line of the chosen year and source, unless the report has it already. */
    public void addFundLine() {
        if (newFundYear == null || newFundSource == null) {
            return;
        }
        boolean exists = funds.stream().anyMatch(f -> f.getFiscalYear() == newFundYear && f.getSource() == newFundSource);
        if (!exists) {
            funds.add(new FundRow(new FundLine(newFundYear, newFundSource, 0, 0, 0, 0)));
            funds.sort(BY_YEAR_AND_SOURCE);
        }
    }

    /** Whether the status asks for the reasons of the delay and the countermeasures (the domain's rule). */
    public boolean isExplanationNeeded() {
        return ReportContent.needsExplanation(status);
    }

    /** Whether the status asks for the next steps (the domain's rule): unless the task is done. */
    public boolean isNextStepsNeeded() {
        return ReportContent.needsNextSteps(status);
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public void setProgressPercent(Integer progressPercent) {
        this.progressPercent = progressPercent;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getDelayReasons() {
        return delayReasons;
    }

    public void setDelayReasons(String delayReasons) {
        this.delayReasons = delayReasons;
    }

    public String getCountermeasures() {
        return countermeasures;
    }

    public void setCountermeasures(String countermeasures) {
        this.countermeasures = countermeasures;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public List<FundRow> getFunds() {
        return funds;
    }

    public Integer getNewFundYear() {
        return newFundYear;
    }

    public void setNewFundYear(Integer newFundYear) {
        this.newFundYear = newFundYear;
    }

    public FundSource getNewFundSource() {
        return newFundSource;
    }

    public void setNewFundSource(FundSource newFundSource) {
        this.newFundSource = newFundSource;
    }
}
