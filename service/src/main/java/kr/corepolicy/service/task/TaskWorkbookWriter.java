package kr.corepolicy.service.task;

import static kr.corepolicy.service.task.TaskWorkbook.BASELINE;
import static kr.corepolicy.service.task.TaskWorkbook.COLLABORATING;
import static kr.corepolicy.service.task.TaskWorkbook.CONTENT;
import static kr.corepolicy.service.task.TaskWorkbook.DIRECTION;
import static kr.corepolicy.service.task.TaskWorkbook.DIRECTION_LABELS;
import static kr.corepolicy.service.task.TaskWorkbook.END;
import static kr.corepolicy.service.task.TaskWorkbook.FISCAL_YEAR;
import static kr.corepolicy.service.task.TaskWorkbook.FUNDS;
import static kr.corepolicy.service.task.TaskWorkbook.FUND_LABELS;
import static kr.corepolicy.service.task.TaskWorkbook.GUIDE;
import static kr.corepolicy.service.task.TaskWorkbook.HOW_MEASURED;
import static kr.corepolicy.service.task.TaskWorkbook.KPIS;
import static kr.corepolicy.service.task.TaskWorkbook.KPI_NAME;
import static kr.corepolicy.service.task.TaskWorkbook.MAX_ROWS;
import static kr.corepolicy.service.task.TaskWorkbook.MILESTONES;
import static kr.corepolicy.service.task.TaskWorkbook.NUMBER;
import static kr.corepolicy.service.task.TaskWorkbook.OFFICER;
import static kr.corepolicy.service.task.TaskWorkbook.ORDER;
import static kr.corepolicy.service.task.TaskWorkbook.OWNING_UNIT;
import static kr.corepolicy.service.task.TaskWorkbook.QUARTER;
import static kr.corepolicy.service.task.TaskWorkbook.SOURCES;
import static kr.corepolicy.service.task.TaskWorkbook.SOURCE_LABELS;
import static kr.corepolicy.service.task.TaskWorkbook.START;
import static kr.corepolicy.service.task.TaskWorkbook.STATUS;
import static kr.corepolicy.service.task.TaskWorkbook.STATUS_LABELS;
import static kr.corepolicy.service.task.TaskWorkbook.STRATEGY;
import static kr.corepolicy.service.task.TaskWorkbook.SUMMARY;
import static kr.corepolicy.service.task.TaskWorkbook.TASKS;
import static kr.corepolicy.service.task.TaskWorkbook.TERM;
import static kr.corepolicy.service.task.TaskWorkbook.TERM_LABELS;
import static kr.corepolicy.service.task.TaskWorkbook.TITLE;
import static kr.corepolicy.service.task.TaskWorkbook.TITLE_EN;
import static kr.corepolicy.service.task.TaskWorkbook.TOTAL;
import static kr.corepolicy.service.task.TaskWorkbook.UNIT;
import static kr.corepolicy.service.task.TaskWorkbook.YEAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.service.task.TaskViews.UnitRef;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the layout of {@link TaskWorkbook}: styled headings, typed cells, the guide sheet first. */
final class TaskWorkbookWriter {

    /** How the cells of a column are formatted. */
    private enum Kind {
        TEXT, LONG_TEXT, INTEGER, DATE, NUMBER, AMOUNT
    }

    /** A column: heading, format and width in characters. */
    private record Column(String heading, Kind kind, int width) {
    }

    private static final int DEFAULT_YEARS = 5;
    private static final byte[] HEADING_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

