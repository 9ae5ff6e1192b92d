package kr.corepolicy.service.task;

import java.io.InputStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.task.TaskViews.TaskCard;

/**
 * The .xlsx layout in which the planning office keeps its task list: a guide sheet ({@value #GUIDE}) and four
 * data sheets, {@value #TASKS} (one row per task), {@value #MILESTONES} (one row per plan step),
 * {@value #KPIS} (one row per KPI, one column per target year) and {@value #FUNDS} (one row per task and fiscal
 * year). Row 1 of every sheet holds the Korean headings; data starts on row 2. Exporting a portfolio and
 * importing the file again changes nothing.
 *
 * <p>Reading checks structure only: types, required cells, allowed values, references between the sheets and
 * duplicates. The rules of the domain (period, departments, officers) are the service's.
 */
public final class TaskWorkbook {

    /** Most data rows a sheet may have. */
    static final int MAX_ROWS = 2000;
    /** The largest upload read: 10 MB (the page's and the API's limit too). */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** The most that all the parts of an upload may inflate to together: 20 MB. */
    static final long MAX_UNCOMPRESSED_BYTES = 20L * 1024 * 1024;
    /** The most that one part (a sheet, the shared strings) may inflate to: 16 MB. */
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    /** The most parts a workbook may have. */
    static final int MAX_ENTRIES = 1000;

    static final String GUIDE = "안내";
    static final String TASKS = "과제목록";
    static final String MILESTONES = "추진계획";
    static final String KPIS = "성과지표";
    static final String FUNDS = "재원계획";

    static final String NUMBER = "관리번호";
    static final String STRATEGY = "전략번호";
    static final String TITLE = "과제명";
    static final String TITLE_EN = "과제명(영문)";
    static final String SUMMARY = "과제개요";
    static final String OWNING_UNIT = "주관부서";
    static final String OFFICER = "담당자 아이디";
    static final String COLLABORATING = "협조부서";
    static final String SOURCES = "출처";
    static final String START = "시작일";
    static final String END = "종료일";
    static final String TERM = "추진기간";
    static final String STATUS = "추진상태";

    static final String YEAR = "연도";
    static final String QUARTER = "분기";
    static final String CONTENT = "내용";

    static final String ORDER = "순번";
    static final String KPI_NAME = "지표명";
    static final String UNIT = "단위";
    static final String DIRECTION = "방향";
    static final String BASELINE = "기준값";
    static final String HOW_MEASURED = "측정방법";

    static final String FISCAL_YEAR = "회계연도";
    static final String TOTAL = "합계";

    static final List<String> TASK_COLUMNS = List.of(NUMBER, STRATEGY, TITLE, TITLE_EN, SUMMARY, OWNING_UNIT,
            OFFICER, COLLABORATING, SOURCES, START, END, TERM, STATUS);
    static final List<String> MILESTONE_COLUMNS = List.of(NUMBER, YEAR, QUARTER, CONTENT);
    /** The fixed columns of {@value #KPIS}; the target years follow. */
    static final List<String> KPI_COLUMNS = List.of(NUMBER, ORDER, KPI_NAME, UNIT, DIRECTION, BASELINE,
            HOW_MEASURED);
    /** One amount column per fund source, in this order. */
    static final Map<FundSource, String> FUND_LABELS = labels(FundSource.class, "국비", "도비", "시비", "민자·기타");
    /** The columns of {@value #FUNDS} that reading needs; {@value #TOTAL} follows them and is ignored. */
    static final List<String> FUND_COLUMNS = List.of(NUMBER, FISCAL_YEAR, FUND_LABELS.get(FundSource.NATIONAL),
            FUND_LABELS.get(FundSource.PROVINCIAL), FUND_LABELS.get(FundSource.CITY),
            FUND_LABELS.get(FundSource.PRIVATE));
    static final Map<TaskSource, String> SOURCE_LABELS = labels(TaskSource.class, "중앙부처 공약", "경북도 공약",
            "경주시 공약", "2040 미래종합발전계획", "코로나 팬데믹 극복", "연구용역", "기타");
    static final Map<TaskTerm, String> TERM_LABELS = labels(TaskTerm.class, "단기", "중기", "장기");
    static final Map<TaskStatus, String> STATUS_LABELS = labels(TaskStatus.class, "완료", "이행후계속추진", "정상추진",
            "일부추진", "보류", "폐기", "대체", "통합");
    static final Map<KpiDirection, String> DIRECTION_LABELS = labels(KpiDirection.class, "상향", "하향");

