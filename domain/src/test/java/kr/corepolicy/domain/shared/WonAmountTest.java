package kr.corepolicy.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WonAmountTest {

    @ParameterizedTest(name = "\"{0}\" is {1} won")
    @CsvSource(delimiter = '|', textBlock = """
            500000000              | 500000000
            500,000,000            | 500000000
            500,000,000원           | 500000000
            1,234,000,000원         | 1234000000
            ' 1,234,000,000 원 '    | 1234000000
            ₩500,000,000           | 500000000
            ￦ 500,000,000          | 500000000
            0                      | 0
            0원                     | 0
            007                    | 7
            12억                    | 1200000000
            12억원                  | 1200000000
            12 억                   | 1200000000
            3억 5천만원              | 350000000
            3억5천만                 | 350000000
            3 억 5 천 만 원           | 350000000
            5천만                   | 50000000
            5천만원                  | 50000000
            천만원                   | 10000000
            백만원                   | 1000000
            1억2천만원               | 120000000
            1억 2천만 원              | 120000000
            3천5백만원               | 35000000
            1천2백3십4만             | 12340000
            5,000만원               | 50000000
            2500만                  | 25000000
            1.5억                   | 150000000
            1.23456789억            | 123456789
            0.5조                   | 500000000000
            1,234억                 | 123400000000
            1조 2,345억 6,789만 1,234원 | 1234567891234
            1만 5000원               | 15000
            1만 5천원                | 15000
            1억 5천만 3천원           | 150003000
            5천                     | 5000
            5천원                    | 5000
            ５억                    | 500000000
            ５００，０００，０００원      | 500000000
            ３억　５천만원            | 350000000
            10조                    | 10000000000000
            10,000,000,000,000     | 10000000000000
            """)
    void everyAcceptedFormIsRead(String text, long won) {
        assertEquals(won, WonAmount.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                 | won.unreadable
            '   '              | won.unreadable
            원                  | won.unreadable
            억                  | won.unreadable
            만원                | won.unreadable
            3억억               | won.unreadable
            3만억               | won.unreadable
            12,34원             | won.unreadable
            1,5억               | won.unreadable
            1,2345             | won.unreadable
            1234,567           | won.unreadable
            500.000.000        | won.unreadable
            1 000              | won.unreadable
            12 34              | won.unreadable
            abc                | won.unreadable
            1e9                | won.unreadable
            +500               | won.unreadable
            15천               | won.unreadable
            0천만               | won.unreadable
            5백3천              | won.unreadable
            천천                | won.unreadable
            1.5천만             | won.unreadable
            1억 1.5만           | won.unreadable
            1조 12000억         | won.unreadable
            1만 50000          | won.unreadable
            3억 5천만원원        | won.unreadable
            오억원               | won.unreadable
            3억5천              | won.ambiguous
            3억 5000            | won.ambiguous
            1조 5천             | won.ambiguous
            2천5               | won.ambiguous
            3십45              | won.ambiguous
            5천 300원           | won.ambiguous
            1.5                | won.fraction
            500.000            | won.fraction
            1,000.00원          | won.fraction
            1.234567891억       | won.fraction
            -500               | won.negative
            －500               | won.negative
            −500               | won.negative
            △500,000           | won.negative
            -3억                | won.negative
            10,000,000,000,001 | won.tooLarge
            10조 1만             | won.tooLarge
            11조                | won.tooLarge
            99999999999999999999999 | won.tooLarge
            """)
    void everyRefusedFormIsRefusedWithItsKeyAndTheTextAsWritten(String text, String key) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WonAmount.parse(text));
        assertEquals(key, e.getMessageKey());
        assertEquals("amount", e.getField());
        assertEquals(text.strip(), e.getArguments()[0], "the message shows what was written");
    }

    @Test
    void nullIsUnreadableAndVeryLongTextIsNotScanned() {
        assertEquals(WonAmount.UNREADABLE,
                assertThrows(InvalidInputException.class, () -> WonAmount.parse(null)).getMessageKey());
        assertEquals(WonAmount.UNREADABLE, assertThrows(InvalidInputException.class,
                () -> WonAmount.parse("1".repeat(61))).getMessageKey());
    }

    @Test
    void tooLargeNamesTheMaximum() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WonAmount.parse("11조"));
        assertEquals(List.of("11조", "10,000,000,000,000"), List.of(e.getArguments()));
    }

    @Test
    void formattedAmountsAreGroupedByThousandsAndReadBack() {
        for (long won : new long[] {0, 7, 1_000, 500_000_000, 1_234_000_000, WonAmount.MAX_WON}) {
            assertEquals(won, WonAmount.parse(WonAmount.format(won)));
        }
        assertEquals("1,234,000,000", WonAmount.format(1_234_000_000));
    }

    @Test
    void theMaximumIsTheTaskFundPlansBound() {
        assertEquals(kr.corepolicy.domain.task.PolicyTask.MAX_AMOUNT_WON, WonAmount.MAX_WON);
    }
}
