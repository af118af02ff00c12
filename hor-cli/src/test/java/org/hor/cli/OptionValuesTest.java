package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("absurd option values are usage errors (64) naming the option and the value, never internal errors")
class OptionValuesTest {

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        return Files.writeString(dir.resolve("data.json"), EvaluateCommandsTest.DATASET, StandardCharsets.UTF_8);
    }

    private static Cli run(String... args) {
        Cli r = Cli.run(
                Stream.concat(Stream.of("--lang", "en"), Stream.of(args)).toArray(String[]::new));
        HostileInputCliTest.noStackTrace(r);
        return r;
    }

    @Test
    @DisplayName(
            "--year outside 1..9999 (2147483647, 10000, 0, -1, 99999999999) is refused by findings, report and evaluate")
    void years() throws IOException {
        String data = dataset().toString();
        for (String year : List.of("2147483647", "10000", "0", "-1", "99999999999", "x")) {
            for (List<String> command : List.of(
                    List.of("findings", data),
                    List.of("report", data, "--programme"),
                    List.of("evaluate", data, "--format", "json", "--findings"))) {
                String[] args = Stream.concat(command.stream(), Stream.of("--year", year))
                        .toArray(String[]::new);
                Cli r = run(args);
                assertThat(r.exitCode())
                        .as("%s --year %s: %s", command.get(0), year, r.err())
                        .isEqualTo(ExitCodes.USAGE);
                assertThat(r.err().lines().findFirst().orElseThrow())
                        .isEqualTo("hor: Invalid value for option '--year': not a year from 1 to 9999: " + year);
                assertThat(r.out()).isEmpty();
            }
        }
        Cli de = Cli.run("--lang", "de", "findings", data, "--year", "-1");
        assertThat(de.err()).contains("kein Jahr von 1 bis 9999: -1");
    }

    @Test
    @DisplayName("--year 2024 is a year; 1 and 9999 pass the check (and then are not complete years of this dataset)")
    void yearsAtTheEdges() throws IOException {
        String data = dataset().toString();
        Cli ok = run("findings", data, "--year", "2024");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("2024").doesNotContain("-001");
        for (String year : List.of("1", "9999")) {
            Cli r = run("findings", data, "--year", year);
            assertThat(r.err()).as(year).doesNotContain("not a year from 1 to 9999");
        }
    }

    @Test
    @DisplayName(
            "--plugin-timeout NaN, Infinity, 0, -1, 0.0001, 86401, 1e400 and x are refused; 0.001 and 86400 are fine")
    void pluginTimeout() throws IOException {
        String data = dataset().toString();
        for (String seconds : List.of("NaN", "Infinity", "-Infinity", "0", "-1", "0.0001", "86401", "1e400", "x")) {
            Cli r = run("evaluate", data, "--plugin-timeout", seconds);
            assertThat(r.exitCode())
                    .as("--plugin-timeout %s: %s", seconds, r.err())
                    .isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines().findFirst().orElseThrow())
                    .isEqualTo(
                            "hor: Invalid value for option '--plugin-timeout': not a number of seconds from 0.001 to 86400: "
                                    + seconds);
            assertThat(r.out()).isEmpty();
        }
        for (String seconds : List.of("0.001", "86400", "2")) {
            Cli r = run("evaluate", data, "--plugin-timeout", seconds, "--scopes", "programme");
            assertThat(r.exitCode())
                    .as("--plugin-timeout %s: %s", seconds, r.err())
                    .isZero();
        }
        assertThat(Cli.run("--lang", "de", "report", data, "--programme", "--plugin-timeout", "NaN")
                        .err())
                .contains("keine Sekundenzahl von 0.001 bis 86400: NaN");
    }

    @Test
    @DisplayName("periods with a year 0 (--from, --to, explain --period) and --as-of 0000-01-01 are refused")
    void periodsAndDates() throws IOException {
        String data = dataset().toString();
        Cli from = run("evaluate", data, "--from", "0000");
        assertThat(from.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(from.err()).startsWith("hor: --from must lie in the years 1 to 9999: 0000\n");
        Cli to = run("evaluate", data, "--to", "0000-Q1");
        assertThat(to.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(to.err()).startsWith("hor: --to must lie in the years 1 to 9999: 0000-Q1\n");
        Cli explain = run(
                "explain",
                data,
                "--scope",
                "programme",
                "--period",
                "0000-12-01..2024-01-31",
                "--indicator",
                "reach.organisations");
        assertThat(explain.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(explain.err()).startsWith("hor: --period must lie in the years 1 to 9999: 0000-12-01..2024-01-31\n");
        assertThat(run("evaluate", data, "--from", "0001", "--to", "9999-12", "--scopes", "programme")
                        .exitCode())
                .isZero();

        Path tpl = dir.resolve("tpl");
        assertThat(Cli.run("import", "--template", tpl.toString()).exitCode()).isZero();
        Cli asOf = run("import", tpl.toString(), "--as-of", "0000-01-01");
        assertThat(asOf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(asOf.err()).startsWith("hor: --as-of must lie in the years 1 to 9999: 0000-01-01\n");
        assertThat(Cli.run("--lang", "de", "import", tpl.toString(), "--as-of", "0000-01-01")
                        .err())
                .contains("--as-of muss in den Jahren 1 bis 9999 liegen: 0000-01-01");
    }
}
