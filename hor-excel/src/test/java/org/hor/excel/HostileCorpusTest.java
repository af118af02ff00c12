package org.hor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hor.excel.hostile.HostileWorkbooks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile workbook is refused with the problems worked out for it, and nothing is written. */
class HostileCorpusTest {

    static List<HostileWorkbooks.Case> cases() {
        return HostileWorkbooks.all();
    }

    @Test
    @DisplayName("the corpus has at least 40 workbooks")
    void size() {
        assertThat(HostileWorkbooks.all()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("a hostile workbook gives located problems and no dataset or output")
    void refused(HostileWorkbooks.Case c, @TempDir Path tmp) throws Exception {
        Path file = c.write(tmp);
        Path json = tmp.resolve("out.json");
        WorkbookImportResult r = WorkbookImporter.builder().build().importTo(file, json);
        List<String> lines =
                r.violations().stream().map(v -> v.format(Locale.ENGLISH)).toList();
        assertThat(r.isValid()).as("%s: %s", c.name(), lines).isFalse();
        assertThat(json).doesNotExist();
        assertThat(lines).as(c.name()).anyMatch(l -> l.startsWith(c.expected().get(0)));
        for (String e : c.expected().subList(1, c.expected().size())) {
            assertThat(lines)
                    .as(c.name())
                    .anyMatch(l -> l.startsWith(c.expected().get(0)) && l.contains(e));
        }
    }
}
