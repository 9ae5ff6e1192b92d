package kr.corepolicy.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.ReportingPeriod;
import org.junit.jupiter.api.Test;

class ReportMappingTest {

    @Test
    void figuresLoseTheColumnsTrailingZerosButNotTheirValue() {
        assertEquals("14.5", ReportMapping.plain(new BigDecimal("14.5000")).toString());
        assertEquals("120", ReportMapping.plain(new BigDecimal("120.0000")).toString());
        assertEquals("0", ReportMapping.plain(new BigDecimal("0.0000")).toString());
        assertNull(ReportMapping.plain(null));
    }

    @Test
    void periodsAreNamedAsOfficialDocumentsNameThem() {
        Instant now = Instant.parse("2026-10-01T00:00:00Z");
        assertEquals("2026년 4분기", ReportMapping.label(new ReportingPeriod(PeriodKind.QUARTERLY, 2026, 4,
                LocalDate.of(2027, 1, 8), 3, "planner", now)));
        assertEquals("2026년 11월", ReportMapping.label(new ReportingPeriod(PeriodKind.MONTHLY, 2026, 11,
                LocalDate.of(2026, 12, 5), 0, "planner", now)));
    }
}
