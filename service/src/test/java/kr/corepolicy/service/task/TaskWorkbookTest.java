package kr.corepolicy.service.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.demo.DemoPortfolioFile;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;
import kr.corepolicy.service.task.TaskViews.PersonRef;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.service.task.TaskViews.UnitRef;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.service.task.TaskWorkbook.ReadResult;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TaskWorkbookTest {

    private static final List<String> SHEETS = List.of("안내", "과제목록", "추진계획", "성과지표", "재원계획");
    private static final List<String> TASK_HEADINGS = List.of("관리번호", "전략번호", "과제명", "과제명(영문)", "과제개요",
            "주관부서", "담당자 아이디", "협조부서", "출처", "시작일", "종료일", "추진기간", "추진상태");
    private static final List<String> MILESTONE_HEADINGS = List.of("관리번호", "연도", "분기", "내용");
    private static final List<String> KPI_HEADINGS = List.of("관리번호", "순번", "지표명", "단위", "방향", "기준값", "측정방법");
    private static final List<String> FUND_HEADINGS = List.of("관리번호", "회계연도", "국비", "도비", "시비", "민자·기타", "합계");

    // Round trip

    @Test
    void exportingTheWholeDemoPortfolioAndImportingItAgainChangesNothing() {
        List<TaskDraft> drafts = DemoPortfolioFile.load().strategies().stream().flatMap(s -> s.tasks().stream())
                .collect(Collectors.toCollection(ArrayList::new));
        assertEquals(49, drafts.size());
        drafts.add(sparse(drafts.get(0)));

        ReadResult result = TaskWorkbook.read(in(TaskWorkbook.write(drafts.stream().map(TaskWorkbookTest::card)
                .toList())));

        assertEquals(List.of(), result.errors());
        assertEquals(drafts.size(), result.drafts().size());
        for (int i = 0; i < drafts.size(); i++) {
            assertSameDraft(drafts.get(i), result.drafts().get(i));
        }
    }

    @Test
    void theKpiSheetHasOneColumnPerYearFromTheFirstToTheLastTarget() throws IOException {
        TaskDraft draft = DemoPortfolioFile.load().strategies().get(0).tasks().get(0);
        KpiView kpi = new KpiView("지표", "%", KpiDirection.HIGHER, null, null,
                Map.of(2021, BigDecimal.ONE, 2027, BigDecimal.TEN));
        TaskCard card = card(withKpis(draft, List.of(kpi)));

        try (XSSFWorkbook book = open(TaskWorkbook.write(List.of(card)))) {
            List<String> headings = headings(book.getSheet("성과지표"));
            assertEquals(List.of("2021", "2022", "2023", "2024", "2025", "2026", "2027"),
                    headings.subList(KPI_HEADINGS.size(), headings.size()));
            Row row = book.getSheet("성과지표").getRow(1);
            assertEquals(1, row.getCell(7).getNumericCellValue());
            assertEquals(CellType.BLANK, row.getCell(8).getCellType());
            assertEquals(10, row.getCell(13).getNumericCellValue());
        }
    }

    @Test
    void writtenCellsAreTypedAndHeadingsStyled() throws IOException {
        TaskDraft draft = DemoPortfolioFile.load().strategies().get(0).tasks().get(0);
        try (XSSFWorkbook book = open(TaskWorkbook.write(List.of(card(draft))))) {
            Sheet tasks = book.getSheet("과제목록");
            assertTrue(tasks.getPaneInformation().isFreezePane());
            Cell heading = tasks.getRow(0).getCell(0);
            assertTrue(book.getFontAt(heading.getCellStyle().getFontIndex()).getBold());
            Cell start = tasks.getRow(1).getCell(9);
            assertEquals(CellType.NUMERIC, start.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(start));
            assertEquals("yyyy-mm-dd", start.getCellStyle().getDataFormatString());
            assertEquals(draft.start(), start.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, tasks.getRow(1).getCell(1).getCellType());
            assertEquals("경주시 공약, 2040 미래종합발전계획", tasks.getRow(1).getCell(8).getStringCellValue());
            assertEquals("D-TOUR, D-URBAN", tasks.getRow(1).getCell(7).getStringCellValue());

            Row funds = book.getSheet("재원계획").getRow(1);
            assertEquals(List.of(2023.0, 1_200_000_000.0, 800_000_000.0, 2_000_000_000.0),
                    List.of(funds.getCell(1).getNumericCellValue(), funds.getCell(2).getNumericCellValue(),
                            funds.getCell(4).getNumericCellValue(), funds.getCell(6).getNumericCellValue()));
            assertEquals(CellType.BLANK, funds.getCell(3).getCellType());
            assertEquals("#,##0", funds.getCell(2).getCellStyle().getDataFormatString());
        }
    }

    // Template

    @Test
    void theTemplateHasTheGuideFirstAndTheHeadingsOfTheFourDataSheetsWithoutData() throws IOException {
        try (XSSFWorkbook book = open(TaskWorkbook.template())) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(SHEETS, names);

            assertTrue(book.getSheet("안내").getLastRowNum() >= 10, "the guide explains the sheets");
            assertEquals(TASK_HEADINGS, headings(book.getSheet("과제목록")));
            assertEquals(MILESTONE_HEADINGS, headings(book.getSheet("추진계획")));
            assertEquals(FUND_HEADINGS, headings(book.getSheet("재원계획")));
            List<String> kpi = headings(book.getSheet("성과지표"));
            assertEquals(KPI_HEADINGS, kpi.subList(0, KPI_HEADINGS.size()));
            int year = Year.now().getValue();
            assertEquals(List.of(year, year + 1, year + 2, year + 3, year + 4).stream().map(String::valueOf).toList(),
                    kpi.subList(KPI_HEADINGS.size(), kpi.size()));
            for (String name : SHEETS.subList(1, SHEETS.size())) {
                Sheet sheet = book.getSheet(name);
                assertEquals(0, sheet.getLastRowNum(), name + " has no data rows");
                assertTrue(sheet.getPaneInformation().isFreezePane(), name + " freezes its headings");
            }
        }
    }

    @Test
    void theTemplateReadsBackAsAnEmptyPortfolio() {
        ReadResult result = TaskWorkbook.read(in(TaskWorkbook.template()));
        assertTrue(result.ok(), result.errors().toString());
        assertEquals(List.of(), result.drafts());
    }

    // Problems

    @Test
    void everyBadCellIsReportedWithItsSheetRowColumnAndKey() {
        Book book = Book.standard()
                .row("과제목록", task("1-1"))
                .row("과제목록", "1-2", "x", "", null, null, "D-TOUR", null, null, "시장 공약", "2023/13/45",
                        LocalDate.of(2025, 12, 31), "SHORT", "진행중")
                .row("과제목록", task("1-1"))
                .row("추진계획", "1-1", 2024, null, "착공")
                .row("추진계획", "1-1", 2024.5, 2, "준공")
                .row("성과지표", "1-1", 1, "방문객", "만명", "위로", "abc", null, "n/a", 700)
                .row("성과지표", "9-9", 1, "공실률", "%", "상향")
                .row("재원계획", "1-1", 2024, -5, 1.5, "abc")
                .row("재원계획", "1-1", 2024, 100)
                .row("재원계획", "1-2", null, 100);

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        String sources = "중앙부처 공약, 경북도 공약, 경주시 공약, 2040 미래종합발전계획, 코로나 팬데믹 극복, 연구용역, 기타";
        String statuses = "완료, 이행후계속추진, 정상추진, 일부추진, 보류, 폐기, 대체, 통합";
        assertEquals(List.of(
                "과제목록|3|전략번호|import.badInteger|[x]",
                "과제목록|3|과제명|import.required|[]",
                "과제목록|3|출처|import.badValue|[시장 공약, " + sources + "]",
                "과제목록|3|시작일|import.badDate|[2023/13/45]",
                "과제목록|3|추진상태|import.badValue|[진행중, " + statuses + "]",
                "과제목록|4|관리번호|import.duplicateTask|[1-1]",
                "추진계획|2|분기|import.required|[]",
                "추진계획|3|연도|import.badInteger|[2024.5]",
                "성과지표|2|방향|import.badValue|[위로, 상향, 하향]",
                "성과지표|2|기준값|import.badNumber|[abc]",
                "성과지표|2|2024|import.badNumber|[n/a]",
                "성과지표|3|관리번호|import.unknownTask|[9-9]",
                "재원계획|2|국비|import.negative|[-5]",
                "재원계획|2|도비|import.badInteger|[1.5]",
                "재원계획|2|시비|won.unreadable|[abc]",
                "재원계획|3|회계연도|import.duplicateFundYear|[1-1, 2024]",
                "재원계획|4|회계연도|import.required|[]"), describe(result.errors()));
        assertTrue(result.errors().stream().allMatch(e -> e.inRow() && !e.wholeFile()), "each in its sheet and row");
        assertFalse(result.ok());
        assertEquals(List.of("1-1"), result.drafts().stream().map(TaskDraft::managementNumber).toList(),
                "only the task rows that read clean, for the card rules to be checked in the same pass");
    }

    @Test
    void theReferencesOfEveryTaskRowAreCollectedEvenOnARowWithProblems() {
        Object[] bad = task("1-2");
        bad[2] = null;
        bad[6] = "nobody";
        bad[7] = "D-X; D-Y";
        Book book = Book.standard().row("과제목록", task("1-1")).row("과제목록", bad);

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        assertEquals(List.of("과제목록|3|과제명|import.required|[]"), describe(result.errors()));
        assertEquals(List.of(
                new TaskWorkbook.Reference(2, "전략번호", TaskWorkbook.ReferenceKind.STRATEGY, "1"),
                new TaskWorkbook.Reference(2, "주관부서", TaskWorkbook.ReferenceKind.UNIT, "D-TOUR"),
                new TaskWorkbook.Reference(3, "전략번호", TaskWorkbook.ReferenceKind.STRATEGY, "1"),
                new TaskWorkbook.Reference(3, "주관부서", TaskWorkbook.ReferenceKind.UNIT, "D-TOUR"),
                new TaskWorkbook.Reference(3, "담당자 아이디", TaskWorkbook.ReferenceKind.USER, "nobody"),
                new TaskWorkbook.Reference(3, "협조부서", TaskWorkbook.ReferenceKind.UNIT, "D-X"),
                new TaskWorkbook.Reference(3, "협조부서", TaskWorkbook.ReferenceKind.UNIT, "D-Y")), result.references());
    }

    // Formulas without a cached value

    @Test
    void aFormulaWithoutACachedValueIsRefusedWithItsCellNeverReadAsEmptyOrZero() throws IOException {
        Object[] row = task("1-1");
        row[1] = new Uncalculated("0+1");
        row[2] = new Uncalculated("\"가\"&\"나\"");
        row[9] = new Uncalculated("DATE(2023,1,1)");
        row[12] = new Uncalculated("\"정상\"&\"추진\"");
        Book book = Book.standard().row("과제목록", row)
                .row("성과지표", "1-1", 1, "방문객", "만명", "상향", 10, null, new Uncalculated("10*2"))
                .row("재원계획", "1-1", 2023, null, null, new Uncalculated("400000000*2"));
        byte[] bytes = book.bytes();
        java.util.regex.Matcher e2 = java.util.regex.Pattern.compile("<c r=\"E2\"[^>]*>(.*?)</c>")
                .matcher(sheetXml(bytes, 4));
        assertTrue(e2.find(), "the cell is written");
        assertEquals("<f>400000000*2</f>", e2.group(1), "the test file really has a formula without a cached value");

        ReadResult result = TaskWorkbook.read(in(bytes));

        assertEquals(List.of(
                "과제목록|2|전략번호|import.uncachedFormula|[B2]",
                "과제목록|2|과제명|import.uncachedFormula|[C2]",
                "과제목록|2|시작일|import.uncachedFormula|[J2]",
                "과제목록|2|추진상태|import.uncachedFormula|[M2]",
                "성과지표|2|2024|import.uncachedFormula|[H2]",
                "재원계획|2|시비|import.uncachedFormula|[E2]"), describe(result.errors()));
        assertFalse(result.ok(), "the 2023 시비 line is never silently dropped");
    }

    @Test
    void aFormulaWhoseCachedResultIsEmptyTextIsAnEmptyCell() {
        Object[] row = task("1-1");
        row[3] = new Formula("\"\"", "");
        Book book = Book.standard().row("과제목록", row);

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        assertTrue(result.ok(), result.errors().toString());
        assertNull(result.drafts().get(0).titleEn());
    }

    // Korean money notation

    @Test
    void amountsWrittenInKoreanNotationAreReadAndAmbiguousOnesRefused() {
        Book book = Book.standard().row("과제목록", task("1-1"))
                .row("재원계획", "1-1", 2023, "500,000,000원", "12억", "3억 5천만원", "５천만")
                .row("재원계획", "1-1", 2024, "1,234,000,000원", "1억2천만원", "1.5억", "₩ 7,000");

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        assertTrue(result.ok(), result.errors().toString());
        assertEquals(List.of(new FundLineView(2023, FundSource.NATIONAL, 500_000_000L),
                new FundLineView(2023, FundSource.PROVINCIAL, 1_200_000_000L),
                new FundLineView(2023, FundSource.CITY, 350_000_000L),
                new FundLineView(2023, FundSource.PRIVATE, 50_000_000L),
                new FundLineView(2024, FundSource.NATIONAL, 1_234_000_000L),
                new FundLineView(2024, FundSource.PROVINCIAL, 120_000_000L),
                new FundLineView(2024, FundSource.CITY, 150_000_000L),
                new FundLineView(2024, FundSource.PRIVATE, 7_000L)), result.drafts().get(0).fundPlan());
    }

    @Test
    void amountsThatAreAmbiguousUnreadableOrTooLargeAreRefusedWithTheAcceptedForms() {
        Book book = Book.standard().row("과제목록", task("1-1"))
                .row("재원계획", "1-1", 2023, "3억5천", "12,34원", "억", "-5억")
                .row("재원계획", "1-1", 2024, 2e13, "11조", "1.5", null);

        assertEquals(List.of(
                "재원계획|2|국비|won.ambiguous|[3억5천]",
                "재원계획|2|도비|won.unreadable|[12,34원]",
                "재원계획|2|시비|won.unreadable|[억]",
                "재원계획|2|민자·기타|won.negative|[-5억]",
                "재원계획|3|국비|won.tooLarge|[20000000000000, 10,000,000,000,000]",
                "재원계획|3|도비|won.tooLarge|[11조, 10,000,000,000,000]",
                "재원계획|3|시비|won.fraction|[1.5]"), describe(TaskWorkbook.read(in(book.bytes())).errors()));
    }

    @Test
    void aFileThatIsNotAnXlsxIsReportedNotThrown() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("안녕".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet("과제목록");
            legacy.write(xls);
        }
        for (byte[] bytes : List.of("관리번호,과제명\n1-1,x\n".getBytes(StandardCharsets.UTF_8), new byte[0],
                zip.toByteArray(), xls.toByteArray())) {
            ReadResult result = TaskWorkbook.read(in(bytes));
            assertEquals(List.of("null|0|null|import.notXlsx|[]"), describe(result.errors()));
            assertTrue(result.errors().get(0).wholeFile(), "the file's problem, in no sheet");
            assertFalse(result.errors().get(0).inRow(), "in no row: lists never show row 0");
            assertEquals(List.of(), result.drafts());
        }
    }

    @Test
    void missingSheetsAndColumnsAreReported() {
        Book book = new Book().sheet("과제목록", TASK_HEADINGS.subList(0, 12)).sheet("추진계획", MILESTONE_HEADINGS)
                .sheet("성과지표", KPI_HEADINGS).row("과제목록", "1-1").row("추진계획", "1-1", 2024, 1, "착공");

        assertEquals(List.of("과제목록|1|추진상태|import.missingColumn|[추진상태]",
                "재원계획|0|null|import.missingSheet|[재원계획]"), describe(TaskWorkbook.read(in(book.bytes())).errors()));
    }

    @Test
    void aKpiOfATaskThatIsNotOnTheTaskSheetIsReported() {
        Book book = Book.standard().row("과제목록", task("1-1")).row("성과지표", "1-1", 1, "방문객", "만명", "상향")
                .row("성과지표", "1-9", 2, "공실률", "%", "하향");

        assertEquals(List.of("성과지표|3|관리번호|import.unknownTask|[1-9]"),
                describe(TaskWorkbook.read(in(book.bytes())).errors()));
    }

    @Test
    void aManagementNumberTwiceOnTheTaskSheetIsReported() {
        Book book = Book.standard().row("과제목록", task("2-1")).row("과제목록", task("2-2"))
                .row("과제목록", task("2-1"));

        assertEquals(List.of("과제목록|4|관리번호|import.duplicateTask|[2-1]"),
                describe(TaskWorkbook.read(in(book.bytes())).errors()));
    }

    @Test
    void moreThanTheMaximumOfRowsIsRefused() {
        Book ok = Book.standard().row("과제목록", task("1-1"));
        Book tooMany = Book.standard().row("과제목록", task("1-1"));
        for (int i = 0; i < 2000; i++) {
            ok.row("추진계획", "1-1", 2024, 1, "단계 " + i);
            tooMany.row("추진계획", "1-1", 2024, 1, "단계 " + i);
        }
        tooMany.row("추진계획", "1-1", 2024, 2, "하나 더");

        ReadResult accepted = TaskWorkbook.read(in(ok.bytes()));
        assertTrue(accepted.ok(), accepted.errors().toString());
        assertEquals(2000, accepted.drafts().get(0).milestones().size());
        assertEquals(List.of("추진계획|0|null|import.tooManyRows|[2000]"),
                describe(TaskWorkbook.read(in(tooMany.bytes())).errors()));
    }

    // Lenient reading

    @Test
    void amountsWrittenAsTextWithThousandsSeparatorsAreRead() {
        Book book = Book.standard().row("과제목록", task("1-1"))
                .row("재원계획", "1-1", 2024, "1,200,000", " 300000 ", 0, null, "ignored")
                .row("재원계획", "1-1", "2023", null, null, null, "5,000");

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        assertTrue(result.ok(), result.errors().toString());
        assertEquals(List.of(new FundLineView(2023, FundSource.PRIVATE, 5000),
                new FundLineView(2024, FundSource.NATIONAL, 1_200_000),
                new FundLineView(2024, FundSource.PROVINCIAL, 300_000)), result.drafts().get(0).fundPlan());
    }

    @Test
    void datesWrittenAsTextAreRead() {
        Object[] first = task("1-1");
        first[9] = "2023.1.1";
        first[10] = "2025.12.31";
        Object[] second = task("1-2");
        second[9] = "2023-01-02";
        second[10] = "2023. 2. 3.";
        Book book = Book.standard().row("과제목록", first).row("과제목록", second);

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        assertTrue(result.ok(), result.errors().toString());
        assertEquals(List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2023, 1, 2),
                LocalDate.of(2023, 2, 3)), result.drafts().stream().flatMap(d -> List.of(d.start(), d.end()).stream())
                .toList());
    }

    @Test
    void enumNamesAreAcceptedBesideTheKoreanLabelsAndAnEmptyStatusIsOnTrack() {
        Object[] named = task("1-1");
        named[8] = "CITY_PLEDGE; plan_2040";
        named[11] = "LONG";
        named[12] = "PARTLY";
        Object[] labelled = task("1-2");
        labelled[8] = "중앙부처공약\n기타";
        labelled[11] = "단기";
        labelled[12] = null;
        Book book = Book.standard().row("과제목록", named).row("과제목록", labelled)
                .row("성과지표", "1-1", 1, "공실률", "%", "LOWER").row("성과지표", "1-2", 1, "방문객", "만명", "상향");

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        assertTrue(result.ok(), result.errors().toString());
        TaskDraft first = result.drafts().get(0);
        TaskDraft second = result.drafts().get(1);
        assertEquals(Set.of(TaskSource.CITY_PLEDGE, TaskSource.PLAN_2040), first.sources());
        assertEquals(TaskTerm.LONG, first.term());
        assertEquals(TaskStatus.PARTLY, first.status());
        assertEquals(KpiDirection.LOWER, first.kpis().get(0).direction());
        assertEquals(Set.of(TaskSource.CENTRAL_PLEDGE, TaskSource.OTHER), second.sources());
        assertEquals(TaskTerm.SHORT, second.term());
        assertEquals(TaskStatus.ON_TRACK, second.status());
        assertEquals(KpiDirection.HIGHER, second.kpis().get(0).direction());
    }

    @Test
    void emptyRowsAreSkippedAndProblemsKeepTheirExcelRowNumbers() {
        Object[] blankish = new Object[TASK_HEADINGS.size()];
        Arrays.fill(blankish, "  ");
        Book book = Book.standard().row("과제목록", task("1-1")).row("과제목록", blankish).row("과제목록")
                .row("과제목록", "1-2");

        assertEquals(List.of("과제목록|5|전략번호|import.required|[]", "과제목록|5|과제명|import.required|[]",
                "과제목록|5|주관부서|import.required|[]", "과제목록|5|출처|import.required|[]",
                "과제목록|5|시작일|import.required|[]", "과제목록|5|종료일|import.required|[]",
                "과제목록|5|추진기간|import.required|[]"), describe(TaskWorkbook.read(in(book.bytes())).errors()));
    }

    @Test
    void textIsTrimmedAndUnitCodesSplitOnAnySeparator() {
        Object[] row = task("  3-1 ");
        row[2] = "  과제명  ";
        row[6] = "   ";
        row[7] = "D-REGEN;D-URBAN\nD-ARTS, D-REGEN";
        Book book = Book.standard().row("과제목록", row).row("추진계획", "3-1", 2024, 1, " 착공 ");

        TaskDraft draft = TaskWorkbook.read(in(book.bytes())).drafts().get(0);

        assertEquals("3-1", draft.managementNumber());
        assertEquals("과제명", draft.title());
        assertNull(draft.officerUsername());
        assertNull(draft.titleEn());
        assertEquals(List.of("D-REGEN", "D-URBAN", "D-ARTS"), draft.collaboratingUnitCodes());
        assertEquals(List.of(new MilestoneView(2024, 1, "착공")), draft.milestones());
    }

    @Test
    void numbersKeepTheirScaleAndKpisFollowTheirOrderNumbers() {
        Book book = Book.standard().row("과제목록", task("1-1"))
                .row("성과지표", "1-1", 2, "둘째", "%", "상향", 12.5, null, 13, "14.25")
                .row("성과지표", "1-1", 1, "첫째", "건", "하향", 12.0, "집계", null, "1,000");

        List<KpiView> kpis = TaskWorkbook.read(in(book.bytes())).drafts().get(0).kpis();

        assertEquals(List.of("첫째", "둘째"), kpis.stream().map(KpiView::name).toList());
        assertEquals(new BigDecimal("12"), kpis.get(0).baseline());
        assertEquals(Map.of(2025, new BigDecimal("1000")), kpis.get(0).targets());
        assertEquals(new BigDecimal("12.5"), kpis.get(1).baseline());
        assertEquals(Map.of(2024, new BigDecimal("13"), 2025, new BigDecimal("14.25")), kpis.get(1).targets());
    }

    @Test
    void formulasAreReadByTheirCachedValueNeverEvaluated() {
        Object[] row = task("1-1");
        row[2] = new Formula("\"가\"&\"나\"", "캐시된 과제명");
        Book book = Book.standard().row("과제목록", row)
                .row("재원계획", "1-1", 2024, new Formula("1+1", 5.0), null, null, null, new Formula("1/0", null));

        ReadResult result = TaskWorkbook.read(in(book.bytes()));

        assertTrue(result.ok(), result.errors().toString());
        assertEquals("캐시된 과제명", result.drafts().get(0).title());
        assertEquals(List.of(new FundLineView(2024, FundSource.NATIONAL, 5)), result.drafts().get(0).fundPlan());
    }

    @Test
    void aFormulaErrorOrAPlainNumberWhereADateBelongsIsReported() {
        Object[] row = task("1-1");
        row[2] = new Formula("1/0", null);
        row[9] = 45000;
        Book book = Book.standard().row("과제목록", row)
                .row("성과지표", "1-1", 1, "지표", "%", new Formula("0/0", null));

        assertEquals(List.of("과제목록|2|과제명|import.cellError|[#DIV/0!]", "과제목록|2|시작일|import.badDate|[45000]",
                "성과지표|2|방향|import.cellError|[#DIV/0!]"), describe(TaskWorkbook.read(in(book.bytes())).errors()));
    }

    // Helpers

    /** A valid task row: 관리번호 as given, everything required filled in. */
    private static Object[] task(String number) {
        return new Object[] {number, 1, "과제 " + number, null, null, "D-TOUR", null, null, "경주시 공약",
            LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), "중기", "정상추진"};
    }

    /** The card the service would build for a draft. */
    private static TaskCard card(TaskDraft d) {
        Map<FundSource, Long> bySource = new TreeMap<>();
        d.fundPlan().forEach(f -> bySource.merge(f.source(), f.amountWon(), Long::sum));
        return new TaskCard(null, d.managementNumber(), d.title(), d.titleEn(), d.summary(), d.strategyNumber(),
                "전략", "Strategy", unit(d.owningUnitCode()),
                d.officerUsername() == null ? null : new PersonRef(d.officerUsername(), d.officerUsername(), "STAFF",
                        ""),
                d.collaboratingUnitCodes().stream().map(TaskWorkbookTest::unit).toList(), d.sources(), d.start(),
                d.end(), d.term(), d.status(), d.milestones(), d.kpis(), d.fundPlan(), bySource,
                bySource.values().stream().mapToLong(Long::longValue).sum(), true, 0, false, false);
    }

    private static UnitRef unit(String code) {
        return new UnitRef(null, code, code, null);
    }

    /** A draft with every optional field empty. */
    private static TaskDraft sparse(TaskDraft d) {
        KpiView kpi = new KpiView("지표", "건", KpiDirection.LOWER, null, null, Map.of());
        return new TaskDraft("99-1", d.title(), null, null, d.strategyNumber(), d.owningUnitCode(), null, List.of(),
                Set.of(TaskSource.OTHER), d.start(), d.end(), TaskTerm.LONG, TaskStatus.MERGED, List.of(), List.of(kpi),
                List.of());
    }

    private static TaskDraft withKpis(TaskDraft d, List<KpiView> kpis) {
        return new TaskDraft(d.managementNumber(), d.title(), d.titleEn(), d.summary(), d.strategyNumber(),
                d.owningUnitCode(), d.officerUsername(), d.collaboratingUnitCodes(), d.sources(), d.start(), d.end(),
                d.term(), d.status(), d.milestones(), kpis, d.fundPlan());
    }

    private static void assertSameDraft(TaskDraft expected, TaskDraft actual) {
        String n = expected.managementNumber();
        assertEquals(expected.managementNumber(), actual.managementNumber());
        assertEquals(expected.title(), actual.title(), n);
        assertEquals(expected.titleEn(), actual.titleEn(), n);
        assertEquals(expected.summary(), actual.summary(), n);
        assertEquals(expected.strategyNumber(), actual.strategyNumber(), n);
        assertEquals(expected.owningUnitCode(), actual.owningUnitCode(), n);
        assertEquals(expected.officerUsername(), actual.officerUsername(), n);
        assertEquals(new HashSet<>(expected.collaboratingUnitCodes()), new HashSet<>(actual.collaboratingUnitCodes()),
                n);
        assertEquals(expected.sources(), actual.sources(), n);
        assertEquals(expected.start(), actual.start(), n);
        assertEquals(expected.end(), actual.end(), n);
        assertEquals(expected.term(), actual.term(), n);
        assertEquals(expected.status(), actual.status(), n);
        assertEquals(expected.milestones(), actual.milestones(), n);
        assertEquals(kpis(expected.kpis()), kpis(actual.kpis()), n);
        assertEquals(funds(expected.fundPlan()), funds(actual.fundPlan()), n);
    }

    private static List<KpiView> kpis(List<KpiView> kpis) {
        return kpis.stream().map(k -> {
            Map<Integer, BigDecimal> targets = new TreeMap<>();
            k.targets().forEach((year, value) -> targets.put(year, strip(value)));
            return new KpiView(k.name(), k.unit(), k.direction(), strip(k.baseline()), k.howMeasured(), targets);
        }).toList();
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static List<FundLineView> funds(List<FundLineView> lines) {
        return lines.stream().filter(l -> l.amountWon() != 0).sorted(Comparator.comparingInt(FundLineView::fiscalYear)
                .thenComparing(FundLineView::source)).toList();
    }

    private static List<String> describe(List<CellError> errors) {
        return errors.stream().map(e -> e.sheet() + "|" + e.row() + "|" + e.column() + "|" + e.messageKey() + "|"
                + e.arguments()).toList();
    }

    private static List<String> headings(Sheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(in(bytes));
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A formula cell with the cached value a spreadsheet program would have stored (null: a #DIV/0! error). */
    private record Formula(String formula, Object cached) {
    }

    /** A formula cell as a program that does not calculate writes it: no cached value at all. */
    private record Uncalculated(String formula) {
    }

    /** The XML of the n-th worksheet part (1-based) of an .xlsx. */
    private static String sheetXml(byte[] xlsx, int n) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet" + n + ".xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no sheet " + n);
    }

    /** A workbook built cell by cell: the first row of every sheet holds its headings. */
    private static final class Book {

        private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

        /** The four data sheets with their headings; the KPI sheet has target columns 2024 and 2025. */
        static Book standard() {
            List<String> kpi = new ArrayList<>(KPI_HEADINGS);
            kpi.addAll(List.of("2024", "2025"));
            return new Book().sheet("과제목록", TASK_HEADINGS).sheet("추진계획", MILESTONE_HEADINGS).sheet("성과지표", kpi)
                    .sheet("재원계획", FUND_HEADINGS);
        }

        Book sheet(String name, List<String> headings) {
            sheets.put(name, new ArrayList<>(List.of(new ArrayList<>(headings))));
            return this;
        }

        Book row(String sheet, Object... values) {
            sheets.get(sheet).add(Arrays.asList(values));
            return this;
        }

        byte[] bytes() {
            try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                CellStyle date = book.createCellStyle();
                date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
                sheets.forEach((name, rows) -> {
                    Sheet sheet = book.createSheet(name);
                    for (int r = 0; r < rows.size(); r++) {
                        Row row = sheet.createRow(r);
                        List<Object> values = rows.get(r);
                        for (int c = 0; c < values.size(); c++) {
                            put(row, c, values.get(c), date);
                        }
                    }
                });
                book.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void put(Row row, int col, Object value, CellStyle date) {
            if (value == null) {
                return;
            }
            Cell cell = row.createCell(col);
            if (value instanceof Uncalculated u) {
                cell.setCellFormula(u.formula());
                assertEquals(CellType.FORMULA, cell.getCellType(), "the formula stays");
            } else if (value instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.cached() instanceof String s) {
                    cell.setCellValue(s);
                } else if (f.cached() instanceof Double d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellErrorValue(FormulaError.DIV0.getCode());
                }
                assertEquals(CellType.FORMULA, cell.getCellType(), "the formula stays");
            } else if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
        }
    }
}
