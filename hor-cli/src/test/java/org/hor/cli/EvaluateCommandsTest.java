package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandsTest {

    // One site, two organisations, three deliveries:
    // 2024-Q1: O-1 consulting 2 h (D-1), O-2 consulting 1.5 h (D-2); 2024-Q2: O-1 micro grant 500 € (D-3).
    static final String DATASET = """
            {
              "formatVersion": "1",
              "asOf": "2024-12-31",
              "programme": { "id": "hor", "name": "House of Resources" },
              "sites": [ { "id": "S-A", "name": "Haus A", "city": "Dresden", "state": "DE-SN",
                           "carrier": "Träger e.V.", "carrierType": "MIGRANT_UMBRELLA", "coverage": "CITY",
                           "start": "2024-01-01" } ],
              "organisations": [
                { "id": "O-1", "name": "=HYPERLINK(\\"x\\")", "type": "MIGRANT_ORGANISATION", "legalForm": "REGISTERED_ASSOCIATION" },
                { "id": "O-2", "name": "Initiative B", "type": "INITIATIVE", "legalForm": "UNREGISTERED_GROUP" } ],
              "offers": [ { "id": "F-1", "siteId": "S-A", "type": "CONSULTING", "title": "Beratung" },
                          { "id": "F-2", "siteId": "S-A", "type": "MICRO_GRANT", "title": "Mikroförderung" } ],
              "deliveries": [
                { "id": "D-1", "offerId": "F-1", "organisationId": "O-1", "date": "2024-02-01", "hours": 2 },
                { "id": "D-2", "offerId": "F-1", "organisationId": "O-2", "date": "2024-03-01", "hours": 1.5 },
                { "id": "D-3", "offerId": "F-2", "organisationId": "O-1", "date": "2024-05-01", "amount": 500 } ],
              "targets": [ { "siteId": "S-A", "indicator": "reach.organisations", "period": "2024", "value": 4 } ]
            }
            """;

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        Path file = dir.resolve("data.json");
        Files.writeString(file, DATASET, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("evaluate writes the tidy CSV with hand-checked values and the target on the total row")
    void evaluateCsv() throws IOException {
        Path out = dir.resolve("out.csv");
        Cli r = Cli.run(
                "evaluate", dataset().toString(), "--scopes", "site", "--periods", "year", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith(
                        "scope,period,indicator,breakdown,category,value,unit,target,expectation,attainment,status,reason\r\n");
        // 2 organisations against a target of 4: attainment 100 * 2 / 4 = 50 -> PARTLY
        assertThat(csv).contains("site:S-A,2024,reach.organisations,,,2,organisations,4.000000,,50.000000,PARTLY,\r\n");
        // consulting hours 2 + 1.5 = 3.5, written as summed
        assertThat(csv).contains("site:S-A,2024,consulting.hours,,,3.5,hours,,,,,\r\n");
        assertThat(csv).contains("site:S-A,2024,grants.amount,,,500.00,EUR,,,,,\r\n");
        assertThat(csv).doesNotContain("site:S-A,2024-Q1");
    }

    @Test
    @DisplayName("evaluate --from/--to keeps the periods whose first day lies in the range, in the German dialect")
    void evaluateRangeGermanDialect() throws IOException {
        Cli r = Cli.run(
                "evaluate",
                dataset().toString(),
                "--scopes",
                "programme",
                "--periods",
                "quarter",
                "--from",
                "2024-Q2",
                "--to",
                "2024-Q2",
                "--format",
                "csv-de");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("\uFEFFscope;period;indicator;");
        assertThat(r.out()).contains("programme;2024-Q2;grants.amount;;;500,00;EUR;;;;;");
        assertThat(r.out()).doesNotContain(";2024-Q1;").doesNotContain(";2024-Q3;");
    }

    @Test
    @DisplayName("evaluate --format json --findings carries the values, the metadata and the findings")
    void evaluateJsonWithFindings() throws IOException {
        Cli r = Cli.run("evaluate", dataset().toString(), "--format", "json", "--findings", "--scopes", "site");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("\"formatVersion\" : \"1\"")
                .contains("\"indicators\"")
                .contains("\"findings\"")
                .containsPattern("\"year\"\\s*:\\s*\"2024\"");
    }

    @Test
    @DisplayName("--findings with CSV, an unknown scope kind or period type is a usage error")
    void evaluateUsageErrors() throws IOException {
        String file = dataset().toString();
        assertThat(Cli.run("evaluate", file, "--findings").exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli r = Cli.run("--lang", "en", "evaluate", file, "--scopes", "district");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown scope kind: district");
        r = Cli.run("--lang", "en", "evaluate", file, "--periods", "week");
        assertThat(r.err()).contains("unknown period type: week");
        r = Cli.run("--lang", "en", "evaluate", file, "--from", "2024-Q5");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("2024-Q5");
    }

    @Test
    @DisplayName("evaluate on an invalid dataset prints the violations, exits with 65 and writes no file")
    void evaluateInvalid() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, DATASET.replace("\"hours\": 1.5", "\"hours\": -1.5"));
        Path out = dir.resolve("out.csv");
        Cli r = Cli.run("--lang", "en", "evaluate", file.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("/deliveries/1/hours").contains("HOR-209").contains("1 violations");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("explain shows the formula with its numbers and the contributing records")
    void explain() throws IOException {
        Cli r = Cli.run(
                "--lang",
                "en",
                "explain",
                dataset().toString(),
                "--scope",
                "site:S-A",
                "--period",
                "2024",
                "--indicator",
                "reach.organisations");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("reach.organisations")
                .contains("value:   2 organisations")
                .contains("O-1, O-2");
    }

    @Test
    @DisplayName("explain shows a value with the digits the CSV writes: a share with 6 fraction digits")
    void explainDigits() throws IOException {
        // O-1 of O-1 and O-2 used two offer types in 2024: 100 * 1 / 2 = 50
        Cli r = Cli.run(
                "--lang",
                "en",
                "explain",
                dataset().toString(),
                "--scope",
                "site:S-A",
                "--period",
                "2024",
                "--indicator",
                "offers.multi-use.share");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("value:   50.000000 percent");
        Path out = dir.resolve("out.csv");
        Cli e = Cli.run(
                "evaluate", dataset().toString(), "--scopes", "site", "--periods", "year", "-o", out.toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains("site:S-A,2024,offers.multi-use.share,,,50.000000,percent,");
    }

    @Test
    @DisplayName("explain with an unknown indicator or scope is a usage error")
    void explainUsage() throws IOException {
        Cli r = Cli.run(
                "--lang",
                "en",
                "explain",
                dataset().toString(),
                "--scope",
                "site:S-A",
                "--period",
                "2024",
                "--indicator",
                "reach.organisation");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown indicator: reach.organisation");
        r = Cli.run(
                "explain",
                dataset().toString(),
                "--scope",
                "district:X",
                "--period",
                "2024",
                "--indicator",
                "reach.organisations");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @DisplayName("catalogue lists the 25 standard indicators with their provider")
    void catalogue() {
        Cli r = Cli.run("--lang", "en", "catalogue");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("\thor.standard\t"))).hasSize(25);
        assertThat(r.out()).contains("reach.organisations\tOUTPUT\torganisations\tUP\tCUMULATIVE\torganisationType");
    }

    @Test
    @DisplayName("findings prints a briefing; a year that is not complete is a usage error")
    void findings() throws IOException {
        Cli r = Cli.run("--lang", "en", "findings", dataset().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2024").contains("S-A");
        r = Cli.run("--lang", "en", "findings", dataset().toString(), "--year", "2025");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--year");
    }

    @Test
    @DisplayName("--publish suppresses a reach of 2 and the target's attainment, in CSV")
    void publish() throws IOException {
        Cli r = Cli.run("evaluate", dataset().toString(), "--scopes", "site", "--periods", "year", "--publish");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // reach 2 is between 1 and k-1 = 2: empty value, reason SUPPRESSED; the agreed target stays
        assertThat(r.out()).contains("site:S-A,2024,reach.organisations,,,,organisations,4.000000,,,,SUPPRESSED\r\n");
        assertThat(Cli.run("evaluate", dataset().toString(), "--suppress-below", "1")
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("evaluate", dataset().toString(), "--publish", "--suppress-below", "5")
                        .exitCode())
                .isEqualTo(ExitCodes.USAGE);
        // the findings' evidence would reveal the suppressed counts: refused rather than leaked
        Cli f = Cli.run("evaluate", dataset().toString(), "--format", "json", "--findings", "--publish");
        assertThat(f.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(f.err()).contains("--findings cannot be published");
    }

    @Test
    @DisplayName("report writes the site report as Markdown; an unknown site or format is a usage error")
    void report() throws IOException {
        Path out = dir.resolve("site.md");
        Cli r = Cli.run(
                "--lang",
                "en",
                "report",
                dataset().toString(),
                "--site",
                "S-A",
                "--format",
                "md",
                "-o",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("Site profile").contains("Haus A");
        r = Cli.run("--lang", "en", "report", dataset().toString(), "--site", "S-X");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no site with id S-X");
        r = Cli.run("--lang", "en", "report", dataset().toString(), "--programme", "--format", "odt");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err())
                .contains("unknown report format: odt")
                .contains("docx")
                .contains("pdf");
        assertThat(Cli.run("report", dataset().toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
