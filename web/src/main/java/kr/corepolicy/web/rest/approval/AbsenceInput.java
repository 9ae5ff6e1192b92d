package kr.corepolicy.web.rest.approval;

import java.time.LocalDate;

/** The body of {@code POST /api/absences}: who is away, who stands in, from when to when, why. */
public record AbsenceInput(String absent, String deputy, LocalDate firstDay, LocalDate lastDay, String reason) {
}
