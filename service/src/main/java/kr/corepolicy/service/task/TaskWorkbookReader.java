package kr.corepolicy.service.task;

import static kr.corepolicy.service.task.TaskWorkbookRow.cellText;
import static kr.corepolicy.service.task.TaskWorkbookRow.key;
import static kr.corepolicy.service.task.TaskWorkbookRow.type;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.service.task.TaskWorkbook.ReadResult;
import kr.corepolicy.service.task.TaskWorkbook.Reference;
import kr.corepolicy.service.task.TaskWorkbook.ReferenceKind;
import kr.corepolicy.service.task.TaskWorkbookSheets.Cell;
import kr.corepolicy.service.task.TaskWorkbookSheets.Row;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.xml.sax.SAXException;

/**
 * Reads the layout of {@link TaskWorkbook}, collecting every structural problem instead of stopping at the
 * first: the sheets and their columns here, the cells of each row in {@link TaskWorkbookRow}.
 */
final class TaskWorkbookReader {

    private static final Pattern YEAR_HEADING = Pattern.compile("\\d{4}");

    static {
        // Behind the measurement of TaskWorkbookZip, POI's own zip-bomb guard never allows more either.
        if (ZipSecureFile.getMaxEntrySize() > TaskWorkbook.MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(TaskWorkbook.MAX_ENTRY_BYTES);
        }
    }

    private final TaskWorkbookSheets workbook;
    private final List<CellError> errors = new ArrayList<>();
    /** The strategies, units and users named on the task sheet, for the service to look up all at once. */
    private final List<Reference> references = new ArrayList<>();
    /** What the data sheets add to each task of the task sheet, by management number in sheet order. */
    private final Map<String, Parts> parts = new LinkedHashMap<>();

    private TaskWorkbookReader(TaskWorkbookSheets workbook) {
        this.workbook = workbook;
    }

