package kr.corepolicy.service.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboards' figures kept in the database ({@code dashboard_snapshot}, V15), so that a dashboard is counted
 * once per change of what it is made of, not once per request, and every instance sharing the database serves the
 * same figures. Native SQL: the rows are a cache and a lock, not records anyone edits.
 *
 * <p>What the figures are made of changes in the services that change it: they call {@link #changed()} in their
 * transaction, which adds one to {@code dashboard_generation}. A snapshot is served while it was counted at the
 * current generation, today, in the current format and less than {@link #MAX_AGE} ago (what a service does not
 * report, such as a database edited by hand, shows after that). Else one instance at a time claims it for
 * {@link #CLAIM} and counts again; the others serve the previous figures meanwhile, with the time they were counted.
 */
@Stateless
@PermitAll // called by the services only: the dashboards (every employee reads them) and every writer of their data
public class DashboardSnapshots {

    /** The oldest figures served as current, whatever the generation says. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** How long a claim to count again holds (an instance that died while counting gives way after it). */
    static final Duration CLAIM = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(DashboardSnapshots.class.getName());

    @PersistenceContext
    private EntityManager em;

    /** A scope's snapshot as stored (absent: {@code figures} null) and the current generation, in one statement. */
    public record Snapshot(long currentGeneration, String format, long generation, LocalDate asOf,
            Instant computedAt, String figures) {

        /** Whether figures are kept for the scope (read or not). */
        public boolean exists() {
            return format != null;
        }

        /** Where the row was when it was read. */
        public SnapshotMemo.Stamp stamp() {
            return new SnapshotMemo.Stamp(format, generation, asOf, computedAt);
        }

        /** Whether these figures may be served as current: same generation, format and day, not too old. */
        public boolean current(String currentFormat, LocalDate today, Instant now) {
            return exists() && generation == currentGeneration && currentFormat.equals(format) && today.equals(asOf)
                    && computedAt.plus(MAX_AGE).isAfter(now);
        }
    }

    /**
     * Reads the snapshot of {@code scope} with the current generation, but not its figures ({@code figures} null). In
     * the caller's transaction if it has one, else in none: the connection goes back to the pool after the statement.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Snapshot head(String scope) {
        return select(scope, false);
    }

    /** Reads the snapshot of {@code scope} with the current generation (in a transaction only if the caller has one). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Snapshot read(String scope) {
        return select(scope, true);
    }

    private Snapshot select(String scope, boolean withFigures) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT g.generation, s.format, s.generation, s.as_of, "
                        + "s.computed_at" + (withFigures ? ", s.figures" : "") + " FROM dashboard_generation g "
                        + "LEFT JOIN dashboard_snapshot s ON s.scope = ?1 WHERE g.id = 1")
                .setParameter(1, scope)
                .getSingleResult();
        return new Snapshot(((Number) row[0]).longValue(), (String) row[1],
                row[2] == null ? -1 : ((Number) row[2]).longValue(), date(row[3]), instant(row[4]),
                withFigures ? text(row[5]) : null);
    }

    /**
     * Claims the kept figures of {@code scope} to count them again, for {@link #CLAIM}: false when another request,
     * on any instance, holds the claim (one conditional update, committed on its own).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String scope, Instant now) {
        int taken = em.createNativeQuery("UPDATE dashboard_snapshot SET claimed_until = ?1 WHERE scope = ?2 "
                        + "AND (claimed_until IS NULL OR claimed_until < ?3)")
                .setParameter(1, Timestamp.from(now.plus(CLAIM)))
                .setParameter(2, scope)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return taken == 1;
    }

    /**
     * Counts the figures of {@code scope} ({@code count}: their JSON) and keeps them as counted at {@code generation},
     * giving the claim back, in one transaction of its own: the count's statements see one state of the data and
     * use this transaction's connection, the only one the request holds (the dashboards are read without a
     * transaction, {@link DashboardService}). Returns the figures kept.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String countAndStore(String scope, String format, long generation, LocalDate asOf, Instant computedAt,
            Supplier<String> count) {
        String figures = count.get();
        int updated = em.createNativeQuery("UPDATE dashboard_snapshot SET format = ?1, generation = ?2, as_of = ?3, "
                        + "computed_at = ?4, figures = ?5, claimed_until = NULL WHERE scope = ?6")
                .setParameter(1, format)
                .setParameter(2, generation)
                .setParameter(3, Date.valueOf(asOf))
                .setParameter(4, Timestamp.from(computedAt))
                .setParameter(5, figures)
                .setParameter(6, scope)
                .executeUpdate();
        if (updated == 0) {
            try {
                em.createNativeQuery("INSERT INTO dashboard_snapshot (scope, format, generation, as_of, computed_at, "
                                + "figures) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, scope)
                        .setParameter(2, format)
                        .setParameter(3, generation)
                        .setParameter(4, Date.valueOf(asOf))
                        .setParameter(5, Timestamp.from(computedAt))
                        .setParameter(6, figures)
                        .executeUpdate();
            } catch (PersistenceException racedByAnotherInstance) {
                // Another instance stored the first snapshot of this scope at the same moment: theirs is kept.
                LOG.log(Level.FINE, "dashboard snapshot {0} stored by another instance", scope);
            }
        }
        return figures;
    }

    /**
     * What the dashboards count has changed in the caller's transaction. Called last in a service method (it
     * flushes first), so that the generation's row is the last lock the transaction takes.
     */
    public void changed() {
        em.flush();
        em.createNativeQuery("UPDATE dashboard_generation SET generation = generation + 1 WHERE id = 1")
                .executeUpdate();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof java.time.LocalDateTime l ? Timestamp.valueOf(l).toInstant() : (Instant) value;
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("dashboard snapshot unreadable", e);
            }
        }
        return (String) value;
    }
}
