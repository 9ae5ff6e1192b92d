package kr.corepolicy.web.rest.report;

import java.time.LocalDate;
import kr.corepolicy.domain.report.PeriodKind;

/** The body of {@code POST /api/periods}: which month or quarter, its due date and grace days. */
public record PeriodInput(PeriodKind kind, Integer year, Integer number, LocalDate dueDate, Integer graceDays) {
}
