package kr.corepolicy.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Services name link targets; the web layer turns them into page URLs. A page path is a string constant, which
 * the compiled classes (and so ArchUnit) do not show as a dependency, so this test reads the service sources
 * and looks for ".xhtml" anywhere but in comments.
 */
class ServiceKnowsNoPagesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void noServiceSourceNamesAPage() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the service module: " + SOURCES.toAbsolutePath());
        List<String> found;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            found = files.filter(f -> f.toString().endsWith(".java"))
                    .sorted()
                    .flatMap(ServiceKnowsNoPagesTest::pagesNamedIn)
                    .toList();
        }
        assertEquals(List.of(), found, "services name a link target, the web layer makes the .xhtml URL");
    }

    @Test
    void commentsDoNotCountButStringsDo() {
        String source = """
                /** Opens "/a.xhtml". */
                class A { // see /b.xhtml
                    String c = "/* not a comment */ /c.xhtml";
                    char q = '"';
                    String d = "\\" /d.xhtml";
                    /* /e.xhtml */ String e = \"""
                        /f.xhtml\""";
                }
                """;
        String code = withoutComments(source);
        assertTrue(code.contains("/c.xhtml") && code.contains("/d.xhtml") && code.contains("/f.xhtml"), code);
        assertFalse(code.contains("/a.xhtml") || code.contains("/b.xhtml") || code.contains("/e.xhtml"), code);
    }

    private static Stream<String> pagesNamedIn(Path file) {
        String code;
        try {
            code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = code.split("\n", -1);
        return IntStream.range(0, lines.length)
                .filter(i -> lines[i].contains(".xhtml"))
                .mapToObj(i -> SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
    }

    /** The source with every comment blanked out (line breaks kept, so line numbers still match). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(source, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