    private static final List<Column> TASK_COLUMNS = List.of(new Column(NUMBER, Kind.TEXT, 10),
            new Column(STRATEGY, Kind.INTEGER, 9), new Column(TITLE, Kind.TEXT, 36),
            new Column(TITLE_EN, Kind.TEXT, 36), new Column(SUMMARY, Kind.LONG_TEXT, 60),
            new Column(OWNING_UNIT, Kind.TEXT, 12), new Column(OFFICER, Kind.TEXT, 14),
            new Column(COLLABORATING, Kind.TEXT, 24), new Column(SOURCES, Kind.TEXT, 30),
            new Column(START, Kind.DATE, 12), new Column(END, Kind.DATE, 12), new Column(TERM, Kind.TEXT, 9),
            new Column(STATUS, Kind.TEXT, 14));
    private static final List<Column> MILESTONE_COLUMNS = List.of(new Column(NUMBER, Kind.TEXT, 10),
            new Column(YEAR, Kind.INTEGER, 8), new Column(QUARTER, Kind.INTEGER, 6),
            new Column(CONTENT, Kind.LONG_TEXT, 70));
    private static final List<Column> KPI_COLUMNS = List.of(new Column(NUMBER, Kind.TEXT, 10),
            new Column(ORDER, Kind.INTEGER, 6), new Column(KPI_NAME, Kind.TEXT, 32), new Column(UNIT, Kind.TEXT, 9),
            new Column(DIRECTION, Kind.TEXT, 7), new Column(BASELINE, Kind.NUMBER, 10),
            new Column(HOW_MEASURED, Kind.LONG_TEXT, 40));

    private final XSSFWorkbook workbook;
    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
    private final CellStyle headingStyle;

