package kr.corepolicy.web.faces.report;

import java.io.Serializable;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.service.report.ReportViews.FundLine;

/** One fund line of a report: the plan beside the requested, secured and executed amounts (reports/edit.xhtml). */
public class FundRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int fiscalYear;
    private final FundSource source;
    private final long plannedWon;
    private Long requestedWon;
    private Long securedWon;
    private Long executedWon;

    FundRow(FundLine line) {
        this.fiscalYear = line.fiscalYear();
        this.source = line.source();
        this.plannedWon = line.plannedWon();
        this.requestedWon = line.requestedWon();
        this.securedWon = line.securedWon();
        this.executedWon = line.executedWon();
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public FundSource getSource() {
        return source;
    }

    public long getPlannedWon() {
        return plannedWon;
    }

    public Long getRequestedWon() {
        return requestedWon;
    }

    public void setRequestedWon(Long requestedWon) {
        this.requestedWon = requestedWon;
    }

    public Long getSecuredWon() {
        return securedWon;
    }

    public void setSecuredWon(Long securedWon) {
        this.securedWon = securedWon;
    }

    public Long getExecutedWon() {
        return executedWon;
    }

    public void setExecutedWon(Long executedWon) {
        this.executedWon = executedWon;
    }
}
