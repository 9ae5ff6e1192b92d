package kr.corepolicy.service.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's copy of the kept figures it last read, decoded, under the stamp of the row they were read from
 * (format, generation, day and time counted). The database still decides on every request which figures are current
 * (one statement without the figures, {@link DashboardSnapshots#head}); when its stamp is the one held here, the
 * figures are neither read again nor decoded again. A copy is never served under another stamp, so every instance
 * serves what the database says, whatever the others hold.
 */
@ApplicationScoped
public class SnapshotMemo {

    /** More scopes than a city has (the portfolio, each department, each filter of the tasks at risk): start over. */
    static final int MAX_SCOPES = 10_000;

    /** Where a row was when it was read; the time counted to the millisecond, as the database keeps it. */
    public record Stamp(String format, long generation, LocalDate asOf, Instant computedAt) {

        public Stamp {
            computedAt = computedAt == null ? null : computedAt.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** Figures as kept (JSON) and, once asked for, as their record. */
    public static final class Kept {

        private final Stamp stamp;
        private final String json;
        private volatile Object decoded;

        Kept(Stamp stamp, String json) {
            this.stamp = stamp;
            this.json = json;
        }

        public Stamp stamp() {
            return stamp;
        }

        public String json() {
            return json;
        }

        /** The figures as a {@code type}, decoded once; a {@link JsonbException} when they cannot be. */
        public <T> T as(Class<T> type) {
            Object value = decoded;
            if (!type.isInstance(value)) {
                value = SnapshotCodec.read(json, type);
                decoded = value;
            }
            return type.cast(value);
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The copy of {@code scope}'s figures read at {@code stamp}, or null. */
    public Kept get(String scope, Stamp stamp) {
        Kept copy = kept.get(scope);
        return copy != null && copy.stamp().equals(stamp) ? copy : null;
    }

    /** Holds the figures of {@code scope} as read (or counted and stored) at {@code stamp}, and answers them. */
    public Kept put(String scope, Stamp stamp, String json) {
        if (kept.size() >= MAX_SCOPES) {
            kept.clear();
        }
        Kept copy = new Kept(stamp, json);
        kept.put(scope, copy);
        return copy;
    }

    /** Drops every copy: the next request of each scope reads its figures again. */
    public void clear() {
        kept.clear();
    }
}
