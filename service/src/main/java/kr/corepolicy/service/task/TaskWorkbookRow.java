package kr.corepolicy.service.task;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.WonAmount;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.service.task.TaskWorkbookSheets.Cell;
import kr.corepolicy.service.task.TaskWorkbookSheets.Row;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;

/**
 * One data row of a {@link TaskWorkbook} being read: typed access to its cells by heading, every problem reported
 * against the row. Cells are read by their type; formulas by their cached value, never evaluated: a formula error
 * and a formula without a cached value are refused with the cell's place, never read as empty. Amounts written as
 * text may use Korean notation ({@link WonAmount}).
 */
final class TaskWorkbookRow {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./]\\s*(\\d{1,2})\\s*[-./]\\s*(\\d{1,2})\\.?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\r\\n]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String sheet;
    private final Row row;
    private final Map<String, Integer> columns;
    private final List<CellError> errors;
    private final int errorsBefore;

    /** A row of a sheet whose columns (by {@link #key heading key}) are known; problems go to {@code errors}. */
    TaskWorkbookRow(String sheet, Row row, Map<String, Integer> columns, List<CellError> errors) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    boolean clean() {
        return errors.size() == errorsBefore;
    }

    void error(String column, String key, Object... arguments) {
        errors.add(new CellError(sheet, row.index() + 1, column, key, Arrays.asList(arguments)));
    }

    private Cell cell(int col) {
        return col < 0 ? null : row.cell(col);
    }

    private int col(String heading) {
        return columns.getOrDefault(key(heading), -1);
    }

    /**
     * Whether the cell shows nothing that can be read, reported: a formula error, or a formula whose result was
     * never stored (evaluating it would need the whole workbook in memory, which the import avoids, and a value
     * computed otherwise than by the spreadsheet program must not become an official figure).
     */
    private boolean unreadable(int col, String heading) {
        Cell cell = cell(col);
        if (type(cell) == CellType.ERROR) {
            error(heading, "import.cellError", cell.error());
            return true;
        }
        if (type(cell) == CellType.FORMULA) {
            error(heading, "import.uncachedFormula", new CellReference(row.index(), col).formatAsString());
            return true;
        }
        return false;
    }

    /** The cell's text, null when blank or unreadable (which is reported). */
    private String raw(int col, String heading) {
        return unreadable(col, heading) ? null : cellText(cell(col));
    }

    String text(String heading, boolean required) {
        int col = col(heading);
        boolean failed = unreadable(col, heading);
        String text = failed ? null : cellText(cell(col));
        if (text == null && required && !failed) {
            error(heading, "import.required");
        }
        return text;
    }

    /** The management number of a row of a data sheet, which must be on the task sheet when that was read. */
    String task(Set<String> known) {
        String number = text(TaskWorkbook.NUMBER, true);
        if (number != null && known != null && !known.contains(number)) {
            error(TaskWorkbook.NUMBER, "import.unknownTask", number);
        }
        return number;
    }

    /** A number; null when blank or bad (reported with {@code badKey}). */
    private BigDecimal number(int col, String heading, String badKey) {
        Cell cell = cell(col);
        if (type(cell) == CellType.NUMERIC) {
            return toDecimal(cell.number());
        }
        String text = raw(col, heading);
        if (text == null) {
            return null;
        }
        if (type(cell) != CellType.STRING || !NUMBER.matcher(text).matches()) {
            error(heading, badKey, text);
            return null;
        }
        return normalise(new BigDecimal(text.replace(",", "")));
    }

    BigDecimal decimal(String heading) {
        return decimal(col(heading), heading);
    }

    BigDecimal decimal(int col, String heading) {
        return number(col, heading, "import.badNumber");
    }

    Integer integer(String heading, boolean required) {
        int errorsNow = errors.size();
        BigDecimal value = number(col(heading), heading, "import.badInteger");
        if (value == null) {
            if (required && errors.size() == errorsNow) {
                error(heading, "import.required");
            }
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            error(heading, "import.badInteger", value.toPlainString());
            return null;
        }
    }

    /**
     * Won: a whole number, not negative, at most {@link WonAmount#MAX_WON}; null when blank or bad. Text is read
     * as {@link WonAmount} reads it (500,000,000원, 12억, 3억 5천만원).
     */
    Long amount(String heading) {
        int col = col(heading);
        Cell cell = cell(col);
        if (type(cell) == CellType.STRING) {
            String text = cellText(cell);
            if (text == null) {
                return null;
            }
            try {
                return WonAmount.parse(text);
            } catch (InvalidInputException e) {
                error(heading, e.getMessageKey(), e.getArguments());
                return null;
            }
        }
        BigDecimal value = number(col, heading, "import.badNumber");
        if (value == null) {
            return null;
        }
        if (value.scale() > 0) {
            error(heading, "import.badInteger", value.toPlainString());
            return null;
        }
        if (value.signum() < 0) {
            error(heading, "import.negative", value.toPlainString());
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(WonAmount.MAX_WON)) > 0) {
            error(heading, WonAmount.TOO_LARGE, value.toPlainString(), WonAmount.format(WonAmount.MAX_WON));
            return null;
        }
        return value.longValueExact();
    }

    /** A required date: a date cell, or text as 2023-01-01, 2023.01.01 or 2023.1.1. */
    LocalDate date(String heading) {
        int col = col(heading);
        Cell cell = cell(col);
        CellType type = type(cell);
        if (type == CellType.NUMERIC && cell.dateFormatted()) {
            return cell.date().toLocalDate();
        }
        if (unreadable(col, heading)) {
            return null;
        }
        String text = cellText(cell);
        if (text == null) {
            error(heading, "import.required");
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (type == CellType.STRING && m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                error(heading, "import.badDate", text);
                return null;
            }
        }
        error(heading, "import.badDate", text);
        return null;
    }

    /** One of the labels (or enum names) of a column; {@code ifBlank} when empty, required when that is null. */
    <E extends Enum<E>> E choice(String heading, Map<E, String> labels, E ifBlank) {
        int col = col(heading);
        boolean failed = unreadable(col, heading);
        String text = failed ? null : cellText(cell(col));
        if (text == null) {
            if (ifBlank == null && !failed) {
                error(heading, "import.required");
            }
            return ifBlank;
        }
        E value = lookup(labels, text);
        if (value == null) {
            error(heading, "import.badValue", text, String.join(", ", labels.values()));
        }
        return value;
    }

    /** At least one source, separated by commas, semicolons or line breaks. */
    Set<TaskSource> sources(String heading) {
        Set<TaskSource> sources = EnumSet.noneOf(TaskSource.class);
        List<String> parts = codes(heading, true);
        for (String part : parts) {
            TaskSource source = lookup(TaskWorkbook.SOURCE_LABELS, part);
            if (source == null) {
                error(heading, "import.badValue", part, String.join(", ", TaskWorkbook.SOURCE_LABELS.values()));
            } else {
                sources.add(source);
            }
        }
        return sources;
    }

    /** Unit codes separated by commas, semicolons or line breaks, each once. */
    List<String> codes(String heading) {
        return codes(heading, false);
    }

    private List<String> codes(String heading, boolean required) {
        String text = text(heading, required);
        Set<String> codes = new LinkedHashSet<>();
        if (text != null) {
            for (String part : LIST_SEPARATOR.split(text)) {
                if (!part.isBlank()) {
                    codes.add(part.strip());
                }
            }
        }
        if (text != null && codes.isEmpty() && required) {
            error(heading, "import.required");
        }
        return List.copyOf(codes);
    }

    /** The type of what a cell shows (a formula's cached result type, as read); blank when there is no cell. */
    static CellType type(Cell cell) {
        return cell == null ? CellType.BLANK : cell.type();
    }

    /** The trimmed text of a non-error cell, numbers written plainly; null when blank. */
    static String cellText(Cell cell) {
        String text = switch (type(cell)) {
            case STRING -> cell.text().strip();
            case NUMERIC -> toDecimal(cell.number()).toPlainString();
            case BOOLEAN -> cell.number() != 0 ? "TRUE" : "FALSE";
            default -> "";
        };
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal toDecimal(double value) {
        return normalise(BigDecimal.valueOf(value));
    }

    /** Without trailing zeros, and integers at scale 0: 12 stays 12 and 12.5 stays 12.5. */
    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Headings compare without whitespace, so "담당자아이디" finds "담당자 아이디". */
    static String key(String heading) {
        return WHITESPACE.matcher(heading).replaceAll("");
    }

    private static <E extends Enum<E>> E lookup(Map<E, String> labels, String text) {
        String wanted = key(text);
        for (Map.Entry<E, String> label : labels.entrySet()) {
            if (key(label.getValue()).equals(wanted) || label.getKey().name().equals(wanted.toUpperCase(Locale.ROOT))) {
                return label.getKey();
            }
        }
        return null;
    }
}
