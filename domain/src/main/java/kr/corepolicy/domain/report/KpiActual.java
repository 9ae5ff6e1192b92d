package kr.corepolicy.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The measured value of one KPI for the period of a report, with the KPI's name and unit as they were, so that
 * an approved report reads the same after the KPI is renamed.
 */
@Embeddable
public class KpiActual {

    @Column(name = "kpi_id", nullable = false)
    private long kpiId;

    @Column(name = "kpi_name", nullable = false, length = 200)
    private String kpiName;

    @Column(name = "kpi_unit", nullable = false, length = 30)
    private String kpiUnit;

    @Column(name = "actual_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    protected KpiActual() {
        // for JPA
    }

    public KpiActual(long kpiId, String kpiName, String kpiUnit, BigDecimal value) {
        this.kpiId = kpiId;
        this.kpiName = Objects.requireNonNull(kpiName, "name");
        this.kpiUnit = Objects.requireNonNull(kpiUnit, "unit");
        this.value = Objects.requireNonNull(value, "value");
    }

    public long getKpiId() {
        return kpiId;
    }

    public String getKpiName() {
        return kpiName;
    }

    public String getKpiUnit() {
        return kpiUnit;
    }

    public BigDecimal getValue() {
        return value;
    }
}
