package kr.corepolicy.web.rest.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.ReportingPeriod;

/** The body of {@code POST /api/periods}: which month or quarter, its due date and grace days. */
public record PeriodInput(PeriodKind kind, @Min(ReportingPeriod.FIRST_YEAR) @Max(ReportingPeriod.LAST_YEAR) Integer year,
        @Min(1) @Max(12) Integer number, LocalDate dueDate,
        @Min(0) @Max(ReportingPeriod.MAX_GRACE_DAYS) Integer graceDays) {
}
