package kr.corepolicy.service.dashboard;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.kpi.KpiRollup;
import kr.corepolicy.domain.kpi.KpiThresholds;
import kr.corepolicy.domain.kpi.ThresholdsInForce;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.report.PeriodState;
import kr.corepolicy.domain.report.ReportingPeriod;
import kr.corepolicy.domain.shared.NotFoundException;
import kr.corepolicy.domain.strategy.Strategy;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.service.dashboard.DashboardSnapshots.Snapshot;
import kr.corepolicy.service.dashboard.DashboardViews.DepartmentDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.Figures;
import kr.corepolicy.service.dashboard.DashboardViews.PeriodStatuses;
import kr.corepolicy.service.dashboard.DashboardViews.PortfolioDashboard;
import kr.corepolicy.service.dashboard.DashboardViews.RiskKind;
import kr.corepolicy.service.dashboard.DashboardViews.RiskPage;
import kr.corepolicy.service.dashboard.DashboardViews.RiskReason;
import kr.corepolicy.service.dashboard.DashboardViews.StatusCount;
import kr.corepolicy.service.dashboard.DashboardViews.StrategyFigures;
import kr.corepolicy.service.dashboard.DashboardViews.TaskAtRisk;
import kr.corepolicy.service.organization.UnitRef;
import kr.corepolicy.service.platform.ClockProducer;

/**
 * The portfolio and department dashboards and the tasks at risk. Every employee reads them: their figures come from
 * approved reports, which are official and open to all, and from the task cards, which everyone reads.
 *
 * <p>Each figure is aggregated in the database from each task's official report ({@code policy_task
 * .official_report_id}) and each KPI's standing in it ({@code kpi_standing}), so a dashboard is a fixed number of
 * statements (ten for the portfolio, seven more for a page of tasks at risk) whatever the size of the city or the
 * years of reports behind it. Dropped, replaced and merged tasks (폐기·대체·통합) are counted by status and nowhere
 * else. A task still worked on is at risk when its official report says 일부추진 or 보류, a report of an open period
 * is past its due date unsubmitted, a KPI is below the on-track threshold in its official report, or it has no
 * officer.
 *
 * <p>The portfolio's and a department's figures are counted once and kept ({@link DashboardSnapshots}) until what
 * they are made of changes, the day changes or they are {@link DashboardSnapshots#MAX_AGE} old; then one request
 * counts them again while the others, on any instance, serve the previous ones with the time they were counted. So
 * are the number of tasks at risk and the first {@value #KEPT_RISKS} of them for each filter with their details
 * (reasons, reports, KPIs, names: the same changes move them); only a page past those reads its details when shown.
 *
 * <p><b>No transaction, one connection at a time.</b> A dashboard is read without a transaction of its own, and must
 * be called without one ({@link #outsideTransactions}): the statement that says which figures are current, the claim
 * to count them again and the count itself each take a connection from the pool and give it back. Counting again
 * runs in a transaction of its own (the statements see one state of the data, and the figures are stored with it).
 * Before, a dashboard read in a transaction held its connection while the claim and the store took a second one:
 * when the figures went stale under load (a report approved while a hundred people had the dashboard open), every
 * request held one connection and waited for another, and the pool (30) stayed exhausted until the wait gave up
 * after a minute (found by bench/wrk.sh on the 40× city, 2026-12-01).
 */
