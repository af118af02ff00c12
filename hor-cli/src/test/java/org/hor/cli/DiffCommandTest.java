package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hor diff OLD NEW} (spec 06 "Differences"): formats, exit codes, partial periods. */
class DiffCommandTest {

    // One site; 2023: O-1 consulting 2 h (D-1); 2024: O-2 consulting 1 h (D-2), O-1 a grant of AMOUNT (D-3)
    private static final String DATASET = """
            {
              "formatVersion": "1",
              "asOf": "AS_OF",
              "programme": { "id": "hor", "name": "House of Resources" },
              "sites": [ { "id": "S-A", "name": "Haus A", "city": "Dresden", "state": "DE-SN",
                           "carrier": "Träger e.V.", "carrierType": "MIGRANT_UMBRELLA", "coverage": "CITY",
                           "start": "2023-01-01" } ],
              "organisations": [
                { "id": "O-1", "name": "Verein 1", "type": "MIGRANT_ORGANISATION", "legalForm": "REGISTERED_ASSOCIATION" },
                { "id": "O-2", "name": "Initiative B", "type": "INITIATIVE", "legalForm": "UNREGISTERED_GROUP" } ],
              "offers": [ { "id": "F-1", "siteId": "S-A", "type": "CONSULTING", "title": "Beratung" },
                          { "id": "F-2", "siteId": "S-A", "type": "MICRO_GRANT", "title": "Mikroförderung" } ],
              "deliveries": [
                { "id": "D-1", "offerId": "F-1", "organisationId": "O-1", "date": "2023-03-01", "hours": 2 },
                { "id": "D-2", "offerId": "F-1", "organisationId": "O-2", "date": "2024-03-01", "hours": 1 },
                { "id": "D-3", "offerId": "F-2", "organisationId": "O-1", "date": "2024-05-01", "amount": AMOUNT }EXTRA ]
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String asOf, String amount, String extra) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(
                file,
                DATASET.replace("AS_OF", asOf).replace("AMOUNT", amount).replace("EXTRA", extra),
                StandardCharsets.UTF_8);
        return file;
    }

    private Path old() throws IOException {
        return write("old.json", "2024-12-31", "500", "");
    }

    private Path corrected() throws IOException {
        return write("new.json", "2024-12-31", "800", "");
    }

    @Test
    @DisplayName("a corrected grant: exit 1 and the CSV of spec 06 with the grant as cause")
    void csv() throws IOException {
        Path out = dir.resolve("diff.csv");
        Cli r = Cli.run(
                "diff",
                old().toString(),
                corrected().toString(),
                "--scopes",
                "site",
                "--periods",
                "year",
                "--format",
                "csv",
                "-o",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo("scope,period,indicator,category,change,old,new,oldReason,newReason,causes\r\n"
                        + "site:S-A,2024,grants.amount,,changed,500.00,800.00,,,deliveries/D-3\r\n"
                        + "site:S-A,2024,grants.amount.mean,,changed,500.000000,800.000000,,,deliveries/D-3\r\n");
    }

    @Test
    @DisplayName("text to standard output: the summary line, then each value old → new with its causes")
    void text() throws IOException {
        Cli r = Cli.run("diff", old().toString(), corrected().toString(), "--scopes", "site", "--periods", "year");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out())
                .isEqualTo("values: 2 changed, 0 appeared, 0 disappeared; records: 0 added, 0 removed, 1 changed\n"
                        + "site:S-A 2024 grants.amount: 500.00 → 800.00; causes: deliveries/D-3\n"
                        + "site:S-A 2024 grants.amount.mean: 500.000000 → 800.000000; causes: deliveries/D-3\n");
    }

    @Test
    @DisplayName("json: the values and the record changes; every scope kind when none is chosen")
    void json() throws IOException {
        Path out = dir.resolve("diff.json");
        Cli r = Cli.run(
                "diff",
                old().toString(),
                corrected().toString(),
                "--periods",
                "year",
                "--format",
                "json",
                "-o",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        String json = Files.readString(out, StandardCharsets.UTF_8);
        // the site, its carrier type, coverage and state groups and the programme: 5 scopes × 2 values
        assertThat(json)
                .contains(
                        "\"kind\" : \"hor-diff\"",
                        "\"changed\" : 10",
                        "\"recordsChanged\" : 1",
                        "\"scope\" : \"programme\"",
                        "\"array\" : \"deliveries\"",
                        "\"amount\"");
    }

    @Test
    @DisplayName("the same dataset on both sides: exit 0 and a summary of nothing")
    void noDifference() throws IOException {
        Cli r = Cli.run("diff", old().toString(), old().toString(), "--scopes", "site");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo("values: 0 changed, 0 appeared, 0 disappeared; records: 0 added, 0 removed, 0 changed\n");
    }

    @Test
    @DisplayName("asOf moved within the running year: exit 0 without --partial, 1 with it")
    void partial() throws IOException {
        Path a = write("a.json", "2024-11-15", "500", "");
        Path b = write(
                "b.json",
                "2024-11-30",
                "500",
                ",\n    { \"id\": \"D-4\", \"offerId\": \"F-1\", \"organisationId\": \"O-2\", \"date\": \"2024-11-20\", \"hours\": 1 }");
        Cli without = Cli.run("diff", a.toString(), b.toString(), "--scopes", "site", "--periods", "year");
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(without.out())
                .isEqualTo("values: 0 changed, 0 appeared, 0 disappeared; records: 1 added, 0 removed,"
                        + " 0 changed; asOf 2024-11-15 → 2024-11-30\n");
        Cli with = Cli.run(
                "diff",
                a.toString(),
                b.toString(),
                "--scopes",
                "site",
                "--periods",
                "year",
                "--partial",
                "--format",
                "csv");
        assertThat(with.exitCode()).as(with.err()).isEqualTo(1);
        assertThat(with.out()).contains("site:S-A,2024,consulting.hours,,changed,1,2,,,deliveries/D-4\r\n");
    }

    @Test
    @DisplayName("exit codes: 66 for a missing side, 65 for an invalid one, 64 for a bad option or a release file")
    void exitCodes() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertThat(Cli.run("diff", old().toString(), missing.toString()).exitCode())
                .isEqualTo(66);
        Path invalid = write("invalid.json", "2024-12-31", "1.005", "");
        Cli bad = Cli.run("diff", old().toString(), invalid.toString());
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("/deliveries/2/amount");
        assertThat(Cli.run("diff", old().toString(), corrected().toString(), "--format", "xml")
                        .exitCode())
                .isEqualTo(64);
        assertThat(Cli.run("diff", old().toString()).exitCode()).isEqualTo(64);
        assertThat(Cli.run("diff", old().toString(), corrected().toString(), "--scopes", "galaxy")
                        .exitCode())
                .isEqualTo(64);
        Path release = dir.resolve("release.json");
        Files.writeString(release, "{ \"formatVersion\": \"1\", \"kind\": \"hor-release\", \"values\": [] }");
        Cli r = Cli.run("--lang", "en", "diff", release.toString(), old().toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(65);
        assertThat(r.err()).contains("HOR-").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a release on one side: its values against the dataset's, evaluated with the release's options")
    void releaseSide() throws IOException {
        Path rel = dir.resolve("r.json");
        Cli made = Cli.run(
                "--lang",
                "en",
                "release",
                old().toString(),
                "--scopes",
                "site",
                "--periods",
                "year",
                "-o",
                rel.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        // the dataset side is evaluated with the release's options (sites, years), whatever is given here
        Cli c = Cli.run("--lang", "en", "diff", rel.toString(), corrected().toString(), "--format", "csv");
        assertThat(c.exitCode()).as(c.err()).isEqualTo(1);
        assertThat(c.out())
                .contains("site:S-A,2024,grants.amount,,changed,500.00,800.00,,,\r\n")
                .doesNotContain("programme,")
                .doesNotContain("2024-Q");
        Cli same = Cli.run("--lang", "en", "diff", old().toString(), rel.toString());
        assertThat(same.exitCode()).as(same.out() + same.err()).isZero();
    }

    @Test
    @DisplayName("a lock with the release's dataset names the records that changed each released value")
    void lockCauses() throws IOException {
        Path rel = dir.resolve("r.json");
        assertThat(Cli.run("release", old().toString(), "--scopes", "site", "--periods", "year", "-o", rel.toString())
                        .exitCode())
                .isZero();
        Cli v = Cli.run(
                "--lang",
                "en",
                "validate",
                corrected().toString(),
                "--against",
                rel.toString(),
                "--against-dataset",
                old().toString());
        assertThat(v.exitCode()).isEqualTo(65);
        assertThat(v.out() + v.err()).contains("grants.amount: 500.00 → 800.00").contains("deliveries/D-3");
    }

    @Test
    @DisplayName("-o onto one of the two datasets is refused with 64 and the dataset stays as it was")
    void outputOntoInput() throws IOException {
        Path b = corrected();
        String before = Files.readString(b, StandardCharsets.UTF_8);
        Cli r = Cli.run("diff", old().toString(), b.toString(), "-o", b.toString());
        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(Files.readString(b, StandardCharsets.UTF_8)).isEqualTo(before);
    }
}
