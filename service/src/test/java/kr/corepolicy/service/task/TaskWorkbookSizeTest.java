package kr.corepolicy.service.task;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.service.task.TaskWorkbook.ReadResult;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Zip bombs and large files: a workbook whose parts inflate past the limits is refused before anything parses it,
 * with the heap staying low, and a workbook just under the limits is read (streamed) whole.
 */
class TaskWorkbookSizeTest {

    private static final long MB = 1024 * 1024;
    private static final String TOO_LARGE = "null|0|null|import.uncompressedTooLarge|[20, 16]";
    /** A sheet of the template to replace: the task sheet, the second one. */
    private static final String TASK_SHEET_PART = "xl/worksheets/sheet2.xml";
    private static final List<String> TASK_HEADINGS = List.of("관리번호", "전략번호", "과제명", "과제명(영문)", "과제개요",
            "주관부서", "담당자 아이디", "협조부서", "출처", "시작일", "종료일", "추진기간", "추진상태");

    @Test
    void aSheetThatInflatesToOverAHundredMegabytesIsRefusedBeforeAnythingParsesItAndTheHeapStaysLow() {
        byte[] bomb = withParts(Map.of(TASK_SHEET_PART, new Generated(120 * MB)));
        assertTrue(bomb.length < 8 * MB, "a small upload: " + bomb.length);
        assertTrue(bomb.length * 100L > 120 * MB, "inside POI's default inflate ratio (1:100), like the report's "
                + "file, so only the size check refuses it: " + bomb.length);

        Measured measured = measure(() -> TaskWorkbook.read(new ByteArrayInputStream(bomb)));

        assertEquals(List.of(TOO_LARGE), describe(measured.result.errors()));
        assertEquals(List.of(), measured.result.drafts());
        assertTrue(measured.allocated < 64 * MB, "refused without inflating the sheet, let alone parsing it: "
                + measured.allocated / MB + " MB allocated");
        assertTrue(measured.retained < 64 * MB, "heap grew by " + measured.retained / MB + " MB");
    }

    @Test
    void partsThatAreEachUnderThePartLimitButTogetherOverTheTotalAreRefused() {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            parts.put("xl/media/padding" + i + ".xml", new Generated(9 * MB));
        }
        byte[] bomb = withParts(parts);

        Measured measured = measure(() -> TaskWorkbook.read(new ByteArrayInputStream(bomb)));

