package kr.corepolicy.domain.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import kr.corepolicy.domain.shared.InvalidInputException;

/**
 * The planning office's thresholds that turn a KPI's achievement into a status: at or above {@code onTrackFrom} %
 * of its trajectory a KPI is 정상, at or above {@code behindFrom} % 미흡, below that 부진. One row for the city,
 * shown next to every status.
 */
@Entity
@Table(name = "kpi_thresholds")
public class KpiThresholds {

    /** The id of the city's one row. */
    public static final int CITY = 1;
    public static final int DEFAULT_ON_TRACK_FROM = 90;
    public static final int DEFAULT_BEHIND_FROM = 60;

    @Id
    @Column(name = "id")
    private int id = CITY;

    @Column(name = "on_track_from", nullable = false)
    private int onTrackFrom;

    @Column(name = "behind_from", nullable = false)
    private int behindFrom;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected KpiThresholds() {
        // for JPA
    }

    /** Thresholds not (yet) stored: the defaults, 90 % and 60 %. */
    public static KpiThresholds defaults() {
        KpiThresholds t = new KpiThresholds();
        t.onTrackFrom = DEFAULT_ON_TRACK_FROM;
        t.behindFrom = DEFAULT_BEHIND_FROM;
        return t;
    }

    /** Thresholds as given, checked as {@link #change} checks them (for figures computed outside a transaction). */
    public static KpiThresholds of(int onTrackFrom, int behindFrom) {
        KpiThresholds t = defaults();
        t.change(onTrackFrom, behindFrom, null, null);
        return t;
    }

    /**
     * Sets both thresholds: whole percentages with {@code 0 < behindFrom < onTrackFrom <= 100}. Each refusal names
     * its field.
     */
    public void change(int newOnTrackFrom, int newBehindFrom, String by, Instant at) {
        if (newOnTrackFrom < 1 || newOnTrackFrom > 100) {
            throw new InvalidInputException("onTrackFrom", "kpi.thresholdRange", "on-track threshold out of range",
                    String.valueOf(newOnTrackFrom));
        }
        if (newBehindFrom < 1 || newBehindFrom >= newOnTrackFrom) {
            throw new InvalidInputException("behindFrom", "kpi.thresholdOrder",
                    "behind threshold must be below the on-track one", String.valueOf(newBehindFrom),
                    String.valueOf(newOnTrackFrom));
        }
        this.onTrackFrom = newOnTrackFrom;
        this.behindFrom = newBehindFrom;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The status of an achievement (null: no data). */
    public KpiStatus statusOf(BigDecimal achievementPercent) {
        if (achievementPercent == null) {
            return KpiStatus.NO_DATA;
        }
        if (achievementPercent.compareTo(BigDecimal.valueOf(onTrackFrom)) >= 0) {
            return KpiStatus.ON_TRACK;
        }
        return achievementPercent.compareTo(BigDecimal.valueOf(behindFrom)) >= 0 ? KpiStatus.BEHIND
                : KpiStatus.FAR_BEHIND;
    }

    public int getOnTrackFrom() {
        return onTrackFrom;
    }

    public int getBehindFrom() {
        return behindFrom;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
