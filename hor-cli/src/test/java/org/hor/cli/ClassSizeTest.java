package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the engine and the report builders in classes a reader can hold (issue 14: no class of the
 * engine or the report builders over 500 lines): every {@code src/main/java} file of hor-indicators
 * and hor-report has at most {@link #MAX_LINES} lines. Beside {@link ApiSurfaceTest}, the other
 * cross-module guard; it reads the sources from the module folder's siblings.
 */
@DisplayName("the engine and report classes stay small")
class ClassSizeTest {

    /** The most lines of one source file. */
    static final int MAX_LINES = 500;

    /** The modules whose main sources are checked, relative to hor-cli's folder. */
    static final List<String> SOURCES = List.of("../hor-indicators/src/main/java", "../hor-report/src/main/java");

    /** The files allowed to be longer, relative to their source folder, each with its reason. */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "org/hor/indicators/standard/StandardIndicators.java",
            "the table of the 25 standard indicators, one entry each (definition, denominator, computation,"
                    + " explanation): one home per indicator, split only by splitting the table");

    /** Returns {@code path: n lines} for each Java file below {@code sources} longer than {@code max}. */
    static List<String> oversized(Path sources, int max, Map<String, String> exceptions) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String rel = sources.relativize(f).toString().replace('\\', '/');
                int lines = Files.readAllLines(f, StandardCharsets.UTF_8).size();
                if (lines > max && !exceptions.containsKey(rel)) {
                    found.add(sources.resolve(rel).normalize() + ": " + lines + " lines (at most " + max + ")");
                }
            }
        }
        return found;
    }

    private static Path folder(String relative) {
        Path p = Path.of(System.getProperty("user.dir")).resolve(relative).normalize();
        assertThat(p)
                .as("the sources %s, relative to hor-cli's folder %s", relative, System.getProperty("user.dir"))
                .isDirectory();
        return p;
    }

    @Test
    @DisplayName("no main source file of hor-indicators or hor-report has more than 500 lines")
    void smallClasses() throws IOException {
        List<String> found = new ArrayList<>();
        for (String s : SOURCES) {
            found.addAll(oversized(folder(s), MAX_LINES, EXCEPTIONS));
        }
        assertThat(found).as("split these along a real seam").isEmpty();
    }

    @Test
    @DisplayName("each exception names a file that exists, so that none outlives its reason")
    void exceptionsExist() {
        for (String rel : EXCEPTIONS.keySet()) {
            assertThat(SOURCES.stream().map(s -> folder(s).resolve(rel)).anyMatch(Files::isRegularFile))
                    .as("the exception %s (%s) is a file of the checked sources", rel, EXCEPTIONS.get(rel))
                    .isTrue();
        }
    }

    @Test
    @DisplayName("a file of 501 lines is named with its count; 500 lines, an exception and other files are not")
    void countsLines(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/Long.java"), "x\n".repeat(501));
        Files.writeString(dir.resolve("a/Fits.java"), "x\n".repeat(499) + "x");
        Files.writeString(dir.resolve("a/Table.java"), "x\n".repeat(900));
        Files.writeString(dir.resolve("a/notes.txt"), "x\n".repeat(900));
        assertThat(oversized(dir, 500, Map.of("a/Table.java", "a table")))
                .containsExactly(dir.resolve("a/b/Long.java") + ": 501 lines (at most 500)");
        assertThat(oversized(dir, 500, Map.of()))
                .containsExactly(
                        dir.resolve("a/Table.java") + ": 900 lines (at most 500)",
                        dir.resolve("a/b/Long.java") + ": 501 lines (at most 500)");
    }
}
