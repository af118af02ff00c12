package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.hor.core.hostile.HostileCase;
import org.hor.core.hostile.HostileCorpus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
        "hor validate on every hostile dataset of the corpus: the right exit code, rule, pointer and line, never a stack trace")
class HostileInputCliTest {

    @TempDir
    static Path dir;

    private static List<HostileCase> cases;

    private static synchronized List<HostileCase> cases() {
        if (cases == null) {
            try {
                cases = HostileCorpus.materialise(Files.createDirectories(dir.resolve("corpus")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return cases;
    }

    /** Asserts that nothing a user sees looks like a crash. */
    static void noStackTrace(Cli r) {
        assertThat(r.out() + r.err())
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContain("Error:")
                .doesNotContain("hor: Interner Fehler")
                .doesNotContain("hor: Internal error");
    }

    @TestFactory
    @DisplayName("validate reports the expected violation as `pointer (line:column) CODE` and exits with 0 or 65")
    Stream<DynamicTest> validate() {
        return cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    FileTime before = stamp(c.file().getParent());
                    FileTime cwd = stamp(Path.of(""));
                    Cli r = Cli.run("--lang", "en", "validate", c.file().toString());
                    noStackTrace(r);
                    assertThat(r.exitCode())
                            .as("%s (%s)%n%s%s", c.name(), c.what(), head(r.out()), r.err())
                            .isEqualTo(c.exitCode());
                    if (c.valid()) {
                        assertThat(r.out()).contains(": valid");
                    } else {
                        String where = (c.pointer().isEmpty() ? "(root)" : c.pointer())
                                + (c.line() >= 0 ? " (" + c.line() + ":" : "");
                        assertThat(r.out().lines())
                                .as("%s (%s)%n%s", c.name(), c.what(), head(r.out()))
                                .anyMatch(l -> l.startsWith(where) && l.contains(" " + c.code() + " "));
                        assertThat(r.err()).contains("invalid,");
                        if (c.fatal()) {
                            assertThat(r.out().lines()).hasSize(1);
                        }
                    }
                    assertThat(stamp(c.file().getParent()))
                            .as("validate writes no file beside its input")
                            .isEqualTo(before);
                    assertThat(stamp(Path.of("")))
                            .as("nor in the working directory")
                            .isEqualTo(cwd);
                }));
    }

    @Test
    @DisplayName("the corpus holds more than 400 cases")
    void size() {
        assertThat(cases()).hasSizeGreaterThan(400);
    }

    @Test
    @DisplayName("a file that does not exist, a directory and an empty path are exit 66, each with one line on stderr")
    void missingInput() throws IOException {
        Cli missing =
                Cli.run("--lang", "en", "validate", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(missing.err().lines()).hasSize(1);
        noStackTrace(missing);
        Cli directory = Cli.run("--lang", "en", "validate", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        noStackTrace(directory);
        Path fileAsDir = Files.writeString(dir.resolve("plain.txt"), "x");
        Cli under = Cli.run(
                "--lang", "en", "validate", fileAsDir.resolve("data.json").toString());
        assertThat(under.exitCode()).isIn(ExitCodes.NO_INPUT, ExitCodes.IO_ERROR);
        noStackTrace(under);
    }

    @Test
    @DisplayName("a negative or absurd --max-size is a usage error or a size violation, never an internal error")
    void absurdMaxSize() {
        Path file = cases().get(0).file();
        for (String size : List.of("0", "-1", "9223372036854775807", "x")) {
            Cli r = Cli.run("--lang", "en", "validate", "--max-size", size, file.toString());
            noStackTrace(r);
            assertThat(r.exitCode())
                    .as("--max-size %s: %s%s", size, r.out(), r.err())
                    .isIn(ExitCodes.OK, ExitCodes.USAGE, ExitCodes.DATA);
        }
    }

    @Test
    @DisplayName("evaluate -o with a hostile dataset exits 65 and creates no output file, not even a partial one")
    void evaluateWritesNothingForHostileInput() throws IOException {
        Path out = dir.resolve("evaluation-out");
        Files.createDirectories(out);
        for (HostileCase c : cases()) {
            if (c.valid()) {
                continue;
            }
            Path target = out.resolve(c.name() + ".csv");
            Cli r = Cli.run("--lang", "en", "evaluate", c.file().toString(), "-o", target.toString());
            noStackTrace(r);
            assertThat(r.exitCode()).as(c.name()).isEqualTo(ExitCodes.DATA);
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s).as("no file after %s", c.name()).isEmpty();
            }
        }
    }

    /** The modification time of a directory: creating or deleting a file in it changes it. */
    private static FileTime stamp(Path directory) throws IOException {
        return Files.getLastModifiedTime(directory.toAbsolutePath());
    }

    private static String head(String s) {
        return s.lines().limit(10).reduce("", (a, b) -> a + b + "\n");
    }
}