    /**
     * One problem in an uploaded workbook: sheet name, 1-based Excel row number, column heading, message key and
     * arguments. Row is 0 and column null when the problem is not in one row or column (an unreadable file, a
     * missing sheet, a sheet with too many rows); a missing column is reported on row 1.
     */
    public record CellError(String sheet, int row, String column, String messageKey, List<Object> arguments) {

        /** Copies the arguments. */
        public CellError {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        /**
         * A problem of the whole file, in no sheet or row (unreadable as a workbook, too large, too many parts);
         * lists show it as one message, never as row 0.
         */
        public static CellError ofFile(String messageKey, List<Object> arguments) {
            return new CellError(null, 0, null, messageKey, arguments);
        }

        /** Whether the problem is the whole file's rather than a sheet's ({@link #ofFile}). */
        public boolean wholeFile() {
            return sheet == null;
        }

        /** Whether the problem is in one row of its sheet (not a whole sheet's, nor the file's). */
        public boolean inRow() {
            return row > 0;
        }
    }

    /** What a cell of {@value #TASKS} names in the database: a strategy, a unit or a user. */
    public enum ReferenceKind {
        STRATEGY,
        UNIT,
        USER
    }

    /**
     * A value on {@value #TASKS} that must name something in the database (a strategy number, a unit code, a
     * user name), with its Excel row and column heading, so that every unknown one can be reported at once.
     */
    public record Reference(int row, String column, ReferenceKind kind, String value) {
    }

    /**
     * What reading gave: the drafts in sheet order, the Excel row of each draft on {@value #TASKS}, every problem
     * found, and every reference to the database read on {@value #TASKS} (also on rows with problems). When there
     * are problems, the drafts are the tasks whose row on {@value #TASKS} read clean, with what the clean rows of
     * the other sheets gave them: enough to check the card rules and the references in the same pass, never to
     * save.
     */
    public record ReadResult(List<TaskDraft> drafts, List<Integer> draftRows, List<CellError> errors,
            List<Reference> references) {

        /** Copies the lists. */
        public ReadResult {
            drafts = drafts == null ? List.of() : List.copyOf(drafts);
            draftRows = draftRows == null ? List.of() : List.copyOf(draftRows);
            errors = errors == null ? List.of() : List.copyOf(errors);
            references = references == null ? List.of() : List.copyOf(references);
        }

        /** Drafts and errors; the rows of the drafts are counted from row 2; no references. */
        public ReadResult(List<TaskDraft> drafts, List<CellError> errors) {
            this(drafts, drafts == null ? List.of()
                    : IntStream.range(0, drafts.size()).mapToObj(i -> i + 2).toList(), errors, List.of());
        }

        /** The Excel row on {@value #TASKS} of the draft at {@code index}. */
        public int rowOf(int index) {
            return index < draftRows.size() ? draftRows.get(index) : index + 2;
        }

        /** Whether the workbook had no problem at all. */
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private TaskWorkbook() {
    }

    /**
     * The empty workbook planners download: the guide and the headings of every data sheet, no data rows. The
     * KPI sheet offers target columns for this year and the four following ones.
     */
    public static byte[] template() {
        return TaskWorkbookWriter.write(List.of());
    }

    /**
     * The whole portfolio, cards as the service builds them, in the given order. The KPI sheet has one target
     * column per year from the earliest to the latest target of all cards.
     */
    public static byte[] write(List<TaskCard> cards) {
        return TaskWorkbookWriter.write(cards);
    }

    /**
     * Reads an uploaded workbook. Never throws for bad content: an unreadable file, missing sheets or columns and
     * every bad cell go to the errors. A file over {@value #MAX_FILE_BYTES} bytes, or whose parts really inflate
     * to more than {@value #MAX_UNCOMPRESSED_BYTES} bytes in all or {@value #MAX_ENTRY_BYTES} bytes in one, is
     * refused before anything parses it; the sheets are then streamed, never loaded whole. Formulas are not
     * evaluated (their cached values are read; one without a cached value is refused with its cell), and a sheet
     * with more than {@value #MAX_ROWS} data rows is refused. At most {@value #MAX_FILE_BYTES} + 1 bytes of the
     * stream are read; closing it is the caller's business.
     */
    public static ReadResult read(InputStream xlsx) {
        return TaskWorkbookReader.read(xlsx);
    }

    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, String... labels) {
        E[] values = type.getEnumConstants();
        if (values.length != labels.length) {
            throw new IllegalStateException("one label per " + type.getSimpleName());
        }
        Map<E, String> map = new EnumMap<>(type);
        for (int i = 0; i < values.length; i++) {
            map.put(values[i], labels[i]);
        }
        return Collections.unmodifiableMap(map);
    }
}
