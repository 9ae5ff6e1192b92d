package kr.corepolicy.web.faces.task;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.web.faces.Feedback;

/**
 * The row editors of tasks/edit.xhtml ({@code #{editTask.plan}}): the yearly plan, the KPIs with a target per year
 * of the task's period, and the fund plan by fiscal year and source. Rows are added and removed on the screen and
 * saved with the card.
 */
public class TaskPlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest period for which the KPI target columns are offered. */
    private static final int MAX_YEARS = 20;

    private final TaskForm form;
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final List<KpiRow> kpis = new ArrayList<>();
    private final List<FundRow> funds = new ArrayList<>();

    TaskPlanEditor(TaskForm form) {
        this.form = form;
    }

    void fill(TaskCard card) {
        milestones.clear();
        card.milestones().forEach(m -> milestones.add(new MilestoneRow(m.year(), m.quarter(), m.content())));
        kpis.clear();
        card.kpis().forEach(k -> kpis.add(new KpiRow(k)));
        funds.clear();
        Map<Integer, FundRow> byYear = new TreeMap<>();
        for (FundLineView line : card.fundPlan()) {
            byYear.computeIfAbsent(line.fiscalYear(), FundRow::new).set(line.source(), line.amountWon());
        }
        funds.addAll(byYear.values());
    }

    List<MilestoneView> milestoneViews() {
        return milestones.stream().map(MilestoneRow::toView).toList();
    }

    List<KpiView> kpiViews() {
        return kpis.stream().map(KpiRow::toView).toList();
    }

    /** The fund plan's lines: every amount given and not zero of a row with a year. */
    List<FundLineView> fundLines() {
        List<FundLineView> money = new ArrayList<>();
        for (FundRow row : funds) {
            for (FundSource source : FundSource.values()) {
                Long amount = row.get(source);
                if (row.getYear() != null && amount != null && amount != 0) {
                    money.add(new FundLineView(row.getYear(), source, amount));
                }
            }
        }
        return money;
    }

    public void addMilestone() {
        LocalDate start = form.getStart();
        milestones.add(new MilestoneRow(start == null ? null : start.getYear(), 1, null));
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
    }

    public void addKpi() {
        kpis.add(new KpiRow(null));
    }

    public void removeKpi(KpiRow row) {
        kpis.remove(row);
    }

    /** Adds the year after the last one, or the start year (this year without one). */
    public void addFundYear() {
        LocalDate start = form.getStart();
        Integer last = funds.isEmpty() ? null : funds.get(funds.size() - 1).getYear();
        int year = last != null ? last + 1 : start == null ? LocalDate.now().getYear() : start.getYear();
        funds.add(new FundRow(year));
    }

    public void removeFundYear(FundRow row) {
        funds.remove(row);
    }

    /** The years of the period, for the KPI target columns. */
    /** The name of a KPI's target input: its KPI (the row) and year (the column), "방문객 수 2026년 목표". */
    public String targetLabel(KpiRow kpi, int year) {
        String name = kpi.getName() == null ? "" : kpi.getName();
        return Feedback.text("edit.targetOf", name, String.valueOf(year)).strip();
    }

    /** The name of a fund plan amount: its fiscal year (the row) and source (the column), "2024년 시비". */
    public String fundLabel(FundRow row, FundSource source) {
        String year = row.getYear() == null ? "" : String.valueOf(row.getYear());
        return Feedback.text("edit.fundOf", year, Feedback.text("fund." + source.name())).strip();
    }

    public List<Integer> getYears() {
        LocalDate start = form.getStart();
        LocalDate end = form.getEnd();
        if (start == null || end == null || end.isBefore(start) || end.getYear() - start.getYear() > MAX_YEARS) {
            return List.of();
        }
        return IntStream.rangeClosed(start.getYear(), end.getYear()).boxed().toList();
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public List<FundRow> getFunds() {
        return funds;
    }
}
