package kr.corepolicy.web.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that reached an H2 database, read from its trace file ({@code TRACE_LEVEL_FILE=2}, as
 * {@code bench/common.sh} starts it): H2 writes each statement it runs as a line starting with {@code /*SQL}, at
 * once. The file is read on from where the last call stopped, so what a call returns is what the database ran in
 * between.
 */
final class StatementTrace {

    private static final String STATEMENT = "/*SQL";
    /** How much of a statement's line is kept (for comparing statements and naming them in a failure message). */
    private static final int KEPT = 4000;
    /** The trace must stay unchanged this long before a count is taken (work after the answer, e.g. observers). */
    private static final Duration QUIET = Duration.ofMillis(200);
    private static final Duration POLL = Duration.ofMillis(40);
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final Path file;
    private long offset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    StatementTrace(Path file) {
        this.file = file;
    }

    /**
     * Waits until the trace has not grown for a moment, then answers the statements it received since the
     * previous call (the start of each one's line).
     */
    List<String> settle() throws IOException, InterruptedException {
        List<String> statements = new ArrayList<>();
        long start = System.nanoTime();
        long quietSince = start;
        while (true) {
            long before = offset;
            readOn(statements);
            long now = System.nanoTime();
            if (offset != before) {
                quietSince = now;
            } else if (now - quietSince >= QUIET.toNanos()) {
                return statements;
            }
            if (now - start > LIMIT.toNanos()) {
                throw new AssertionError("the database kept working for " + LIMIT + " (" + file + ")");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Reads what was appended since the last read; each complete line that starts a statement is one. */
    private void readOn(List<String> statements) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length < offset) {
                throw new AssertionError("the trace " + file + " was cut (TRACE_MAX_FILE_SIZE): counts unknown");
            }
            in.seek(offset);
            byte[] buffer = new byte[64 * 1024];
            while (offset < length) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, length - offset));
                if (read < 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    take(buffer[i], statements);
                }
                offset += read;
            }
        }
    }

    private void take(byte b, List<String> statements) {
        if (b != '\n') {
            if (line.size() < KEPT) {
                line.write(b);
            }
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.startsWith(STATEMENT)) {
            statements.add(text);
        }
    }
}
