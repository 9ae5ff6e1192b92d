package kr.corepolicy.service.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.corepolicy.domain.kpi.KpiTrajectory;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskStatus;

/**
 * What each demo task's officer writes in the reports of the demo's history: deterministic (every variation comes
 * from the task's management number), so that every start of the demo shows the same picture. Most tasks are
 * 정상추진; those the portfolio marks 일부추진 or 보류 stay so, with reasons and countermeasures; a few move between
 * the two months (one recovers, one slips, two finish: none of the tourism tasks that the integration tests write
 * reports for). Progress rises from one month to the next; KPI actuals
 * lie on, somewhat below or far below the KPI's line of the year ({@link KpiTrajectory}); the national and
 * provincial funds of past years are mostly secured, this year's in part, next year's requested.
 */
public final class DemoReportPlan {

    /** The statuses of the older and the later month, where they differ from the task's own. */
    private static final Map<String, List<TaskStatus>> MOVES = Map.of(
            "2-3", List.of(TaskStatus.PARTLY, TaskStatus.ON_TRACK),
            "6-6", List.of(TaskStatus.ON_TRACK, TaskStatus.PARTLY),
            "7-5", List.of(TaskStatus.ON_HOLD, TaskStatus.ON_HOLD),
            "7-4", List.of(TaskStatus.ON_TRACK, TaskStatus.DONE),
            "4-2", List.of(TaskStatus.ON_TRACK, TaskStatus.DONE));

    private static final long MILLION = 1_000_000L;

    private static final String[] ON_TRACK_RESULTS = {
        "%s: %d월 세부 추진계획에 따라 사업을 정상 추진함. 누적 공정률 %d%%.",
        "%s 관련 관계부서 협의와 현장 점검을 마치고 계획 일정대로 추진 중임(누적 공정률 %d%%, %d월 기준).",
        "%s: 실시설계·행정절차 등 %d월 계획 업무를 이행함. 누적 공정률 %d%%.",
        "%s 추진상황 점검 결과 계획 대비 정상 추진 중이며 누적 공정률은 %d%%임(%d월 기준)."
    };
    private static final String[] NEXT_STEPS = {
        "%d월 중 후속 사업 추진 및 월간 추진상황 점검",
        "%d월 관계부서 협의회 개최 및 세부 일정 점검",
        "%d월 중 계약·집행 절차 진행 및 현장 점검"
    };
    private static final String[][] DELAYS = {
        {"경상북도·중앙부처 등 관계기관 협의가 지연되어 행정절차가 늦어짐",
            "관계기관 실무협의를 주 1회 개최하고 남은 절차를 병행 추진"},
        {"사업부지 토지 보상 협의가 장기화됨", "보상 협의 전담반을 운영하고 감정평가를 다시 실시"},
        {"국비 교부가 늦어져 세부사업 착수가 지연됨", "국비 조기 교부를 건의하고 시비 선투입을 검토"},
        {"민간 참여기업 모집이 저조함", "참여 조건을 완화하여 재공모를 추진"}
    };

    private DemoReportPlan() {
    }

    /** A KPI of the task: its id, direction, baseline and targets by year. */
    public record KpiFacts(long id, KpiDirection direction, BigDecimal baseline, Map<Integer, BigDecimal> targets) {
    }

    /** A line of the task's fund plan. */
    public record FundLine(int fiscalYear, FundSource source, long amountWon) {
    }

    /** What the plan reads of a task. */
    public record TaskFacts(String managementNumber, String title, TaskStatus status, LocalDate start, LocalDate end,
            List<KpiFacts> kpis, List<FundLine> fundPlan) {
    }

    /** How far a KPI's actual lies from its line. */
    enum KpiPace {
        ON_LINE(new BigDecimal("1.02")),
        BEHIND(new BigDecimal("0.75")),
        FAR_BEHIND(new BigDecimal("0.35"));

        private final BigDecimal share;

