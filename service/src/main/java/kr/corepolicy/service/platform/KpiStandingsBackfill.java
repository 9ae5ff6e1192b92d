package kr.corepolicy.service.platform;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import kr.corepolicy.domain.kpi.KpiAssessment;
import kr.corepolicy.domain.kpi.KpiTrajectory;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.task.KpiDirection;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 14: fills what V13 added for the reports approved before it — each task's official report (the
 * approved report of the latest period by its last day, of two the later decision, as
 * {@code ProgressReport.officialAmong} decides) and each KPI's standing in it. Plain JDBC (the migration runs before
 * JPA), the same rule ({@link KpiTrajectory}) as {@link KpiStandings}. The data generator calls {@link #fill} after
 * writing a city.
 */
public class KpiStandingsBackfill implements JavaMigration {

    /** A KPI's standing as a row; also what {@code KpiStandings} writes on approval (one rule, one statement). */
    public static final String INSERT = "INSERT INTO kpi_standing (kpi_id, task_id, report_id, period_id, target_value, "
            + "expected_value, actual_value, achievement) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14");
    }

    @Override
    public String getDescription() {
        return "official reports and KPI standings";
    }

    @Override
    public Integer getChecksum() {
        return 14_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    private record Official(long reportId, long periodId, LocalDate lastDay, int year, int month, Timestamp decidedAt) {

        boolean laterThan(Official other) {
            int byDay = lastDay.compareTo(other.lastDay);
            if (byDay != 0) {
                return byDay > 0;
            }
            if (decidedAt == null || other.decidedAt == null) {
                return other.decidedAt == null && decidedAt != null;
            }
            return decidedAt.after(other.decidedAt);
        }
    }

    private record KpiLine(long kpiId, long taskId, KpiDirection direction, BigDecimal baseline,
            Map<Integer, BigDecimal> targets) {
    }

    /** Writes every task's official report and its KPIs' standings, replacing what the standings held. */
    public static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // What V13 computed for the rows it found; the data generator writes its rows after V13.
            s.executeUpdate("UPDATE policy_task SET planned_outside_funds_won = COALESCE((SELECT SUM(f.amount_won) "
                    + "FROM task_fund_plan f WHERE f.task_id = policy_task.id "
                    + "AND f.source IN ('NATIONAL', 'PROVINCIAL')), 0)");
            s.executeUpdate("UPDATE progress_report SET approved = TRUE WHERE approved = FALSE AND document_id IN "
                    + "(SELECT d.id FROM approval_document d WHERE d.status = 'APPROVED')");
        }
        Map<Long, Official> officials = officials(c);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE policy_task SET official_report_id = ? WHERE id = ?")) {
            int n = 0;
            for (Map.Entry<Long, Official> e : officials.entrySet()) {
                update.setLong(1, e.getValue().reportId());
                update.setLong(2, e.getKey());
                update.addBatch();
                if (++n % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM kpi_standing");
        }
        Map<Long, KpiLine> kpis = kpis(c);
        Map<Long, BigDecimal> actuals = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.kpi_id, a.actual_value "
                + "FROM report_kpi_actual a JOIN policy_task t ON t.official_report_id = a.report_id")) {
            while (rs.next()) {
                actuals.put(rs.getLong(1), rs.getBigDecimal(2));
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            int n = 0;
            for (KpiLine k : kpis.values()) {
                Official o = officials.get(k.taskId());
                if (o == null) {
                    continue;
                }
                KpiAssessment a = new KpiTrajectory(k.direction(), k.baseline(), k.targets()).assess(o.year(),
                        o.month(), actuals.get(k.kpiId()));
                insert.setLong(1, k.kpiId());
                insert.setLong(2, k.taskId());
                insert.setLong(3, o.reportId());
                insert.setLong(4, o.periodId());
                insert.setBigDecimal(5, a.target());
                insert.setBigDecimal(6, a.expected());
                insert.setBigDecimal(7, a.actual());
                insert.setBigDecimal(8, a.achievementPercent());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Map<Long, Official> officials(Connection c) throws SQLException {
        Map<Long, Official> officials = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.task_id, r.id, p.id, p.kind, "
                + "p.period_year, p.period_no, d.decided_at FROM progress_report r "
                + "JOIN approval_document d ON d.id = r.document_id JOIN reporting_period p ON p.id = r.period_id "
                + "WHERE d.status = 'APPROVED'")) {
            while (rs.next()) {
                PeriodKind kind = PeriodKind.valueOf(rs.getString(4));
                int year = rs.getInt(5);
                int number = rs.getInt(6);
                int month = kind == PeriodKind.MONTHLY ? number : number * 3;
                LocalDate lastDay = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                Official o = new Official(rs.getLong(2), rs.getLong(3), lastDay, year, month, rs.getTimestamp(7));
                officials.merge(rs.getLong(1), o, (a, b) -> b.laterThan(a) ? b : a);
            }
        }
        return officials;
    }

    private static Map<Long, KpiLine> kpis(Connection c) throws SQLException {
        Map<Long, KpiLine> kpis = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, task_id, direction, baseline FROM task_kpi")) {
            while (rs.next()) {
                kpis.put(rs.getLong(1), new KpiLine(rs.getLong(1), rs.getLong(2),
                        KpiDirection.valueOf(rs.getString(3)), rs.getBigDecimal(4), new TreeMap<>()));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT kpi_id, target_year, target_value FROM task_kpi_target")) {
            while (rs.next()) {
                KpiLine k = kpis.get(rs.getLong(1));
                if (k != null) {
                    k.targets().put(rs.getInt(2), rs.getBigDecimal(3));
                }
            }
        }
        return kpis;
    }
}
