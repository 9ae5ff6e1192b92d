package kr.corepolicy.service.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.report.FundFigure;
import kr.corepolicy.domain.report.KpiActual;
import kr.corepolicy.domain.report.ProgressReport;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.domain.task.FundPlanLine;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.Kpi;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.report.ReportViews.FundLine;
import kr.corepolicy.service.report.ReportViews.KpiLine;
import kr.corepolicy.service.report.ReportViews.PeriodView;
import kr.corepolicy.service.report.ReportViews.ReportDetail;
import kr.corepolicy.service.report.ReportViews.ReportRow;

/** Turns reporting entities into their read models. */
public final class ReportMapping {

    private ReportMapping() {
    }

    /** "2026년 4분기", "2026년 11월": the period as official documents name it. */
    public static String label(ReportingPeriod p) {
        return p.label();
    }

    static PeriodView period(ReportingPeriod p, long reports, long submitted, long approved, long overdue) {
        return new PeriodView(p.getId(), p.getKind(), p.getYear(), p.getNumber(), label(p), p.firstDay(),
                p.lastDay(), p.getDueDate(), p.getGraceDays(), p.deadline(), p.getState(), reports, submitted,
                approved, overdue);
    }

    static ReportRow row(ProgressReport r, LocalDate today) {
        PolicyTask t = r.getTask();
        ReportState state = r.getState();
        return new ReportRow(r.getId(), r.getPeriod().getId(), label(r.getPeriod()), t.getId(),
                t.getManagementNumber(), t.getTitle(), t.getOwningUnit().getNameKo(),
                t.getOfficer() == null ? null : t.getOfficer().getDisplayName(), state, r.getReportedStatus(),
                r.getProgressPercent(), r.getDocument() == null ? null : r.getDocument().getId(), r.getSavedAt(),
                !state.isSubmitted() && r.getPeriod().isOverdueOn(today), r.getLateConsentAt() != null);
    }

    static ReportDetail detail(ProgressReport r, PeriodView period, boolean editableByMe, LocalDate today,
            List<ReportViews.AttachmentView> attachments) {
        PolicyTask t = r.getTask();
        int year = r.getPeriod().getYear();
        Map<Long, BigDecimal> actuals = new HashMap<>();
        for (KpiActual a : r.getKpiActuals()) {
            actuals.put(a.getKpiId(), plain(a.getValue()));
        }
        List<KpiLine> kpis = new ArrayList<>();
        for (Kpi k : t.getKpis()) {
            kpis.add(new KpiLine(k.getId(), k.getName(), k.getUnit(), plain(k.getTargets().get(year)),
                    actuals.remove(k.getId())));
        }
        for (KpiActual a : r.getKpiActuals()) {
            if (actuals.containsKey(a.getKpiId())) {
                kpis.add(new KpiLine(a.getKpiId(), a.getKpiName(), a.getKpiUnit(), null, plain(a.getValue())));
            }
        }
        Map<String, FundLine> funds = new LinkedHashMap<>();
        for (FundFigure f : r.getFunds()) {
            funds.put(f.getFiscalYear() + "/" + f.getSource(), new FundLine(f.getFiscalYear(), f.getSource(),
                    planned(t, f.getFiscalYear(), f.getSource()), f.getRequestedWon(), f.getSecuredWon(),
                    f.getExecutedWon()));
        }
        if (r.isEditable()) {
            // A draft offers a line for every planned source of the period's year, to fill in.
            for (FundPlanLine p : t.getFundPlan()) {
                if (p.getFiscalYear() == year && p.getAmountWon() > 0) {
                    funds.putIfAbsent(year + "/" + p.getSource(), new FundLine(year, p.getSource(), p.getAmountWon(),
                            0, 0, 0));
                }
            }
        }
        ReportState state = r.getState();
        return new ReportDetail(r.getId(), r.getVersion(), period, t.getId(), t.getManagementNumber(), t.getTitle(),
                t.getOwningUnit().getNameKo(), t.getOfficer() == null ? null : t.getOfficer().getDisplayName(), state,
                r.getReportedStatus(), r.getProgressPercent(), r.getResults(), r.getDelayReasons(),
                r.getCountermeasures(), r.getNextSteps(), kpis, List.copyOf(funds.values()),
                r.getDocument() == null ? null : r.getDocument().getId(), r.getSavedBy(), r.getSavedAt(),
                r.getLateConsentBy(), editableByMe, r.isEditable() && r.maySubmitOn(today),
                r.isEditable() && r.getPeriod().needsLateConsent(today) && r.getLateConsentAt() == null,
                java.util.stream.IntStream.rangeClosed(t.getPeriod().firstYear(), t.getPeriod().lastYear()).boxed()
                        .toList(), attachments);
    }

    /** 14.5 rather than 14.5000 (the column's scale), and 120 rather than 1.2E+2. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static long planned(PolicyTask t, int year, FundSource source) {
        return t.getFundPlan().stream().filter(p -> p.getFiscalYear() == year && p.getSource() == source)
                .mapToLong(FundPlanLine::getAmountWon).sum();
    }
}