    /**
     * Reads at most {@value TaskWorkbook#MAX_FILE_BYTES} bytes of the upload, measures what they inflate to and
     * only then streams the sheets.
     */
    static ReadResult read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(TaskWorkbook.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return notXlsx();
        }
        if (bytes.length > TaskWorkbook.MAX_FILE_BYTES) {
            return refused(CellError.ofFile("import.tooLarge", List.of()));
        }
        CellError tooLarge = TaskWorkbookZip.check(bytes);
        if (tooLarge != null) {
            return refused(tooLarge);
        }
        try (TaskWorkbookSheets workbook = TaskWorkbookSheets.open(bytes)) {
            return new TaskWorkbookReader(workbook).read();
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            return notXlsx();
        }
    }

    private static ReadResult notXlsx() {
        return refused(CellError.ofFile("import.notXlsx", List.of()));
    }

    private static ReadResult refused(CellError error) {
        return new ReadResult(List.of(), List.of(error));
    }

    /**
     * Reads every sheet whatever the problems of the others, so that one pass lists them all; the drafts are
     * those of the task rows that read clean.
     */
    private ReadResult read() throws IOException, SAXException {
        List<TaskRow> tasks = tasks();
        Set<String> known = tasks == null ? null : parts.keySet();
        milestones(known);
        kpis(known);
        funds(known);
        if (tasks == null) {
            return new ReadResult(List.of(), List.of(), errors, references);
        }
        List<TaskDraft> drafts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (TaskRow t : tasks) {
            rows.add(t.excelRow());
            Parts p = parts.get(t.number());
            List<KpiView> kpis = p.kpis.stream().sorted(Comparator.comparingInt(OrderedKpi::order))
                    .map(OrderedKpi::kpi).toList();
            List<FundLineView> funds = new ArrayList<>();
            p.funds.forEach((year, amounts) -> amounts.forEach((source, won) ->
                    funds.add(new FundLineView(year, source, won))));
            drafts.add(new TaskDraft(t.number(), t.title(), t.titleEn(), t.summary(), t.strategy(), t.owningUnit(),
                    t.officer(), t.collaborating(), t.sources(), t.start(), t.end(), t.term(), t.status(),
                    p.milestones, kpis, funds));
        }
        return new ReadResult(drafts, rows, errors, references);
    }

    /** The task sheet; null when it cannot be read at all. */
    private List<TaskRow> tasks() throws IOException, SAXException {
        Table table = table(TaskWorkbook.TASKS, TaskWorkbook.TASK_COLUMNS, false);
        if (table == null) {
            return null;
        }
        List<TaskRow> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            TaskWorkbookRow l = new TaskWorkbookRow(table.name(), row, table.columns(), errors);
            String number = l.text(TaskWorkbook.NUMBER, true);
            Integer strategy = l.integer(TaskWorkbook.STRATEGY, true);
            String title = l.text(TaskWorkbook.TITLE, true);
            String titleEn = l.text(TaskWorkbook.TITLE_EN, false);
            String summary = l.text(TaskWorkbook.SUMMARY, false);
            String owningUnit = l.text(TaskWorkbook.OWNING_UNIT, true);
            String officer = l.text(TaskWorkbook.OFFICER, false);
            List<String> collaborating = l.codes(TaskWorkbook.COLLABORATING);
            Set<TaskSource> sources = l.sources(TaskWorkbook.SOURCES);
            LocalDate start = l.date(TaskWorkbook.START);
            LocalDate end = l.date(TaskWorkbook.END);
            TaskTerm term = l.choice(TaskWorkbook.TERM, TaskWorkbook.TERM_LABELS, null);
            TaskStatus status = l.choice(TaskWorkbook.STATUS, TaskWorkbook.STATUS_LABELS, TaskStatus.ON_TRACK);
            int excelRow = row.index() + 1;
            if (strategy != null) {
                references.add(new Reference(excelRow, TaskWorkbook.STRATEGY, ReferenceKind.STRATEGY,
                        String.valueOf(strategy)));
            }
            if (owningUnit != null) {
                references.add(new Reference(excelRow, TaskWorkbook.OWNING_UNIT, ReferenceKind.UNIT, owningUnit));
            }
            if (officer != null) {
                references.add(new Reference(excelRow, TaskWorkbook.OFFICER, ReferenceKind.USER, officer));
            }
            collaborating.forEach(code -> references.add(new Reference(excelRow, TaskWorkbook.COLLABORATING,
                    ReferenceKind.UNIT, code)));
            if (number != null && parts.containsKey(number)) {
                l.error(TaskWorkbook.NUMBER, "import.duplicateTask", number);
            } else if (number != null) {
                parts.put(number, new Parts());
            }
            if (l.clean()) {
                rows.add(new TaskRow(excelRow, number, strategy, title, titleEn, summary, owningUnit,
                        officer, collaborating, sources, start, end, term, status));
            }
        }
        return rows;
    }

    private void milestones(Set<String> known) throws IOException, SAXException {
        Table table = table(TaskWorkbook.MILESTONES, TaskWorkbook.MILESTONE_COLUMNS, false);
        if (table == null) {
            return;
        }
        for (Row row : table.rows()) {
            TaskWorkbookRow l = new TaskWorkbookRow(table.name(), row, table.columns(), errors);
            String number = l.task(known);
            Integer year = l.integer(TaskWorkbook.YEAR, true);
            Integer quarter = l.integer(TaskWorkbook.QUARTER, true);
            String content = l.text(TaskWorkbook.CONTENT, true);
            if (l.clean() && known != null) {
                parts.get(number).milestones.add(new MilestoneView(year, quarter, content));
            }
        }
    }

    private void kpis(Set<String> known) throws IOException, SAXException {
        Table table = table(TaskWorkbook.KPIS, TaskWorkbook.KPI_COLUMNS, true);
        if (table == null) {
            return;
        }
        for (Row row : table.rows()) {
            TaskWorkbookRow l = new TaskWorkbookRow(table.name(), row, table.columns(), errors);
            String number = l.task(known);
            Integer order = l.integer(TaskWorkbook.ORDER, false);
            String name = l.text(TaskWorkbook.KPI_NAME, true);
            String unit = l.text(TaskWorkbook.UNIT, true);
            KpiDirection direction = l.choice(TaskWorkbook.DIRECTION, TaskWorkbook.DIRECTION_LABELS, null);
            BigDecimal baseline = l.decimal(TaskWorkbook.BASELINE);
            String howMeasured = l.text(TaskWorkbook.HOW_MEASURED, false);
            Map<Integer, BigDecimal> targets = new TreeMap<>();
            table.years().forEach((year, col) -> {
                BigDecimal target = l.decimal(col, String.valueOf(year));
                if (target != null) {
                    targets.put(year, target);
                }
            });
            if (l.clean() && known != null) {
                parts.get(number).kpis.add(new OrderedKpi(order == null ? Integer.MAX_VALUE : order,
                        new KpiView(name, unit, direction, baseline, howMeasured, targets)));
            }
        }
    }

    private void funds(Set<String> known) throws IOException, SAXException {
        Table table = table(TaskWorkbook.FUNDS, TaskWorkbook.FUND_COLUMNS, false);
        if (table == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            TaskWorkbookRow l = new TaskWorkbookRow(table.name(), row, table.columns(), errors);
            String number = l.task(known);
            Integer year = l.integer(TaskWorkbook.FISCAL_YEAR, true);
            Map<FundSource, Long> amounts = new EnumMap<>(FundSource.class);
            TaskWorkbook.FUND_LABELS.forEach((source, heading) -> {
                Long won = l.amount(heading);
                if (won != null && won != 0) {
                    amounts.put(source, won);
                }
            });
            if (number != null && year != null && !seen.add(number + '\n' + year)) {
                l.error(TaskWorkbook.FISCAL_YEAR, "import.duplicateFundYear", number, String.valueOf(year));
            }
            if (l.clean() && known != null && !amounts.isEmpty()) {
                parts.get(number).funds.put(year, amounts);
            }
        }
    }

    /**
     * A data sheet with its columns and its non-empty data rows; null (and the problem reported) when the sheet
     * is missing, lacks a column or has too many rows. With {@code years}, every heading after the last fixed
     * column that is a 4-digit year is a column too. A row is empty when all the columns read are blank. The
     * sheet is streamed: only the non-empty rows are kept, with only the cells of the columns read, and reading
     * stops at the first row past {@value TaskWorkbook#MAX_ROWS}.
     */
    private Table table(String name, List<String> fixed, boolean years) throws IOException, SAXException {
        if (!workbook.has(name)) {
            errors.add(new CellError(name, 0, null, "import.missingSheet", List.of(name)));
            return null;
        }
        TableReader reader = new TableReader(name, fixed, years);
        workbook.rows(name, reader::row);
        return reader.table();
    }

    /** Builds a {@link Table} from the rows of its sheet as they stream by. */
    private final class TableReader {

        private final String name;
        private final List<String> fixed;
        private final boolean years;
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<Integer, Integer> yearColumns = new TreeMap<>();
        private final Set<Integer> used = new HashSet<>();
        private final List<Row> rows = new ArrayList<>();
        private boolean headed;
        private boolean complete;
        private boolean tooMany;

        TableReader(String name, List<String> fixed, boolean years) {
            this.name = name;
            this.fixed = fixed;
            this.years = years;
        }

        void row(Row row) {
            if (!headed) {
                headings(row.index() == 0 ? row : null);
            }
            if (row.index() > 0 && !blank(row, used)) {
                if (rows.size() == TaskWorkbook.MAX_ROWS) {
                    errors.add(new CellError(name, 0, null, "import.tooManyRows", List.of(TaskWorkbook.MAX_ROWS)));
                    tooMany = true;
                    throw new TaskWorkbookSheets.Stop();
                }
                Map<Integer, Cell> kept = new HashMap<>();
                for (int col : used) {
                    Cell cell = row.cell(col);
                    if (cell != null) {
                        kept.put(col, cell);
                    }
                }
                rows.add(new Row(row.index(), kept));
            }
        }

        /** The columns, from row 1 (null when the sheet does not start with it). */
        private void headings(Row first) {
            headed = true;
            Map<Integer, String> headings = new TreeMap<>();
            if (first != null) {
                first.cells().forEach((col, cell) -> {
                    String heading = type(cell) == CellType.ERROR ? null : cellText(cell);
                    if (heading != null) {
                        headings.put(col, heading);
                        columns.putIfAbsent(key(heading), col);
                    }
                });
            }
            complete = true;
            for (String heading : fixed) {
                Integer col = columns.get(key(heading));
                if (col == null) {
                    errors.add(new CellError(name, 1, heading, "import.missingColumn", List.of(heading)));
                    complete = false;
                } else {
                    used.add(col);
                }
            }
            if (years && complete) {
                int last = columns.get(key(fixed.get(fixed.size() - 1)));
                headings.forEach((col, heading) -> {
                    if (col > last && YEAR_HEADING.matcher(heading).matches()) {
                        yearColumns.putIfAbsent(Integer.valueOf(heading), col);
                    }
                });
                used.addAll(yearColumns.values());
            }
        }

        Table table() {
            if (!headed) {
                headings(null);
            }
            return complete && !tooMany ? new Table(name, columns, yearColumns, rows) : null;
        }
    }

    private static boolean blank(Row row, Set<Integer> columns) {
        for (int col : columns) {
            Cell cell = row.cell(col);
            CellType type = type(cell);
            if (type != CellType.BLANK && (type != CellType.STRING || cellText(cell) != null)) {
                return false;
            }
        }
        return true;
    }

    /** A readable data sheet: column index by heading key, target-year columns by year, non-empty data rows. */
    private record Table(String name, Map<String, Integer> columns, Map<Integer, Integer> years, List<Row> rows) {
    }

    /** The cells of a task row, read without error. */
    private record TaskRow(int excelRow, String number, int strategy, String title, String titleEn, String summary,
            String owningUnit, String officer, List<String> collaborating, Set<TaskSource> sources, LocalDate start,
            LocalDate end, TaskTerm term, TaskStatus status) {
    }

    /** A KPI with the order it asked for. */
    private record OrderedKpi(int order, KpiView kpi) {
    }

    /** What the data sheets give one task. */
    private static final class Parts {
        private final List<MilestoneView> milestones = new ArrayList<>();
        private final List<OrderedKpi> kpis = new ArrayList<>();
        private final Map<Integer, Map<FundSource, Long>> funds = new TreeMap<>();
    }
}