        KpiPace(BigDecimal share) {
            this.share = share;
        }
    }

    /** The status the task's report gives in month {@code which} (0: the older, 1: the later) of the history. */
    public static TaskStatus status(TaskFacts task, int which) {
        List<TaskStatus> moved = MOVES.get(task.managementNumber());
        if (moved != null) {
            return moved.get(which);
        }
        return task.status();
    }

    /** The progress the report gives: rising from the older month to the later, 100 for a finished task. */
    public static int progress(TaskFacts task, YearMonth older, int which) {
        TaskStatus status = status(task, which);
        if (status == TaskStatus.DONE || status == TaskStatus.DONE_CONTINUING) {
            return 100;
        }
        int seed = seed(task);
        int base = switch (status(task, 0)) {
            case ON_HOLD -> 20 + seed % 15;
            case PARTLY -> clamp(elapsedPercent(task, older) - 18 + seed % 7 - 3, 5, 80);
            default -> clamp(elapsedPercent(task, older) + seed % 7 - 3, 5, 95);
        };
        if (which == 0 || status == TaskStatus.ON_HOLD) {
            return base;
        }
        return Math.min(99, base + 1 + seed % 3);
    }

    /** The whole report of the task for month {@code which} (0: the older, 1: the later) of the history. */
    public static ReportContent content(TaskFacts task, YearMonth older, int which) {
        YearMonth month = older.plusMonths(which);
        TaskStatus status = status(task, which);
        int progress = progress(task, older, which);
        int seed = seed(task);
        int m = month.getMonthValue();
        int next = month.plusMonths(1).getMonthValue();
        String results;
        String delay = null;
        String counter = null;
        String nextSteps = String.format(NEXT_STEPS[seed % NEXT_STEPS.length], next);
        switch (status) {
            case DONE -> {
                results = String.format("%s: 사업을 준공하고 최종 성과 점검을 마침(공정률 100%%).", task.title());
                nextSteps = "준공 시설 사후관리 및 성과 모니터링";
            }
            case DONE_CONTINUING -> {
                results = String.format("%s: 핵심 사업을 완료하고 후속 사업을 계속 추진 중임.", task.title());
                nextSteps = String.format("%d월 후속 사업 추진 및 성과 모니터링", next);
            }
            case PARTLY -> {
                results = String.format("%s: 일부 세부사업이 계획보다 늦어져 누적 공정률 %d%%에 그침(%d월 기준).",
                        task.title(), progress, m);
                String[] why = DELAYS[seed % DELAYS.length];
                delay = why[0];
                counter = why[1];
            }
            case ON_HOLD -> {
                results = String.format("%s: 사업 여건 변화로 추진을 일시 보류함(누적 공정률 %d%%).", task.title(), progress);
                delay = "상위 계획 변경으로 사업 타당성을 다시 검토해야 함";
                counter = "전략 T/F 검토 후 사업 재개 또는 과제 조정(통합·조정) 여부를 결정";
                nextSteps = String.format("%d월 전략 T/F 회의에서 추진 방향 재검토", next);
            }
            default -> {
                String template = ON_TRACK_RESULTS[seed % ON_TRACK_RESULTS.length];
                results = template.indexOf("%d월") < template.indexOf("%d%%")
                        ? String.format(template, task.title(), m, progress)
                        : String.format(template, task.title(), progress, m);
            }
        }
        return new ReportContent(status, progress, results, delay, counter, nextSteps, actuals(task, month, status),
                funds(task, month, status, which));
    }

