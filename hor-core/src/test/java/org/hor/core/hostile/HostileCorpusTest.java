package org.hor.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadResult;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Every hostile dataset of the corpus gives exactly the expected result through the reader")
class HostileCorpusTest {

    @TempDir
    static Path dir;

    private static List<HostileCase> cases;

    private static synchronized List<HostileCase> cases() {
        if (cases == null) {
            cases = HostileCorpus.materialise(dir);
        }
        return cases;
    }

    @Test
    @DisplayName(
            "the corpus holds more than 400 cases, with unique names, hand-written ones and valid controls among them")
    void size() {
        List<HostileCase> all = cases();
        assertThat(all).hasSizeGreaterThan(400);
        assertThat(all.stream().map(HostileCase::name).distinct().count()).isEqualTo(all.size());
        assertThat(all).filteredOn(HostileCase::valid).hasSizeGreaterThan(10);
        assertThat(all).filteredOn(c -> c.name().endsWith(".json")).hasSizeGreaterThanOrEqualTo(70);
    }

    @TestFactory
    @DisplayName("reading a hostile file never throws, never hangs and reports the expected rule, pointer and line")
    Stream<DynamicTest> everyCase() {
        DatasetReader reader = DatasetReader.builder().build();
        return cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    ReadResult r = assertTimeoutPreemptively(
                            Duration.ofSeconds(20),
                            () -> reader.read(c.file()),
                            () -> "reading " + c.name() + " hangs");
                    check(c, r);
                }));
    }

    static void check(HostileCase c, ReadResult r) {
        String shown = r.violations().stream()
                .limit(20)
                .map(v -> v.format(Locale.ENGLISH))
                .collect(Collectors.joining("\n"));
        if (c.valid()) {
            assertThat(r.isValid())
                    .as("%s (%s) is valid, but:%n%s", c.name(), c.what(), shown)
                    .isTrue();
            return;
        }
        assertThat(r.isValid()).as("%s (%s) is invalid", c.name(), c.what()).isFalse();
        assertThat(r.violations())
                .as("%s (%s): violations%n%s", c.name(), c.what(), shown)
                .anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo(c.code());
                    assertThat(v.pointer()).isEqualTo(c.pointer());
                    if (c.line() >= 0) {
                        assertThat(v.line()).isEqualTo(c.line());
                    }
                });
        if (c.fatal()) {
            assertThat(r.violations())
                    .as("%s: reading stops at a fatal violation", c.name())
                    .hasSize(1);
        }
        for (Violation v : r.violations()) {
            assertThat(v.line())
                    .as("every violation of %s is located: %s", c.name(), v)
                    .isPositive();
            assertThat(v.value() == null || v.value().length() <= Violation.MAX_VALUE_LENGTH)
                    .isTrue();
        }
    }
}
