package kr.corepolicy.web.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.ReportContent;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.service.task.TaskViews.KpiView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyBinderTest {

    record Sample(@Min(0) @Max(100) Integer percent, long amount, int year, PeriodKind kind, LocalDate day,
            @Size(max = 3) String code, List<ReportContent.Funds> funds, Set<PeriodKind> kinds,
            Map<@Min(2000) @Max(2100) Integer, BigDecimal> targets) {
    }

    record Odd(@Pattern(regexp = "x") String name) {
    }

    private static Sample bind(String json) {
        return BodyBinder.bind(JsonBody.parse(json.getBytes(StandardCharsets.UTF_8)), Sample.class);
    }

    private static InvalidInputException refused(String json) {
        return assertThrows(InvalidInputException.class, () -> bind(json));
    }

    @Test
    void bindsEveryKindOfValueExactly() {
        Sample s = bind("""
                {"percent": 40, "amount": 9223372036854775807, "year": 2024, "kind": "QUARTERLY",
                 "day": "2024-03-31", "code": "abc", "kinds": ["MONTHLY"],
                 "funds": [{"fiscalYear": 2024, "source": "CITY", "requestedWon": 800000000,
                            "securedWon": 1.0e3, "executedWon": 0}],
                 "targets": {"2024": 1.25}}""");
        assertEquals(40, s.percent());
        assertEquals(Long.MAX_VALUE, s.amount());
        assertEquals(PeriodKind.QUARTERLY, s.kind());
        assertEquals(LocalDate.of(2024, 3, 31), s.day());
        assertEquals(1000L, s.funds().get(0).securedWon(), "1.0e3 is the whole number 1000");
        assertEquals(new BigDecimal("1.25"), s.targets().get(2024));
        assertEquals(Set.of(PeriodKind.MONTHLY), s.kinds());
    }

    @Test
    void absentOrNullWrapperIsNullButAPrimitiveIsRequired() {
        assertNull(bind("{\"amount\": 1, \"year\": 2024}").percent());
        InvalidInputException e = refused("{\"amount\": 1}");
        assertEquals("year", e.getField());
        assertEquals("body.required", e.getMessageKey());
        assertEquals("amount", refused("{\"amount\": null, \"year\": 1}").getField());
        assertEquals("percent", refused("{\"percent\": 101}").getField(), "a wrong value is named before a missing one");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"percent\": 4294967336, \"amount\":1, \"year\":1}                 | percent | body.range",
        "{\"percent\": 1e309, \"amount\":1, \"year\":1}                      | percent | body.range",
        "{\"percent\": -1, \"amount\":1, \"year\":1}                         | percent | body.range",
        "{\"percent\": 1.9, \"amount\":1, \"year\":1}                        | percent | body.whole",
        "{\"percent\": \"40\", \"amount\":1, \"year\":1}                     | percent | body.number",
        "{\"amount\": 18446744073709551621, \"year\":1}                      | amount  | body.range",
        "{\"amount\": 1, \"year\": 2147483648}                               | year    | body.range",
        "{\"amount\": 1, \"year\": 1, \"kind\": \"QUARTER\"}                 | kind    | body.enum",
        "{\"amount\": 1, \"year\": 1, \"kind\": 3}                           | kind    | body.enum",
        "{\"amount\": 1, \"year\": 1, \"day\": \"2024-02-30\"}               | day     | body.date",
        "{\"amount\": 1, \"year\": 1, \"code\": \"abcd\"}                    | code    | body.textLength",
        "{\"amount\": 1, \"year\": 1, \"code\": 12}                          | code    | body.text",
        "{\"amount\": 1, \"year\": 1, \"funds\": {}}                         | funds   | body.list",
        "{\"amount\": 1, \"year\": 1, \"funds\": [null]}                     | funds[0] | body.required",
        "{\"amount\": 1, \"year\": 1, \"funds\": [{\"fiscalYear\": 2024, \"requestedWon\": 18446744073709551621}]} | funds[0].requestedWon | body.range",
        "{\"amount\": 1, \"year\": 1, \"funds\": [{\"fiscalYear\": 2024, \"requestedWon\": 0, \"securedWon\": 0, \"executedWon\": 2.5}]} | funds[0].executedWon | body.whole",
        "{\"amount\": 1, \"year\": 1, \"targets\": {\"1999\": 1}}            | targets[1999] | body.range",
        "{\"amount\": 1, \"year\": 1, \"targets\": {\"year\": 1}}            | targets[year] | body.number",
        "{\"amount\": 1, \"year\": 1, \"percnt\": 40}                        | percnt  | body.unknownField",
    })
    void refusesWithTheFieldAndTheReason(String json, String field, String key) {
        InvalidInputException e = refused(json);
        assertEquals(field, e.getField(), e.getMessage());
        assertEquals(key, e.getMessageKey(), e.getMessage());
    }

    @Test
    void theRefusalSaysWhatIsAllowed() {
        InvalidInputException e = refused("{\"percent\": 4294967336, \"amount\":1, \"year\":1}");
        assertEquals(List.of("percent", "4294967336", "0", "100"), List.of(e.getArguments()));
        InvalidInputException kind = refused("{\"amount\": 1, \"year\": 1, \"kind\": \"QUARTER\"}");
        assertEquals("MONTHLY, QUARTERLY", kind.getArguments()[2]);
    }

    @Test
    void kpiFiguresKeepFourDecimalsAndFifteenDigits() {
        String base = "{\"name\":\"n\",\"unit\":\"u\",\"baseline\": %s}";
        KpiView ok = BodyBinder.bind(JsonBody.parse(String.format(base, "-12.3456").getBytes(StandardCharsets.UTF_8)),
                KpiView.class);
        assertEquals(new BigDecimal("-12.3456"), ok.baseline());
        InvalidInputException precise = assertThrows(InvalidInputException.class, () -> BodyBinder.bind(
                JsonBody.parse(String.format(base, "1.23456").getBytes(StandardCharsets.UTF_8)), KpiView.class));
        assertEquals("body.fraction", precise.getMessageKey());
        InvalidInputException big = assertThrows(InvalidInputException.class, () -> BodyBinder.bind(
                JsonBody.parse(String.format(base, "1e15").getBytes(StandardCharsets.UTF_8)), KpiView.class));
        assertEquals("body.range", big.getMessageKey());
    }

    @Test
    void malformedJsonSaysWhere() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JsonBody.parse("{\n  \"a\": 1,,\n}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("body.malformed", e.getMessageKey());
        assertEquals("2", e.getArguments()[0]);
    }

    @Test
    void aConstraintTheBinderDoesNotReadIsADeveloperErrorNotASilentPass() {
        assertThrows(IllegalStateException.class,
                () -> BodyBinder.bind(JsonBody.parse("{\"name\":\"y\"}".getBytes(StandardCharsets.UTF_8)), Odd.class));
    }
}