    /** The actuals of the KPIs that have a target in the month's year, each at its pace. */
    static List<ReportContent.Actual> actuals(TaskFacts task, YearMonth month, TaskStatus status) {
        List<ReportContent.Actual> actuals = new ArrayList<>();
        for (int k = 0; k < task.kpis().size(); k++) {
            KpiFacts kpi = task.kpis().get(k);
            if (!kpi.targets().containsKey(month.getYear())) {
                continue;
            }
            KpiTrajectory line = new KpiTrajectory(kpi.direction(), kpi.baseline(), kpi.targets());
            BigDecimal expected = line.expected(month.getYear(), month.getMonthValue());
            BigDecimal start = line.start(month.getYear());
            if (start == null) {
                start = BigDecimal.ZERO;
            }
            BigDecimal value = start.add(expected.subtract(start).multiply(pace(task, k, status).share));
            value = value.setScale(scale(kpi), RoundingMode.HALF_UP).max(BigDecimal.ZERO);
            actuals.add(new ReportContent.Actual(kpi.id(), value));
        }
        return actuals;
    }

    /** The pace of the task's {@code k}-th KPI: behind for a delayed task, far behind on hold, mostly on the line. */
    static KpiPace pace(TaskFacts task, int k, TaskStatus status) {
        int seed = seed(task) + k;
        return switch (status) {
            case ON_HOLD -> KpiPace.FAR_BEHIND;
            case PARTLY -> seed % 2 == 0 ? KpiPace.BEHIND : KpiPace.FAR_BEHIND;
            case DONE, DONE_CONTINUING -> KpiPace.ON_LINE;
            default -> seed % 5 == 0 ? KpiPace.BEHIND : KpiPace.ON_LINE;
        };
    }

    /**
     * The national and provincial money of the plan: requested as planned; past years' mostly secured and spent,
     * this year's in part (more in the later month) and spent by the month, next year's requested only.
     */
    static List<ReportContent.Funds> funds(TaskFacts task, YearMonth month, TaskStatus status, int which) {
        int year = month.getYear();
        List<ReportContent.Funds> funds = new ArrayList<>();
        int i = 0;
        for (FundLine line : task.fundPlan()) {
            if (line.source() != FundSource.NATIONAL && line.source() != FundSource.PROVINCIAL
                    || line.fiscalYear() > year + 1 || line.fiscalYear() < task.start().getYear()
                    || line.fiscalYear() > task.end().getYear()) {
                continue;
            }
            int seed = seed(task) + i++;
            long secured;
            long executed;
            if (line.fiscalYear() < year) {
                secured = millions(line.amountWon() * (seed % 3 == 0 ? 80 : 100) / 100);
                executed = millions(secured * (line.fiscalYear() < year - 1 ? 100 : 90) / 100);
            } else if (line.fiscalYear() == year) {
                int share = status.needsExplanation() ? 30 : 50 + 10 * (seed % 4);
                share = Math.min(100, share + 10 * which);
                secured = millions(line.amountWon() * share / 100);
                executed = millions(secured * month.getMonthValue() / 12);
            } else {
                secured = 0;
                executed = 0;
            }
            funds.add(new ReportContent.Funds(line.fiscalYear(), line.source(), line.amountWon(), secured, executed));
        }
        return funds;
    }

    private static long millions(long won) {
        return won / MILLION * MILLION;
    }

    /** How much of the task's period has passed by the end of {@code month}, in percent (0 to 100). */
    static int elapsedPercent(TaskFacts task, YearMonth month) {
        long all = ChronoUnit.DAYS.between(task.start(), task.end()) + 1;
        long passed = ChronoUnit.DAYS.between(task.start(), month.atEndOfMonth()) + 1;
        return clamp((int) Math.round(100.0 * passed / all), 0, 100);
    }

    /** The number of decimals the KPI's own figures use. */
    private static int scale(KpiFacts kpi) {
        int scale = kpi.baseline() == null ? 0 : Math.max(0, kpi.baseline().stripTrailingZeros().scale());
        for (BigDecimal t : kpi.targets().values()) {
            scale = Math.max(scale, t.stripTrailingZeros().scale());
        }
        return Math.min(scale, 2);
    }

    /** The task's fixed variation: from its management number, the same on every start. */
    static int seed(TaskFacts task) {
        return Math.floorMod(task.managementNumber().hashCode(), 997);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
