package kr.corepolicy.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import kr.corepolicy.domain.task.FundSource;

/**
 * The money of one fiscal year and source as a report states it, in won: requested from the province or the
 * ministries (신청), secured (확보) and executed (집행). Executed money cannot exceed secured money.
 */
@Embeddable
public class FundFigure {

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private FundSource source;

    @Column(name = "requested_won", nullable = false)
    private long requestedWon;

    @Column(name = "secured_won", nullable = false)
    private long securedWon;

    @Column(name = "executed_won", nullable = false)
    private long executedWon;

    protected FundFigure() {
        // for JPA
    }

    public FundFigure(int fiscalYear, FundSource source, long requestedWon, long securedWon, long executedWon) {
        this.fiscalYear = fiscalYear;
        this.source = Objects.requireNonNull(source, "source");
        this.requestedWon = requestedWon;
        this.securedWon = securedWon;
        this.executedWon = executedWon;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public FundSource getSource() {
        return source;
    }

    public long getRequestedWon() {
        return requestedWon;
    }

    public long getSecuredWon() {
        return securedWon;
    }

    public long getExecutedWon() {
        return executedWon;
    }
}
