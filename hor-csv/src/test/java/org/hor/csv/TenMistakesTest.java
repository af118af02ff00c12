package org.hor.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed folder {@code ten-mistakes} holds exactly ten mistakes; each is reported with file,
 * physical line, column (header name and position), rule code, JSON pointer and the cell as written.
 */
class TenMistakesTest {

    private static final Path FOLDER = Folders.resource("ten-mistakes");

    @Test
    @DisplayName("a folder with ten different mistakes reports all ten, each with file, line and column")
    void allTen() throws Exception {
        ImportResult r = DatasetImporter.builder().build().importFrom(FOLDER);

        assertThat(r.isValid()).isFalse();
        assertThat(r.dataset()).isEmpty();
        assertThat(r.violations())
                .extracting(
                        CsvViolation::file,
                        CsvViolation::line,
                        CsvViolation::column,
                        v -> v.violation().column(),
                        CsvViolation::code,
                        v -> v.violation().pointer(),
                        v -> v.violation().value())
                .containsExactly(
                        // 1. sites.csv row 2 (line 3): DE-XX is no German state
                        tuple("sites.csv", 3L, "state", 4L, "HOR-208", "/sites/1/state", "DE-XX"),
                        // 2. "ja" is not true/false
                        tuple(
                                "organisations.csv",
                                2L,
                                "migrantLed",
                                5L,
                                "HOR-108",
                                "/organisations/0/migrantLed",
                                "ja"),
                        // 3. a quoted name with a line break (a control character); the row spans lines 3-4
                        tuple(
                                "organisations.csv",
                                3L,
                                "name",
                                2L,
                                "HOR-202",
                                "/organisations/1/name",
                                "Verein\r\nzwei"),
                        // 4. founded 2030 is after the year of asOf, 2024
                        tuple("organisations.csv", 3L, "founded", 6L, "HOR-209", "/organisations/1/founded", "2030"),
                        // 5. VEREIN is no organisation type; the row starts on line 5 because of the line break above
                        tuple("organisations.csv", 5L, "type", 3L, "HOR-207", "/organisations/2/type", "VEREIN"),
                        // 6. 1.005 has 3 fraction digits
                        tuple("deliveries.csv", 2L, "amount", 6L, "HOR-204", "/deliveries/0/amount", "1.005"),
                        // 7. O-9 is no organisation (integrity rule 1)
                        tuple(
                                "deliveries.csv",
                                3L,
                                "organisationId",
                                3L,
                                "HOR-300",
                                "/deliveries/1/organisationId",
                                "O-9"),
                        // 8. month 13 does not exist
                        tuple("deliveries.csv", 3L, "date", 4L, "HOR-203", "/deliveries/1/date", "2024-13-01"),
                        // 9. 6 cells under a header of 7
                        tuple("deliveries.csv", 4L, null, -1L, "HOR-110", "/deliveries/2", null),
                        // 10. the header has a column the format does not define
                        tuple("exchanges.csv", 1L, "room", 7L, "HOR-107", "/exchanges", "room"));
    }

    @Test
    @DisplayName("each problem formats as one line: file:line (column) code message [value]")
    void formatted() throws Exception {
        ImportResult r = DatasetImporter.builder().build().importFrom(FOLDER);

        assertThat(Folders.lines(r))
                .contains(
                        "deliveries.csv:2 (amount) HOR-204 Not a valid amount: 0 to 999,999,999.99 with at most 2 fraction digits [1.005]",
                        "deliveries.csv:3 (organisationId) HOR-300 Dangling reference: O-9 is no id in organisations.csv [O-9]",
                        "deliveries.csv:4 HOR-110 The row has 6 cells, the header has 7",
                        "organisations.csv:3 (name) HOR-202 Not a valid text: 1 to 500 characters, not only white space, "
                                + "no control characters [Verein\\r\\nzwei]",
                        "organisations.csv:2 (migrantLed) HOR-108 Wrong type: expected true or false, found \"ja\" [ja]");
        assertThat(r.violations().get(5).format(Locale.GERMAN))
                .isEqualTo(
                        "deliveries.csv:2 (amount) HOR-204 Kein gültiger Betrag: 0 bis 999 999 999,99 mit höchstens 2 "
                                + "Nachkommastellen [1.005]");
    }

    @Test
    @DisplayName("an import with any error writes nothing: the output file does not appear")
    void nothingWritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("dataset.json");

        ImportResult r = DatasetImporter.builder().build().importTo(FOLDER, out);

        assertThat(r.violations()).hasSize(10);
        assertThat(out).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files).as("no temporary file is left either").isEmpty();
        }
    }
}
