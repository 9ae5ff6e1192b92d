package kr.corepolicy.web.faces.report;

import java.io.Serializable;
import java.math.BigDecimal;
import kr.corepolicy.service.report.ReportViews.KpiLine;

/** One KPI of the task with the actual being reported (reports/edit.xhtml). */
public class KpiRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long kpiId;
    private final String name;
    private final String unit;
    private final BigDecimal target;
    private BigDecimal actual;

    KpiRow(KpiLine line) {
        this.kpiId = line.kpiId();
        this.name = line.name();
        this.unit = line.unit();
        this.target = line.target();
        this.actual = line.actual();
    }

    public long getKpiId() {
        return kpiId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public void setActual(BigDecimal actual) {
        this.actual = actual;
    }
}
