package kr.corepolicy.service.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.domain.kpi.KpiThresholds;

/**
 * The planning office's KPI thresholds as everyone reads them: a KPI is 정상 at or above {@code onTrackFrom} % of its
 * trajectory, 미흡 at or above {@code behindFrom} %, 부진 below.
 *
 * @param onTrackFrom whole percentage from which a KPI is on track
 * @param behindFrom whole percentage from which a KPI is behind (below it: far behind)
 * @param updatedBy the name of who set them last, null while they are the defaults of the installation
 * @param updatedAt when they were set last, null while they are the defaults
 * @param version the version to send back with a change
 * @param changeableByMe whether the caller may change them (planning office, administrator)
 */
public record KpiThresholdsView(int onTrackFrom, int behindFrom, String updatedBy, Instant updatedAt, long version,
        boolean changeableByMe) {

    /** The status of an achievement in % under these thresholds (null: no data). */
    public KpiStatus statusOf(BigDecimal achievementPercent) {
        return KpiThresholds.of(onTrackFrom, behindFrom).statusOf(achievementPercent);
    }
}