    private TaskWorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        headingStyle = headingStyle();
        styles.put(Kind.TEXT, style("@", false));
        styles.put(Kind.LONG_TEXT, style("@", true));
        styles.put(Kind.INTEGER, style("0", false));
        styles.put(Kind.DATE, style("yyyy-mm-dd", false));
        styles.put(Kind.NUMBER, style("General", false));
        styles.put(Kind.AMOUNT, style("#,##0", false));
    }

    static byte[] write(List<TaskCard> cards) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new TaskWorkbookWriter(workbook).fill(cards);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(List<TaskCard> cards) {
        guide();
        SheetWriter tasks = new SheetWriter(TASKS, TASK_COLUMNS);
        tasks.dropDown(TERM, TERM_LABELS.values());
        tasks.dropDown(STATUS, STATUS_LABELS.values());
        SheetWriter milestones = new SheetWriter(MILESTONES, MILESTONE_COLUMNS);
        List<Integer> years = targetYears(cards);
        List<Column> kpiColumns = new ArrayList<>(KPI_COLUMNS);
        years.forEach(y -> kpiColumns.add(new Column(String.valueOf(y), Kind.NUMBER, 10)));
        SheetWriter kpis = new SheetWriter(KPIS, kpiColumns);
        kpis.dropDown(DIRECTION, DIRECTION_LABELS.values());
        List<Column> fundColumns = new ArrayList<>(List.of(new Column(NUMBER, Kind.TEXT, 10),
                new Column(FISCAL_YEAR, Kind.INTEGER, 9)));
        FUND_LABELS.values().forEach(label -> fundColumns.add(new Column(label, Kind.AMOUNT, 16)));
        fundColumns.add(new Column(TOTAL, Kind.AMOUNT, 16));
        SheetWriter funds = new SheetWriter(FUNDS, fundColumns);

        for (TaskCard card : cards) {
            String number = card.managementNumber();
            tasks.row(number, card.strategyNumber(), card.title(), card.titleEn(), card.summary(),
                    card.owningUnit() == null ? null : card.owningUnit().code(),
                    card.officer() == null ? "" : card.officer().username(), codes(card.collaboratingUnits()),
                    card.sources().stream().sorted().map(SOURCE_LABELS::get).collect(Collectors.joining(", ")),
                    card.start(), card.end(), card.term() == null ? null : TERM_LABELS.get(card.term()),
                    card.status() == null ? null : STATUS_LABELS.get(card.status()));
            for (MilestoneView m : card.milestones()) {
                milestones.row(number, m.year(), m.quarter(), m.content());
            }
            int order = 1;
            for (KpiView k : card.kpis()) {
                List<Object> values = new ArrayList<>(Arrays.asList(number, order++, k.name(), k.unit(),
                        k.direction() == null ? null : DIRECTION_LABELS.get(k.direction()), k.baseline(),
                        k.howMeasured()));
                Map<Integer, ?> targets = k.targets() == null ? Map.of() : k.targets();
                years.forEach(y -> values.add(targets.get(y)));
                kpis.row(values.toArray());
            }
            fundRows(funds, number, card.fundPlan());
        }
    }

    private static void fundRows(SheetWriter funds, String number, List<FundLineView> plan) {
        Map<Integer, Map<FundSource, Long>> byYear = new TreeMap<>();
        for (FundLineView line : plan) {
            if (line.amountWon() != 0) {
                byYear.computeIfAbsent(line.fiscalYear(), y -> new EnumMap<>(FundSource.class))
                        .merge(line.source(), line.amountWon(), Long::sum);
            }
        }
        byYear.forEach((year, amounts) -> {
            List<Object> values = new ArrayList<>(List.of(number, year));
            FUND_LABELS.keySet().forEach(source -> values.add(amounts.get(source)));
            values.add(amounts.values().stream().mapToLong(Long::longValue).sum());
            funds.row(values.toArray());
        });
    }

    private static String codes(List<UnitRef> units) {
        return units == null ? "" : units.stream().map(UnitRef::code).collect(Collectors.joining(", "));
    }

    /** From the earliest to the latest target year of all cards; this year and the next ones when there is none. */
    private static List<Integer> targetYears(List<TaskCard> cards) {
        List<Integer> all = cards.stream().flatMap(c -> c.kpis().stream())
                .filter(k -> k.targets() != null).flatMap(k -> k.targets().keySet().stream()).toList();
        int first = all.stream().mapToInt(Integer::intValue).min().orElse(Year.now().getValue());
        int last = all.stream().mapToInt(Integer::intValue).max().orElse(first + DEFAULT_YEARS - 1);
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        return years;
    }

    private void guide() {
        Sheet sheet = workbook.createSheet(GUIDE);
        CellStyle wrap = styles.get(Kind.LONG_TEXT);
        String[] headings = {"시트", "항목", "설명"};
        int[] widths = {12, 16, 100};
        Row heading = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            Cell cell = heading.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(headingStyle);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        int index = 1;
        for (String[] line : TaskWorkbookGuide.lines()) {
            Row row = sheet.createRow(index++);
            for (int i = 0; i < line.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(line[i]);
                cell.setCellStyle(wrap);
            }
        }
    }

    private CellStyle headingStyle() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(new XSSFColor(HEADING_FILL, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private CellStyle style(String format, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** One data sheet: its headings, its column formats and the next free row. */
    private final class SheetWriter {

        private final Sheet sheet;
        private final List<Column> columns;
        private int next = 1;

        SheetWriter(String name, List<Column> columns) {
            this.sheet = workbook.createSheet(name);
            this.columns = columns;
            Row heading = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Cell cell = heading.createCell(i);
                cell.setCellValue(column.heading());
                cell.setCellStyle(headingStyle);
                sheet.setColumnWidth(i, column.width() * 256);
                sheet.setDefaultColumnStyle(i, styles.get(column.kind()));
            }
            sheet.createFreezePane(0, 1);
        }

        /** Offers the allowed labels of a column as a drop-down on the data rows. */
        void dropDown(String heading, Collection<String> labels) {
            int col = columns.stream().map(Column::heading).toList().indexOf(heading);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(labels.toArray(String[]::new)),
                    new CellRangeAddressList(1, MAX_ROWS, col, col));
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }

        /** Appends a row; null and blank values leave the cell empty. */
        void row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellStyle(styles.get(columns.get(i).kind()));
                Object value = values[i];
                if (value instanceof String text) {
                    if (!text.isBlank()) {
                        cell.setCellValue(text);
                    }
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                }
            }
        }
    }
}
