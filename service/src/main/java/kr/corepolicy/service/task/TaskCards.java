package kr.corepolicy.service.task;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;
import kr.corepolicy.service.task.TaskViews.OfficialFigures;
import kr.corepolicy.service.task.TaskViews.OfficialFunds;
import kr.corepolicy.service.task.TaskViews.OfficialKpi;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.service.task.TaskViews.UnitRef;

/** Builds the card view of a task (inside the transaction) and compares card sections by value. */
final class TaskCards {

    private TaskCards() {
    }

    static TaskCard card(PolicyTask t, boolean editable, boolean fullyEditable) {
        List<UnitRef> collaborators = t.getCollaboratingUnits().stream().map(PortfolioService::unit)
                .sorted(Comparator.comparing(UnitRef::nameKo)).toList();
        List<MilestoneView> milestones = t.getMilestones().stream()
                .map(m -> new MilestoneView(m.getYear(), m.getQuarter(), m.getContent())).toList();
        return new TaskCard(t.getId(), t.getManagementNumber(), t.getTitle(), t.getTitleEn(), t.getSummary(),
                t.getStrategy().getNumber(), t.getStrategy().getNameKo(), t.getStrategy().getNameEn(),
                PortfolioService.unit(t.getOwningUnit()), PortfolioService.person(t.getOfficer()), collaborators,
                t.getSources(), t.getPeriod().getStartDate(), t.getPeriod().getEndDate(), t.getTerm(), t.getStatus(),
                milestones, kpis(t), funds(t), t.fundsBySource(), t.totalFundsWon(), t.isDemo(), t.getVersion(),
                editable, fullyEditable);
    }

    /** The official figures of the task's official report {@code r} (its KPI actuals beside this year's targets). */
    static OfficialFigures official(ProgressReport r, PolicyTask t) {
        int year = r.getPeriod().getYear();
        Map<Long, Kpi> kpis = new HashMap<>();
        t.getKpis().forEach(k -> kpis.put(k.getId(), k));
        List<OfficialKpi> actuals = r.getKpiActuals().stream().map(a -> {
            Kpi kpi = kpis.get(a.getKpiId());
            return new OfficialKpi(a.getKpiId(), a.getKpiName(), a.getKpiUnit(),
                    kpi == null ? null : strip(kpi.getTargets().get(year)), strip(a.getValue()));
        }).toList();
        List<OfficialFunds> funds = r.getFunds().stream().map(f -> new OfficialFunds(f.getFiscalYear(),
                f.getSource(), f.getRequestedWon(), f.getSecuredWon(), f.getExecutedWon())).toList();
        return new OfficialFigures(r.getId(), r.getPeriod().getId(), r.getPeriod().label(), r.getPeriod().lastDay(),
                r.getDocument().getId(), r.getDocument().getDecidedAt(), r.getReportedStatus(),
                r.getProgressPercent(), actuals, funds);
    }

    static List<KpiView> kpis(PolicyTask t) {
        return t.getKpis().stream().map(TaskCards::kpi).toList();
    }

    private static KpiView kpi(Kpi k) {
        return new KpiView(k.getName(), k.getUnit(), k.getDirection(), strip(k.getBaseline()), k.getHowMeasured(),
                strip(k.getTargets()));
    }

    static List<FundLineView> funds(PolicyTask t) {
        return normaliseFunds(t.getFundPlan().stream()
                .map(f -> new FundLineView(f.getFiscalYear(), f.getSource(), f.getAmountWon())).toList());
    }

    /** Fund lines in year and source order, zero lines dropped: the form in which two plans compare. */
    static List<FundLineView> normaliseFunds(List<FundLineView> lines) {
        return lines.stream().filter(l -> l.amountWon() != 0)
                .sorted(Comparator.comparingInt(FundLineView::fiscalYear).thenComparing(FundLineView::source))
                .toList();
    }

    /** KPIs with trimmed text and numbers without trailing zeros: the form in which two KPI lists compare. */
    static List<KpiView> normaliseKpis(List<KpiView> kpis) {
        return kpis.stream().map(k -> new KpiView(trim(k.name()), trim(k.unit()), k.direction(), strip(k.baseline()),
                trim(k.howMeasured()), strip(k.targets() == null ? Map.of() : k.targets()))).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Map<Integer, BigDecimal> strip(Map<Integer, BigDecimal> targets) {
        Map<Integer, BigDecimal> result = new TreeMap<>();
        targets.forEach((year, value) -> result.put(year, strip(value)));
        return result;
    }
}
