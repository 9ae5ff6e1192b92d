package kr.corepolicy.domain.kpi;

/**
 * The planning office's thresholds in force, as a value: a KPI is 정상 at or above {@code onTrackFrom} % of its
 * trajectory, 미흡 at or above {@code behindFrom} %, 부진 below. What a task's KPIs and the dashboards' figures were
 * counted with ({@link KpiThresholds} is the stored row, with who set it and its version).
 */
public record ThresholdsInForce(int onTrackFrom, int behindFrom) {

    public static ThresholdsInForce of(KpiThresholds thresholds) {
        return new ThresholdsInForce(thresholds.getOnTrackFrom(), thresholds.getBehindFrom());
    }
}