        assertEquals(List.of(TOO_LARGE), describe(measured.result.errors()));
        assertTrue(measured.allocated < 64 * MB, measured.allocated / MB + " MB allocated");
    }

    @Test
    void theSizesThatTheZipDeclaresAreNotTrusted() {
        byte[] bomb = withParts(Map.of(TASK_SHEET_PART, new Generated(40 * MB)));
        byte[] lying = declareTinySizes(bomb);
        assertTrue(declaredTotal(lying) < MB, "the central directory claims under 1 MB");

        assertEquals(List.of(TOO_LARGE), describe(TaskWorkbook.read(new ByteArrayInputStream(lying)).errors()));
    }

    @Test
    void tooManyPartsAndAnUploadOverTenMegabytesAreRefused() {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (int i = 0; i < TaskWorkbook.MAX_ENTRIES; i++) {
            parts.put("xl/media/empty" + i + ".xml", new Bytes(new byte[0]));
        }
        assertEquals(List.of("null|0|null|import.tooManyParts|[1000]"),
                describe(TaskWorkbook.read(new ByteArrayInputStream(withParts(parts))).errors()));

        byte[] big = new byte[TaskWorkbook.MAX_FILE_BYTES + 1];
        new Random(1).nextBytes(big);
        assertEquals(List.of("null|0|null|import.tooLarge|[]"),
                describe(TaskWorkbook.read(new ByteArrayInputStream(big)).errors()));
    }

    @Test
    void aWorkbookJustUnderTheLimitsWithTheMostRowsIsStreamedAndReadWhole() {
        byte[] file = nearTheLimit();
        Map<String, Long> inflated = inflated(file);
        long total = inflated.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total > 16 * MB && total < 20 * MB, "just under the total limit: " + total);
        assertTrue(inflated.values().stream().allMatch(size -> size < 16 * MB), inflated.toString());

        Measured measured = measure(() -> TaskWorkbook.read(new ByteArrayInputStream(file)));

        assertTrue(measured.result.ok(), measured.result.errors().stream().limit(5).toList().toString());
        assertEquals(TaskWorkbook.MAX_ROWS, measured.result.drafts().size());
        TaskDraft last = measured.result.drafts().get(TaskWorkbook.MAX_ROWS - 1);
        assertEquals("9-" + TaskWorkbook.MAX_ROWS, last.managementNumber());
        assertEquals(LocalDate.of(2023, 1, 1), last.start());
        assertEquals(1, last.milestones().size());
        assertTrue(last.milestones().get(0).content().startsWith("단계 " + TaskWorkbook.MAX_ROWS));
        assertEquals(List.of(2000), measured.result.drafts().stream().map(d -> d.milestones().size())
                .reduce((a, b) -> a + b).stream().toList());
        System.out.printf("near-limit workbook: %d KB compressed, %d KB inflated; reading allocated %d MB, "
                + "retained %d MB%n", file.length / 1024, total / 1024, measured.allocated / MB,
                measured.retained / MB);
    }

    // Measuring

    private record Measured(ReadResult result, long allocated, long retained) {
    }

    /**
     * Reads while measuring the bytes this thread allocates (what a whole-file parse cannot hide) and the heap
     * still used afterwards, the result held; an OutOfMemoryError fails the test.
     */
    private static Measured measure(Supplier<ReadResult> read) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        long usedBefore = usedHeap();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        ReadResult result = assertDoesNotThrow(read::get);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long retained = usedHeap() - usedBefore;
        System.out.printf("heap used before %d MB, after %d MB; allocated while reading %d MB%n", usedBefore / MB,
                (usedBefore + retained) / MB, allocated / MB);
        return new Measured(result, allocated, retained);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    // Files

    /** A part of a crafted zip: bytes as they are, or generated worksheet XML. */
    private sealed interface Part permits Bytes, Generated {
    }

    private record Bytes(byte[] bytes) implements Part {
    }

    /**
     * Worksheet XML of about {@code size} bytes: the task headings, then rows whose text is part random and part
     * repeated, so that it compresses about 1:30 (a ratio POI accepts by default); written as it is zipped.
     */
    private record Generated(long size) implements Part {
    }

    private static void writeSheetXml(Writer out, long size) throws IOException {
        Random random = new Random(size);
        String filler = "x".repeat(600);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
        for (int c = 0; c < TASK_HEADINGS.size(); c++) {
            out.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"inlineStr\"><is><t>" + TASK_HEADINGS.get(c)
                    + "</t></is></c>");
        }
        out.write("</row>");
        long written = 0;
        for (int r = 2; written < size; r++) {
            String row = "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>"
                    + Long.toHexString(random.nextLong()) + filler + "</t></is></c></row>";
            out.write(row);
            written += row.length();
        }
        out.write("</sheetData></worksheet>");
    }

    /** The template with some parts replaced or added; a generated sheet is streamed into the zip. */
    private static byte[] withParts(Map<String, Part> parts) {
        Map<String, Part> remaining = new LinkedHashMap<>(parts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream template = new ZipInputStream(new ByteArrayInputStream(TaskWorkbook.template()));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            boolean replaced = false;
            for (ZipEntry entry = template.getNextEntry(); entry != null; entry = template.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (remaining.containsKey(entry.getName())) {
                    replaced = true;
                    write(zip, remaining.remove(entry.getName()));
                } else {
                    template.transferTo(zip);
                }
                zip.closeEntry();
            }
            assertTrue(replaced || !parts.containsKey(TASK_SHEET_PART), "the template has " + TASK_SHEET_PART);
            for (Map.Entry<String, Part> part : remaining.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                write(zip, part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream zip, Part part) throws IOException {
        if (part instanceof Bytes b) {
            zip.write(b.bytes());
        } else if (part instanceof Generated g) {
            Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            writeSheetXml(out, g.size());
            out.flush();
        }
    }

    /** How many bytes each part really inflates to. */
    private static Map<String, Long> inflated(byte[] zip) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                sizes.put(entry.getName(), in.transferTo(java.io.OutputStream.nullOutputStream()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    /** The zip with every uncompressed size in its central directory rewritten to 1 KB. */
    private static byte[] declareTinySizes(byte[] zip) {
        byte[] copy = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = centralDirectory(buffer); at + 46 <= copy.length && buffer.getInt(at) == 0x02014b50; ) {
            buffer.putInt(at + 24, 1024);
            at += 46 + Short.toUnsignedInt(buffer.getShort(at + 28)) + Short.toUnsignedInt(buffer.getShort(at + 30))
                    + Short.toUnsignedInt(buffer.getShort(at + 32));
        }
        return copy;
    }

    private static long declaredTotal(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        long total = 0;
        for (int at = centralDirectory(buffer); at + 46 <= zip.length && buffer.getInt(at) == 0x02014b50; ) {
            total += Integer.toUnsignedLong(buffer.getInt(at + 24));
            at += 46 + Short.toUnsignedInt(buffer.getShort(at + 28)) + Short.toUnsignedInt(buffer.getShort(at + 30))
                    + Short.toUnsignedInt(buffer.getShort(at + 32));
        }
        return total;
    }

    /** The offset of the central directory, from the end-of-central-directory record. */
    private static int centralDirectory(ByteBuffer zip) {
        for (int at = zip.capacity() - 22; at >= 0; at--) {
            if (zip.getInt(at) == 0x06054b50) {
                return zip.getInt(at + 16);
            }
        }
        throw new AssertionError("no end of central directory");
    }

    /**
     * A valid workbook a little under the limits: the most task rows with long summaries, one long plan step for
     * each, and a fund sheet padded with tens of thousands of formatted but empty rows, which reading skips.
     */
    private static byte[] nearTheLimit() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle shaded = book.createCellStyle();
            shaded.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            String summary = "과제 개요 ".repeat(160);
            Sheet tasks = sheet(book, "과제목록", TASK_HEADINGS);
            Sheet milestones = sheet(book, "추진계획", List.of("관리번호", "연도", "분기", "내용"));
            sheet(book, "성과지표", List.of("관리번호", "순번", "지표명", "단위", "방향", "기준값", "측정방법"));
            Sheet funds = sheet(book, "재원계획", List.of("관리번호", "회계연도", "국비", "도비", "시비", "민자·기타", "합계"));
            for (int i = 1; i <= TaskWorkbook.MAX_ROWS; i++) {
                Row row = tasks.createRow(i);
                String number = "9-" + i;
                List<Object> values = new ArrayList<>(List.of(number, 9, "과제 " + i, "Task " + i, summary, "D-TOUR",
                        "officer", "D-URBAN", "경주시 공약", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31),
                        "중기", "정상추진"));
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (values.get(c) instanceof String s) {
                        cell.setCellValue(s);
                    } else if (values.get(c) instanceof Integer n) {
                        cell.setCellValue(n);
                    } else {
                        cell.setCellValue((LocalDate) values.get(c));
                        cell.setCellStyle(date);
                    }
                }
                Row step = milestones.createRow(i);
                step.createCell(0).setCellValue(number);
                step.createCell(1).setCellValue(2024);
                step.createCell(2).setCellValue(1 + i % 4);
                step.createCell(3).setCellValue("단계 " + i + " " + "착공 준비와 설계 ".repeat(110));
            }
            for (int i = 1; i <= 40_000; i++) {
                Row row = funds.createRow(i);
                for (int c = 0; c < 7; c++) {
                    row.createCell(c).setCellStyle(shaded);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(SXSSFWorkbook book, String name, List<String> headings) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            row.createCell(c).setCellValue(headings.get(c));
        }
        return sheet;
    }

    private static List<String> describe(List<CellError> errors) {
        return errors.stream().map(e -> e.sheet() + "|" + e.row() + "|" + e.column() + "|" + e.messageKey() + "|"
                + e.arguments()).toList();
    }
}
