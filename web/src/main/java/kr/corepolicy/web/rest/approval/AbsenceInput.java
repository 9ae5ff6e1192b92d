package kr.corepolicy.web.rest.approval;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.approval.Absence;

/** The body of {@code POST /api/absences}: who is away, who stands in, from when to when, why. */
public record AbsenceInput(@Size(max = UserAccount.USERNAME_MAX) String absent,
        @Size(max = UserAccount.USERNAME_MAX) String deputy, LocalDate firstDay, LocalDate lastDay,
        @Size(max = Absence.REASON_MAX) String reason) {
}
