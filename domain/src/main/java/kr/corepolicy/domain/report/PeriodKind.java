package kr.corepolicy.domain.report;

/** How often reports are due: a month or a quarter of a calendar year. */
public enum PeriodKind {
    MONTHLY(12),
    QUARTERLY(4);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** How many periods a year has (12 months, 4 quarters). */
    public int perYear() {
        return perYear;
    }
}
