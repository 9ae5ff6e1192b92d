package kr.corepolicy.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.shared.WonAmount;
import org.junit.jupiter.api.Test;

/** The pages' display of won (#11, item 11): grouped by thousands with its unit, and what it shows reads back. */
class WonConverterTest {

    @Test
    void aKoreanPageShowsTheAmountGroupedWithWon() {
        assertEquals("1,000,000,000원", WonConverter.display(1_000_000_000L, Language.KO));
        assertEquals("0원", WonConverter.display(0, Language.KO));
        assertEquals("950원", WonConverter.display(950, Language.KO));
    }

    @Test
    void anEnglishPageShowsTheWonSignBeforeTheGroupedAmount() {
        assertEquals("₩1,234,000,000", WonConverter.display(1_234_000_000L, Language.EN));
    }

    @Test
    void whatThePageShowsReadsBackAsTheSameAmount() {
        for (long won : new long[] {0, 7, 1_000, 350_000_000L, 1_234_000_000L, WonAmount.MAX_WON}) {
            for (Language language : Language.values()) {
                assertEquals(won, WonAmount.parse(WonConverter.display(won, language)), language + " " + won);
            }
        }
    }

    @Test
    void inputsTakeTheKoreanUnitsAndThousandsSeparators() {
        assertEquals(1_200_000_000L, WonAmount.parse("12억"));
        assertEquals(1_234_000_000L, WonAmount.parse("1,234,000,000"));
    }
}
