package kr.corepolicy.domain.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One line of the fund plan: the won planned for a fiscal year from one source. Compares by value. */
@Embeddable
public class FundPlanLine {

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private FundSource source;

    @Column(name = "amount_won", nullable = false)
    private long amountWon;

    protected FundPlanLine() {
        // for JPA
    }

    FundPlanLine(int fiscalYear, FundSource source, long amountWon) {
        this.fiscalYear = fiscalYear;
        this.source = source;
        this.amountWon = amountWon;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public FundSource getSource() {
        return source;
    }

    public long getAmountWon() {
        return amountWon;
    }

    boolean isFor(int year, FundSource fundSource) {
        return fiscalYear == year && source == fundSource;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FundPlanLine other && fiscalYear == other.fiscalYear && source == other.source
                && amountWon == other.amountWon;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fiscalYear, source, amountWon);
    }
}
