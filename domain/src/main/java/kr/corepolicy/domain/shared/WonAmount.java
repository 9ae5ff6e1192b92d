package kr.corepolicy.domain.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of won as planning offices write it, read into whole won: plain digits ({@code 500000000}), digits
 * grouped by thousands ({@code 500,000,000원}, {@code ₩1,234,000,000}) and the Korean units 조, 억 and 만 with
 * 천, 백 and 십 inside them ({@code 12억}, {@code 1.5억}, {@code 3억 5천만원}, {@code 1억2천만원}, {@code 5천만},
 * {@code 1만 5000원}); full-width digits and spaces between the units are accepted. Refused, each with its message
 * key and the text as written as the first argument: what is not an amount or is ambiguous ({@code 12,34원},
 * {@code 억}, {@code 3억억}, and {@code 3억5천}, which may mean 3억 5천만 or 300,005,000), fractions of a won,
 * negative amounts and amounts over {@link #MAX_WON}. Pure: no state, no container.
 */
public final class WonAmount {

    /** The largest amount: 10조 won, the bound of every money figure (a city's whole budget is far below it). */
    public static final long MAX_WON = 10_000_000_000_000L;

    /** Not an amount in any accepted form. */
    public static final String UNREADABLE = "won.unreadable";
    /** Readable two ways, e.g. 3억5천 (3억 5천만, or 300,005,000). */
    public static final String AMBIGUOUS = "won.ambiguous";
    /** Not a whole number of won. */
    public static final String FRACTION = "won.fraction";
    /** Below zero. */
    public static final String NEGATIVE = "won.negative";
    /** Over {@link #MAX_WON}; the second argument is the maximum, grouped by thousands. */
    public static final String TOO_LARGE = "won.tooLarge";

    /** Longer text is no amount (and is not worth scanning). */
    private static final int MAX_LENGTH = 60;
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern SPACE_AROUND_UNIT = Pattern.compile("\\s*([조억만천백십])\\s*");
    private static final String BIG_UNITS = "조억만";
    private static final int[] BIG_EXPONENTS = {12, 8, 4};
    private static final String SMALL_UNITS = "천백십";
    private static final int[] SMALL_EXPONENTS = {3, 2, 1};
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private WonAmount() {
    }

    /**
     * The whole won that {@code text} writes; refused with an {@link InvalidInputException} (field
     * {@code amount}) whose key is one of {@link #UNREADABLE}, {@link #AMBIGUOUS}, {@link #FRACTION},
     * {@link #NEGATIVE} or {@link #TOO_LARGE}. Blank text is {@link #UNREADABLE}: callers decide what empty means.
     */
    public static long parse(String text) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty() || written.length() > MAX_LENGTH) {
            throw refused(UNREADABLE, written);
        }
        String s = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        if (s.startsWith("-") || s.startsWith("\u2212") || s.startsWith("△") || s.startsWith("▲")) {
            throw refused(NEGATIVE, written);
        }
        if (s.startsWith("₩")) {
            s = s.substring(1).strip();
        }
        if (s.endsWith("원")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = SPACE_AROUND_UNIT.matcher(s).replaceAll("$1");
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            throw refused(UNREADABLE, written);
        }
        BigDecimal won = new Scanner(s, written).amount();
        if (won.stripTrailingZeros().scale() > 0) {
            throw refused(FRACTION, written);
        }
        if (won.compareTo(BigDecimal.valueOf(MAX_WON)) > 0) {
            throw refused(TOO_LARGE, written);
        }
        return won.longValueExact();
    }

    /** Won grouped by thousands, as the pages show it: 1,234,000,000. */
    public static String format(long won) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(won);
    }

    private static InvalidInputException refused(String key, String written) {
        if (TOO_LARGE.equals(key)) {
            return new InvalidInputException("amount", key, "amount over the maximum: " + written, written,
                    format(MAX_WON));
        }
        return new InvalidInputException("amount", key, "not an amount of won (" + key + "): " + written, written);
    }

    /**
     * Reads groups left to right: a coefficient (digits, or digits with 천/백/십) and then 조, 억 or 만, in
     * falling order; a last group without a unit holds what is below 만. A fraction is allowed only in the first
     * coefficient of a unit (1.5억; 500.000 is refused, a decimal point never groups thousands); a later
     * coefficient stays below 10,000 so that groups never overlap.
     */
    private static final class Scanner {

        private final String s;
        private final String written;
        private int pos;

        Scanner(String s, String written) {
            this.s = s;
            this.written = written;
        }

        BigDecimal amount() {
            BigDecimal total = BigDecimal.ZERO;
            int previous = Integer.MAX_VALUE;
            boolean first = true;
            while (pos < s.length()) {
                boolean decimal = false;
                BigDecimal coefficient;
                char c = s.charAt(pos);
                if (Character.isDigit(c)) {
                    Matcher m = NUMBER.matcher(s).region(pos, s.length());
                    if (!m.lookingAt()) {
                        throw refused(UNREADABLE, written);
                    }
                    pos = m.end();
                    decimal = m.group(2) != null;
                    if (pos < s.length() && SMALL_UNITS.indexOf(s.charAt(pos)) >= 0) {
                        if (decimal || m.group(1).length() != 1 || m.group(1).equals("0")) {
                            throw refused(UNREADABLE, written);
                        }
                        coefficient = small(m.group(1).charAt(0) - '0');
                    } else {
                        coefficient = new BigDecimal(m.group().replace(",", ""));
                    }
                } else if (SMALL_UNITS.indexOf(c) >= 0) {
                    coefficient = small(1);
                } else {
                    throw refused(UNREADABLE, written);
                }
                boolean overlaps = !first && (decimal || coefficient.compareTo(TEN_THOUSAND) >= 0);
                int big = pos < s.length() ? BIG_UNITS.indexOf(s.charAt(pos)) : -1;
                if (big >= 0) {
                    int exponent = BIG_EXPONENTS[big];
                    if (exponent >= previous || overlaps) {
                        throw refused(UNREADABLE, written);
                    }
                    pos++;
                    total = total.add(coefficient.movePointRight(exponent));
                    previous = exponent;
                } else {
                    if (pos < s.length() || overlaps) {
                        throw refused(UNREADABLE, written);
                    }
                    if (decimal) {
                        throw refused(FRACTION, written);
                    }
                    if (previous == BIG_EXPONENTS[0] || previous == BIG_EXPONENTS[1]) {
                        throw refused(AMBIGUOUS, written);
                    }
                    total = total.add(coefficient);
                }
                first = false;
            }
            return total;
        }

        /**
         * A number below 만 written with 천, 백 and 십 in falling order ("3천5백"), whose first unit, at
         * {@code pos}, has {@code digit} as its coefficient. Digits after the last unit ("2천5", said for 2,500)
         * are ambiguous, except the one digit of the ones after 십 ("3십4").
         */
        private BigDecimal small(int digit) {
            BigDecimal value = BigDecimal.ZERO;
            int next = 0;
            int coefficient = digit;
            while (true) {
                int unit = SMALL_UNITS.indexOf(s.charAt(pos));
                if (unit < next) {
                    throw refused(UNREADABLE, written);
                }
                value = value.add(BigDecimal.valueOf(coefficient).movePointRight(SMALL_EXPONENTS[unit]));
                next = unit + 1;
                pos++;
                if (pos >= s.length()) {
                    return value;
                }
                char c = s.charAt(pos);
                if (SMALL_UNITS.indexOf(c) >= 0) {
                    coefficient = 1;
                } else if (c >= '1' && c <= '9' && pos + 1 < s.length()
                        && SMALL_UNITS.indexOf(s.charAt(pos + 1)) >= 0) {
                    coefficient = c - '0';
                    pos++;
                } else if (unit == SMALL_UNITS.length() - 1 && Character.isDigit(c)
                        && (pos + 1 == s.length() || !Character.isDigit(s.charAt(pos + 1)))) {
                    pos++;
                    return value.add(BigDecimal.valueOf(c - '0'));
                } else if (Character.isDigit(c)) {
                    throw refused(AMBIGUOUS, written);
                } else {
                    return value;
                }
            }
        }
    }
}