@Stateless
@RolesAllowed(Role.Names.USER)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DashboardService {

    /** The reporting periods the trend chart shows, the latest last. */
    public static final int TREND_PERIODS = 8;
    public static final int MAX_RISK_PAGE_SIZE = 100;
    /** The scope of the portfolio's kept figures; a department's is {@link #UNIT} and its id. */
    static final String PORTFOLIO = "portfolio";
    static final String UNIT = "unit:";
    /** The scope of the first tasks at risk kept, followed by the unit's id and the strategy's number (or nothing). */
    static final String RISKS = "risks:";
    /** How many of the first tasks at risk of a filter are kept (five pages of the dashboard). */
    static final int KEPT_RISKS = 100;

    private static final Logger LOG = Logger.getLogger(DashboardService.class.getName());

    private static final String FINAL = "('DROPPED', 'REPLACED', 'MERGED')";
    private static final String FUNDS_SOURCES = "('NATIONAL', 'PROVINCIAL')";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Tasks worked on with a reason to be at risk; parameters: the on-track threshold, today. */
    private static final String AT_RISK = "t.status IN ('ON_TRACK', 'PARTLY', 'ON_HOLD', 'DONE_CONTINUING') AND ("
            + "t.officer_id IS NULL OR o.reported_status IN ('PARTLY', 'ON_HOLD') "
            + "OR EXISTS (SELECT 1 FROM kpi_standing ks WHERE ks.task_id = t.id AND ks.achievement < ?) "
            + "OR EXISTS (SELECT 1 FROM progress_report lr JOIN reporting_period lp ON lp.id = lr.period_id "
            + "LEFT JOIN approval_document ld ON ld.id = lr.document_id WHERE lr.task_id = t.id "
            + "AND lp.state = 'OPEN' AND lp.due_date < ? AND (ld.id IS NULL OR ld.status IN ('DRAFT', 'RETURNED'))))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DashboardSnapshots snapshots;

    @Inject
    private SnapshotMemo memo;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The portfolio: every strategy's figures, their total, the statuses over the last periods. */
    public PortfolioDashboard portfolio() {
        return kept(PORTFOLIO, PortfolioDashboard.class, this::countPortfolio);
    }

    /** {@link #portfolio()} as the JSON the API answers: the kept figures as they are stored, read by nobody. */
    public String portfolioJson() {
        return keptJson(PORTFOLIO, this::countPortfolio);
    }

    /** The same figures for the tasks {@code unitId} owns; 404 for an unknown unit. */
    public DepartmentDashboard department(long unitId) {
        OrgUnit unit = unit(unitId);
        return kept(UNIT + unitId, DepartmentDashboard.class, (today, now) -> countDepartment(unit, today, now));
    }

    /** {@link #department(long)} as the JSON the API answers. */
    public String departmentJson(long unitId) {
        OrgUnit unit = unit(unitId);
        return keptJson(UNIT + unitId, (today, now) -> countDepartment(unit, today, now));
    }

    private OrgUnit unit(long unitId) {
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new NotFoundException("OrgUnit", unitId);
        }
        return unit;
    }

    /** The kept figures of {@code scope} (see {@link #keptJson}) as their record. */
    private <T> T kept(String scope, Class<T> type, BiFunction<LocalDate, Instant, T> count) {
        try {
            return keptFigures(scope, count).as(type);
        } catch (JsonbException unreadable) {
            // Not expected: the format is checked before a snapshot is served. Counted for this request only.
            LOG.log(Level.WARNING, "dashboard snapshot " + scope + " unreadable, counted for this request", unreadable);
            Instant now = clock.instant();
            return count.apply(LocalDate.ofInstant(now, ClockProducer.SEOUL), now);
        }
    }

    /** The kept figures of {@code scope} as JSON (see {@link #keptFigures}). */
    private String keptJson(String scope, BiFunction<LocalDate, Instant, ?> count) {
        return keptFigures(scope, count).json();
    }

    /**
     * The figures of {@code scope} as kept, while current; else counted again by this request if it claims them (or
     * nothing is kept yet), and kept; else, while another request counts them, the previous figures. The database
     * decides which figures these are (one statement without them); this instance's copy of them, read and decoded
     * earlier, is used when it was read at that stamp ({@link SnapshotMemo}).
     */
    private SnapshotMemo.Kept keptFigures(String scope, BiFunction<LocalDate, Instant, ?> count) {
        outsideTransactions();
        // To the millisecond, as the database keeps it: the stamp held here is then the one read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, ClockProducer.SEOUL);
        Snapshot head = snapshots.head(scope);
        boolean readable = head.exists() && SnapshotCodec.FORMAT.equals(head.format());
        // Stale figures are counted again by whoever claims them; a request that cannot (another request, on any
        // instance, claimed them first and is counting) serves the previous figures meanwhile.
        if (head.current(SnapshotCodec.FORMAT, today, now) || readable && !snapshots.claim(scope, now)) {
            SnapshotMemo.Kept copy = memo.get(scope, head.stamp());
            if (copy != null) {
                return copy;
            }
            Snapshot kept = snapshots.read(scope);
            if (kept.figures() != null && SnapshotCodec.FORMAT.equals(kept.format())) {
                // Possibly counted again since the head was read: then these newer figures, under their own stamp.
                return memo.put(scope, kept.stamp(), kept.figures());
            }
        }
        String json = snapshots.countAndStore(scope, SnapshotCodec.FORMAT, head.currentGeneration(), today, now,
                () -> SnapshotCodec.write(count.apply(today, now)));
        return memo.put(scope, new SnapshotMemo.Stamp(SnapshotCodec.FORMAT, head.currentGeneration(), today, now), json);
    }

    /**
     * Refuses to go on inside the caller's transaction: it holds a connection, and the claim and the count would take
     * a second one (see the class's comment). Every caller is a page, an API call or a service without a transaction.
     */
    private void outsideTransactions() {
        if (transactions.getTransactionKey() != null) {
            throw new IllegalStateException("the dashboards are read without a transaction: the caller's would hold "
                    + "a connection while they take another");
        }
    }

    private PortfolioDashboard countPortfolio(LocalDate today, Instant now) {
        KpiThresholds thresholds = thresholds();
        Map<Long, Accumulator> byStrategy = figures(null, thresholds, today);
        List<StrategyFigures> strategies = new ArrayList<>();
        Accumulator total = new Accumulator();
        for (Strategy s : em.createQuery("select s from Strategy s order by s.number", Strategy.class)
                .getResultList()) {
            Accumulator a = byStrategy.getOrDefault(s.getId(), new Accumulator());
            total.add(a);
            strategies.add(new StrategyFigures(s.getId(), s.getNumber(), s.getNameKo(), s.getNameEn(), a.figures()));
        }
        return new PortfolioDashboard(today, now, ThresholdsInForce.of(thresholds), total.figures(), strategies, trend(null));
    }

    private DepartmentDashboard countDepartment(OrgUnit unit, LocalDate today, Instant now) {
        long unitId = unit.getId();
        KpiThresholds thresholds = thresholds();
        Map<Long, Accumulator> byStrategy = figures(unitId, thresholds, today);
        List<StrategyFigures> strategies = new ArrayList<>();
        Accumulator total = new Accumulator();
        if (!byStrategy.isEmpty()) {
            for (Strategy s : em.createQuery("select s from Strategy s where s.id in :ids order by s.number",
                    Strategy.class).setParameter("ids", byStrategy.keySet()).getResultList()) {
                Accumulator a = byStrategy.get(s.getId());
                total.add(a);
                strategies.add(new StrategyFigures(s.getId(), s.getNumber(), s.getNameKo(), s.getNameEn(),
                        a.figures()));
            }
        }
        return new DepartmentDashboard(today, now, ThresholdsInForce.of(thresholds), UnitRef.of(unit), total.figures(), strategies,
                trend(unitId));
    }

    /**
     * A page of the tasks at risk, in management-number order, each with every reason and its source: of the whole
     * portfolio, or of one owning unit ({@code unitId}) or one strategy ({@code strategyNumber}) when given.
     */
    public RiskPage risks(Long unitId, Integer strategyNumber, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_RISK_PAGE_SIZE));
        int pageIndex = Math.max(0, page);
        int from = pageIndex * pageSize;
        if (from + pageSize <= KEPT_RISKS && keepable(unitId, strategyNumber)) {
            // The first ones are kept with the figures, details and all (the same changes move them): a page among
            // them is a slice, read without a statement of its own.
            RiskPage first = kept(RISKS + (unitId == null ? "" : unitId) + ":" + (strategyNumber == null ? ""
                    : strategyNumber), RiskPage.class, (day, now) -> riskPage(unitId, strategyNumber, 0, KEPT_RISKS,
                    thresholds(), day));
            List<TaskAtRisk> all = first.items();
            return new RiskPage(all.subList(Math.min(from, all.size()), Math.min(from + pageSize, all.size())),
                    first.total(), pageIndex, pageSize);
        }
        RiskPage found = riskPage(unitId, strategyNumber, from, pageSize, thresholds(), today());
        return new RiskPage(found.items(), found.total(), pageIndex, pageSize);
    }

    /**
     * How many tasks are at risk under the filter, and {@code max} of them from {@code first} on with their details.
     * The details are read even for an empty page (with an id no task has), so that the number of statements does not
     * depend on whether any task is at risk (StatementCountIT compares the demo data with a large city).
     */
    private RiskPage riskPage(Long unitId, Integer strategyNumber, int first, int max, KpiThresholds thresholds,
            LocalDate today) {
        RiskIds found = riskIds(unitId, strategyNumber, first, max, thresholds, today);
        List<Long> ids = found.first();
        return new RiskPage(atRisk(ids.isEmpty() ? List.of(-1L) : ids, thresholds, today), found.total(), 0, max);
    }

    /**
     * Whether the first tasks at risk of this filter are kept: the portfolio's, an existing unit's, a strategy's by
     * number (so that made-up parameters do not fill the table).
     */
    private boolean keepable(Long unitId, Integer strategyNumber) {
        return (strategyNumber == null || strategyNumber > 0 && strategyNumber < 100)
                && (unitId == null || em.find(OrgUnit.class, unitId) != null);
    }

    /** How many tasks are at risk under the filter, and the ids of {@code max} of them from {@code first} on. */
    private RiskIds riskIds(Long unitId, Integer strategyNumber, int first, int max, KpiThresholds thresholds,
            LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE ").append(AT_RISK);
        List<Object> parameters = new ArrayList<>(List.of(BigDecimal.valueOf(thresholds.getOnTrackFrom()),
                Date.valueOf(today)));
        if (unitId != null) {
            where.append(" AND t.owning_unit_id = ?");
            parameters.add(unitId);
        }
        if (strategyNumber != null) {
            where.append(" AND s.strategy_number = ?");
            parameters.add(strategyNumber);
        }
        String from = " FROM policy_task t JOIN strategy s ON s.id = t.strategy_id "
                + "LEFT JOIN progress_report o ON o.id = t.official_report_id";
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + from + where), parameters)
                .getSingleResult()).longValue();
        List<Long> ids = new ArrayList<>();
        for (Object id : bind(em.createNativeQuery("SELECT t.id" + from + where
                + " ORDER BY s.strategy_number, LENGTH(t.management_number), t.management_number"), parameters)
                .setFirstResult(first).setMaxResults(max).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return new RiskIds(total, ids);
    }

    private List<TaskAtRisk> atRisk(List<Long> ids, KpiThresholds thresholds, LocalDate today) {
        Map<Long, List<RiskReason>> reasons = new HashMap<>();
        ids.forEach(id -> reasons.put(id, new ArrayList<>()));
        Map<Long, Object[]> tasks = new HashMap<>();
        List<Long> officials = new ArrayList<>(List.of(-1L));
        for (Object[] row : em.createQuery("select t.id, t.managementNumber, t.title, t.titleEn, s.number, o.id, "
                + "u.displayName, t.status, t.officialReportId, o.code, o.nameKo, o.nameEn from PolicyTask t join t.strategy s "
                + "join t.owningUnit o left join t.officer u where t.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            tasks.put((Long) row[0], row);
            if (row[8] != null) {
                officials.add((Long) row[8]);
            }
            if (row[6] == null && ((TaskStatus) row[7]).isActive()) {
                reasons.get((Long) row[0]).add(new RiskReason(RiskKind.NO_OFFICER, null, null, null, null, null,
                        null, null, null, null, null, null, null, null));
            }
        }
        Map<Long, Object[]> officialReports = new HashMap<>();
        for (Object[] row : em.createQuery("select r.task.id, r.id, d.id, p, r.reportedStatus, "
                + "r.progressPercent from ProgressReport r join r.period p join r.document d where r.id in :ids",
                Object[].class).setParameter("ids", officials).getResultList()) {
            officialReports.put((Long) row[0], row);
            TaskStatus reported = (TaskStatus) row[4];
            if (reported != null && reported.needsExplanation()) {
                reasons.get((Long) row[0]).add(new RiskReason(RiskKind.REPORTED_STATUS, (Long) row[1],
                        (Long) row[2], ((ReportingPeriod) row[3]).label(), reported, (Integer) row[5], null, null,
                        null, null, null, null, null, null));
            }
        }
        for (Object[] row : em.createQuery("select r.task.id, r.id, p from ProgressReport r join r.period p "
                + "left join r.document d where r.task.id in :ids and p.state = :open and p.dueDate < :today "
                + "and (d is null or d.status in :unsubmitted) order by p.dueDate", Object[].class)
                .setParameter("ids", ids).setParameter("open", PeriodState.OPEN).setParameter("today", today)
                .setParameter("unsubmitted", List.of(DocumentStatus.DRAFT, DocumentStatus.RETURNED))
                .getResultList()) {
            ReportingPeriod p = (ReportingPeriod) row[2];
            reasons.get((Long) row[0]).add(new RiskReason(RiskKind.REPORT_OVERDUE, (Long) row[1], null, p.label(),
                    null, null, p.getDueDate(), ChronoUnit.DAYS.between(p.getDueDate(), today), null, null, null,
                    null, null, null));
        }
        for (Object[] row : em.createQuery("select s.taskId, k.name, k.unit, s.actual, s.expected, s.achievement "
                + "from KpiStanding s, Kpi k where k.id = s.kpiId and s.taskId in :ids and s.achievement < :on "
                + "order by s.achievement", Object[].class).setParameter("ids", ids)
                .setParameter("on", BigDecimal.valueOf(thresholds.getOnTrackFrom())).getResultList()) {
            Object[] official = officialReports.get((Long) row[0]);
            BigDecimal achievement = (BigDecimal) row[5];
            reasons.get((Long) row[0]).add(new RiskReason(RiskKind.KPI_BEHIND,
                    official == null ? null : (Long) official[1], official == null ? null : (Long) official[2],
                    official == null ? null : ((ReportingPeriod) official[3]).label(), null, null, null, null,
                    (String) row[1], (String) row[2], (BigDecimal) row[3], (BigDecimal) row[4], achievement,
                    thresholds.statusOf(achievement)));
        }
        List<TaskAtRisk> result = new ArrayList<>();
        for (Long id : ids) {
            Object[] t = tasks.get(id);
            if (t == null) {
                continue;
            }
            result.add(new TaskAtRisk(id, (String) t[1], (String) t[2], (String) t[3], (Integer) t[4],
                    new UnitRef((Long) t[5], (String) t[9], (String) t[10], (String) t[11], null, null), (String) t[6], (TaskStatus) t[7], reasons.get(id)));
        }
        return result;
    }

    private Map<Long, Accumulator> figures(Long unitId, KpiThresholds thresholds, LocalDate today) {
        String scope = unitId == null ? "" : " AND t.owning_unit_id = ?";
        List<Object> unit = unitId == null ? List.of() : List.of(unitId);
        Map<Long, Accumulator> by = new LinkedHashMap<>();
        for (Object row : bind(em.createNativeQuery("SELECT t.strategy_id, t.status, COUNT(*), "
                + "SUM(r.progress_percent), COUNT(r.progress_percent), SUM(t.planned_outside_funds_won) "
                + "FROM policy_task t LEFT JOIN progress_report r ON r.id = t.official_report_id WHERE 1 = 1" + scope
                + " GROUP BY t.strategy_id, t.status"), unit).getResultList()) {
            Object[] r = (Object[]) row;
            by.computeIfAbsent(id(r[0]), k -> new Accumulator()).tasks(TaskStatus.valueOf((String) r[1]),
                    number(r[2]), number(r[3]), number(r[4]), number(r[5]));
        }
        BigDecimal on = BigDecimal.valueOf(thresholds.getOnTrackFrom());
        BigDecimal behind = BigDecimal.valueOf(thresholds.getBehindFrom());
        List<Object> kpiParameters = new ArrayList<>(List.of(on, behind, on, behind));
        kpiParameters.addAll(unit);
        for (Object row : bind(em.createNativeQuery("SELECT t.strategy_id, "
                + "SUM(CASE WHEN ks.achievement >= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ks.achievement >= ? AND ks.achievement < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ks.achievement < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN ks.achievement IS NULL THEN 1 ELSE 0 END) "
                + "FROM task_kpi k JOIN policy_task t ON t.id = k.task_id "
                + "LEFT JOIN kpi_standing ks ON ks.kpi_id = k.id WHERE t.status NOT IN " + FINAL + scope
                + " GROUP BY t.strategy_id"), kpiParameters).getResultList()) {
            Object[] r = (Object[]) row;
            by.computeIfAbsent(id(r[0]), k -> new Accumulator()).kpis = new KpiRollup(number(r[1]), number(r[2]),
                    number(r[3]), number(r[4]));
        }
        for (Object row : bind(em.createNativeQuery("SELECT t.strategy_id, SUM(g.secured_won) "
                + "FROM report_fund_figure g JOIN policy_task t ON t.official_report_id = g.report_id "
                + "WHERE g.source IN " + FUNDS_SOURCES + " AND t.status NOT IN " + FINAL + scope
                + " GROUP BY t.strategy_id"), unit).getResultList()) {
            Object[] r = (Object[]) row;
            by.computeIfAbsent(id(r[0]), k -> new Accumulator()).securedWon = number(r[1]);
        }
        List<Object> riskParameters = new ArrayList<>(List.of(on, Date.valueOf(today)));
        riskParameters.addAll(unit);
        for (Object row : bind(em.createNativeQuery("SELECT t.strategy_id, COUNT(*) FROM policy_task t "
                + "LEFT JOIN progress_report o ON o.id = t.official_report_id WHERE " + AT_RISK + scope
                + " GROUP BY t.strategy_id"), riskParameters).getResultList()) {
            Object[] r = (Object[]) row;
            by.computeIfAbsent(id(r[0]), k -> new Accumulator()).atRisk = number(r[1]);
        }
        return by;
    }

    /** How the approved reports of the last {@link #TREND_PERIODS} periods set their tasks' statuses. */
    private List<PeriodStatuses> trend(Long unitId) {
        List<Long> periodIds = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM reporting_period ORDER BY period_year DESC, "
                + "CASE WHEN kind = 'MONTHLY' THEN period_no ELSE period_no * 3 END DESC, kind")
                .setMaxResults(TREND_PERIODS).getResultList()) {
            periodIds.add(((Number) id).longValue());
        }
        if (periodIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<TaskStatus, Long>> counts = new HashMap<>();
        List<Object> parameters = new ArrayList<>(periodIds);
        String placeholders = String.join(", ", Collections.nCopies(periodIds.size(), "?"));
        // The approved reports of a period are counted on progress_report's own index (its copy of the decision);
        // a department's are its tasks' (one join more).
        String from = " FROM progress_report r";
        String scope = "";
        if (unitId != null) {
            from += " JOIN policy_task t ON t.id = r.task_id";
            scope = " AND t.owning_unit_id = ?";
            parameters.add(unitId);
        }
        for (Object row : bind(em.createNativeQuery("SELECT r.period_id, r.reported_status, COUNT(*)" + from
                + " WHERE r.approved = TRUE AND r.period_id IN (" + placeholders + ")" + scope
                + " GROUP BY r.period_id, r.reported_status"), parameters)
                .getResultList()) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                counts.computeIfAbsent(id(r[0]), k -> new EnumMap<>(TaskStatus.class))
                        .put(TaskStatus.valueOf((String) r[1]), number(r[2]));
            }
        }
        List<PeriodStatuses> trend = new ArrayList<>();
        for (ReportingPeriod p : em.createQuery("select p from ReportingPeriod p where p.id in :ids",
                ReportingPeriod.class).setParameter("ids", periodIds).getResultList()) {
            Map<TaskStatus, Long> c = counts.getOrDefault(p.getId(), Map.of());
            trend.add(new PeriodStatuses(p.getId(), p.label(), p.lastDay(), statusCounts(c),
                    c.values().stream().mapToLong(Long::longValue).sum()));
        }
        trend.sort((a, b) -> a.lastDay().equals(b.lastDay()) ? a.label().compareTo(b.label())
                : a.lastDay().compareTo(b.lastDay()));
        return trend;
    }

    private KpiThresholds thresholds() {
        KpiThresholds t = em.find(KpiThresholds.class, KpiThresholds.CITY);
        return t == null ? KpiThresholds.defaults() : t;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.SEOUL));
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static List<StatusCount> statusCounts(Map<TaskStatus, Long> counts) {
        List<StatusCount> list = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            list.add(new StatusCount(s, counts.getOrDefault(s, 0L)));
        }
        return list;
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    /** The sums behind {@link Figures}, added up from the per-strategy rows. */
    static final class Accumulator {
        private final Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        private long progressSum;
        private long progressCount;
        private KpiRollup kpis = KpiRollup.EMPTY;
        private long plannedWon;
        private long securedWon;
        private long atRisk;

        void tasks(TaskStatus status, long count, long progress, long withProgress, long planned) {
            byStatus.merge(status, count, Long::sum);
            if (!status.isFinal()) {
                progressSum += progress;
                progressCount += withProgress;
                plannedWon += planned;
            }
        }

        void add(Accumulator other) {
            other.byStatus.forEach((s, n) -> byStatus.merge(s, n, Long::sum));
            progressSum += other.progressSum;
            progressCount += other.progressCount;
            kpis = kpis.plus(other.kpis);
            plannedWon += other.plannedWon;
            securedWon += other.securedWon;
            atRisk += other.atRisk;
        }

        Figures figures() {
            long tasks = 0;
            long counted = 0;
            long completed = 0;
            for (Map.Entry<TaskStatus, Long> e : byStatus.entrySet()) {
                tasks += e.getValue();
                if (!e.getKey().isFinal()) {
                    counted += e.getValue();
                }
                if (e.getKey() == TaskStatus.DONE || e.getKey() == TaskStatus.DONE_CONTINUING) {
                    completed += e.getValue();
                }
            }
            BigDecimal average = progressCount == 0 ? null : BigDecimal.valueOf(progressSum)
                    .divide(BigDecimal.valueOf(progressCount), 1, RoundingMode.HALF_UP);
            return new Figures(tasks, statusCounts(byStatus), counted, completed, percent(completed, counted),
                    progressCount, average, kpis, kpis.onTrackPercent(), plannedWon, securedWon,
                    percent(securedWon, plannedWon), atRisk);
        }
    }
}
