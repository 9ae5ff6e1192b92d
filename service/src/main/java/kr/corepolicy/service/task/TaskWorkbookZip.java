package kr.corepolicy.service.task;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Measures an uploaded .xlsx (a zip) before anything parses it: every entry is inflated into a small reused buffer
 * and its real bytes counted, never trusting the sizes the zip declares, and the count stops as soon as a limit is
 * passed. A file that passes opens into at most {@value TaskWorkbook#MAX_UNCOMPRESSED_BYTES} bytes, whatever its
 * compression ratio.
 *
 * <p>The entries are walked exactly as {@code OPCPackage.open(InputStream)} walks them afterwards (commons-compress'
 * {@link ZipArchiveInputStream} over the local headers, with the same options), so what is measured is what POI
 * opens. {@code java.util.zip.ZipInputStream} is not used: it refuses valid workbooks, such as those POI's own
 * streaming writer makes.
 */
final class TaskWorkbookZip {

    private static final int MB = 1024 * 1024;

    private TaskWorkbookZip() {
    }

    /** The problem that refuses the file, or null when it is within the limits (or not a zip: POI says so). */
    static CellError check(byte[] xlsx) {
        return check(xlsx, TaskWorkbook.MAX_UNCOMPRESSED_BYTES, TaskWorkbook.MAX_ENTRY_BYTES,
                TaskWorkbook.MAX_ENTRIES);
    }

    static CellError check(byte[] xlsx, long maxTotal, long maxEntry, int maxEntries) {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx),
                StandardCharsets.UTF_8.name(), false, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    return CellError.ofFile("import.tooManyParts", List.of(maxEntries));
                }
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > maxEntry || total > maxTotal) {
                        return tooLarge(maxTotal, maxEntry);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A zip that cannot be walked is not measured, so it is not opened either.
            return CellError.ofFile("import.notXlsx", List.of());
        }
        return null;
    }

    private static CellError tooLarge(long maxTotal, long maxEntry) {
        return CellError.ofFile("import.uncompressedTooLarge",
                List.of(Math.max(1, maxTotal / MB), Math.max(1, maxEntry / MB)));
    }
}
