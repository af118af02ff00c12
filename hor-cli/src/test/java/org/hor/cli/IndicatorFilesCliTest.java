package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("indicator files on the command line (spec 05)")
class IndicatorFilesCliTest {

    /** The hand-written hostile corpus of hor-indicators (read from its source folder). */
    private static final Path CORPUS =
            Path.of("../hor-indicators/src/test/resources/org/hor/indicators/files/hostile.txt");

    @TempDir
    Path dir;

    /** A dataset with one site, S-A, and a target for the file indicator {@code hh.a}. */
    private static final String DATASET = """
            {"formatVersion": "1", "asOf": "2024-12-31", "programme": {"id": "p", "name": "P"},
             "sites": [{"id": "S-A", "name": "Haus A", "city": "Dresden", "state": "DE-SN", "carrier": "Träger e.V.",
                        "carrierType": "MIGRANT_UMBRELLA", "coverage": "CITY", "start": "2024-01-01"}],
             "targets": [{"siteId": "S-A", "indicator": "hh.a", "period": "2024", "value": 5}]}
            """;

    private static String file(String id, String sites) {
        return "{\"formatVersion\": \"1\", \"indicators\": [\n{\"id\": \"" + id + "\", \"label\": {\"en\": \"A\"}, "
                + "\"definition\": {\"en\": \"A.\"}, \"unit\": \"x\", \"level\": \"OUTPUT\", \"direction\": \"UP\",\n"
                + " \"sites\": " + sites + ", \"compute\": {\"count\": {\"from\": \"deliveries\"}}}]}\n";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /**
     * A stand-in for the file's provider that evaluates nothing (values NO_DATA): what the catalogue
     * needs to list and order file indicators, before evaluation of file indicators exists.
     */
    static IndicatorProvider standIn(IndicatorFile f) {
        return standIn(f, (ctx, s, p) -> Result.of(Value.undefined(Reason.NO_DATA)));
    }

    /** A stand-in for the file's provider whose indicators all compute with {@code computation}. */
    static IndicatorProvider standIn(IndicatorFile f, Indicator.Computation computation) {
        return new IndicatorProvider() {
            @Override
            public String id() {
                return "file";
            }

            @Override
            public List<Indicator> indicators() {
                List<Indicator> list = new ArrayList<>();
                for (FileIndicator i : f.indicators()) {
                    IndicatorDefinition d = new IndicatorDefinition(
                            i.id(),
                            i.label(),
                            i.definition(),
                            i.unit(),
                            i.level(),
                            i.direction(),
                            i.compute().accrual(),
                            i.periods(),
                            null,
                            i.compute().numberStyle());
                    list.add(Indicator.of(d, computation));
                }
                return list;
            }
        };
    }

    private final Function<IndicatorFile, IndicatorProvider> real = Catalogues.fileProviders;

    @AfterEach
    void restore() {
        Catalogues.fileProviders = real;
    }

    // ------------------------------------------------------------ template and check

    @Test
    @DisplayName(
            "indicators --template writes the commented example, which loads as it is; it is never overwritten without --force")
    void template() throws IOException {
        Path t = dir.resolve("hh.json");
        Cli r = Cli.run("--lang", "en", "indicators", "--template", t.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("template written: " + t + " (2 indicators");
        byte[] bytes = Files.readAllBytes(t);
        assertThat(bytes).isEqualTo(IndicatorsCommand.template());
        assertThat(IndicatorFiles.read(t).violations()).isEmpty();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"comment\"");

        Files.writeString(t, "mine");
        Cli again = Cli.run("--lang", "en", "indicators", "--template", t.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(again.err()).contains("exists already; nothing written");
        assertThat(Files.readString(t)).isEqualTo("mine");
        assertThat(Cli.run("indicators", "--template", t.toString(), "--force").exitCode())
                .isZero();
        assertThat(Files.readAllBytes(t)).isEqualTo(IndicatorsCommand.template());
        assertThat(Cli.run("indicators").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @DisplayName("indicators check FILE: a one-line summary and 0 when fine")
    void checkFine() throws IOException {
        Path t = dir.resolve("hh.json");
        Files.write(t, IndicatorsCommand.template());
        Cli r = Cli.run("--lang", "en", "indicators", "check", t.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith(t + ": valid – 2 indicators (hh.consulting.repeat.share, "
                        + "hh.cooperations.formal.authorities), SHA-256 ");
    }

    @Test
    @DisplayName("indicators check FILE DATASET: a site the dataset lacks is HOR-540 at its place, exit 65")
    void checkAgainstDataset() throws IOException {
        Path data = write("data.json", DATASET);
        Path ok = write("ok.json", file("hh.a", "[\"S-A\"]"));
        Cli fine = Cli.run("--lang", "en", "indicators", "check", ok.toString(), data.toString());
        assertThat(fine.exitCode()).as(fine.out() + fine.err()).isZero();
        assertThat(fine.out()).contains(ok + ": fits " + data);
        Path bad = write("bad.json", file("hh.a", "[\"S-A\", \"S-HH\"]"));
        Cli r = Cli.run("--lang", "en", "indicators", "check", bad.toString(), data.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.out())
                .isEqualTo("/indicators/0/sites/1 (3:19) HOR-540 The site S-HH is not a site of the dataset [S-HH]\n");
    }

    @Test
    @DisplayName(
            "an id of the standard catalogue, of a plugin or of an earlier file clashes: HOR-542 naming where it is from")
    void clashes() throws IOException {
        Path std = write("std.json", file("reach.organisations", "null"));
        Cli r = Cli.run("--lang", "en", "indicators", "check", std.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.out())
                .isEqualTo("/indicators/0/id (2:8) HOR-542 The indicator id reach.organisations is already "
                        + "loaded (standard) [reach.organisations]\n");
        Path plugin = write("plugin.json", file("example.language-cafe.visits", "null"));
        assertThat(Cli.run("--lang", "en", "indicators", "check", plugin.toString())
                        .out())
                .contains("HOR-542")
                .contains("(plugin hor.examples");
        Path first = write("first.json", file("hh.a", "null"));
        Path second = write("second.json", file("hh.a", "null"));
        Cli two = Cli.run(
                "--lang",
                "en",
                "--indicators",
                first.toString(),
                "--indicators",
                second.toString(),
                "validate",
                write("data.json", DATASET).toString());
        assertThat(two.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(two.err())
                .contains(second + ": /indicators/0/id (2:8) HOR-542 The indicator id hh.a is already " + "loaded ("
                        + first + ") [hh.a]");
        assertThat(two.out()).isEmpty();
    }

    // ------------------------------------------------------------ loading with the commands

    @Test
    @DisplayName("validate: a target may name a file indicator only when its file is given")
    void validateTargets() throws IOException {
        Path data = write("data.json", DATASET);
        Cli without = Cli.run("--lang", "en", "validate", data.toString());
        assertThat(without.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(without.out()).contains("HOR-301");
        Path f = write("hh.json", file("hh.a", "[\"S-A\"]"));
        Cli with = Cli.run("--lang", "en", "validate", "--indicators", f.toString(), data.toString());
        assertThat(with.exitCode()).as(with.out() + with.err()).isZero();
        assertThat(with.out()).contains("valid – 1 sites");
        Path unknownSite = write("far.json", file("hh.a", "[\"S-HH\"]"));
        Cli far = Cli.run("--lang", "en", "validate", "--indicators", unknownSite.toString(), data.toString());
        assertThat(far.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(far.out()).contains(unknownSite + ": /indicators/0/sites/0 (3:12) HOR-540");
    }

    @Test
    @DisplayName(
            "catalogue lists file indicators last, in file order and files in the order given, with file and SHA-256")
    void catalogue() throws IOException {
        Catalogues.fileProviders = IndicatorFilesCliTest::standIn;
        Path t = dir.resolve("hh.json");
        Files.write(t, IndicatorsCommand.template());
        Path second = write("second.json", file("aa.first", "null"));
        String sha = IndicatorFiles.read(t).file().orElseThrow().sha256();
        Path third = write("third.json", file("aa.third", "null"));
        Cli r = Cli.run(
                "--lang",
                "en",
                "--indicators",
                t.toString(),
                "catalogue",
                "--indicators",
                second.toString(),
                "--indicators",
                third.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = r.out().lines().takeWhile(l -> !l.isEmpty()).toList();
        assertThat(rows.subList(rows.size() - 4, rows.size()))
                .containsExactly(
                        "hh.consulting.repeat.share\tOUTCOME\tpercent\tUP\tLEVEL\t-\tShare of repeat consulting\tfile\tsha256:"
                                + sha + "\t" + t,
                        "hh.cooperations.formal.authorities\tOUTPUT\tcooperations\tUP\tLEVEL\t-\tFormal cooperations with "
                                + "authorities\tfile\tsha256:" + sha + "\t" + t,
                        "aa.first\tOUTPUT\tx\tUP\tCUMULATIVE\t-\tA\tfile\tsha256:"
                                + IndicatorFiles.read(second)
                                        .file()
                                        .orElseThrow()
                                        .sha256() + "\t" + second,
                        "aa.third\tOUTPUT\tx\tUP\tCUMULATIVE\t-\tA\tfile\tsha256:"
                                + IndicatorFiles.read(third)
                                        .file()
                                        .orElseThrow()
                                        .sha256() + "\t" + third);
        assertThat(r.out()).contains("  file (indicator file " + t + ", SHA-256 " + sha + "): 2");
    }

    @Test
    @DisplayName("a missing indicator file exits with 66; -o onto an indicator file is refused with 64")
    void missingAndOutput() throws IOException {
        Cli r = Cli.run(
                "--lang",
                "en",
                "evaluate",
                "--indicators",
                dir.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.err()).contains("indicator file not found");
        Path f = write("hh.json", file("hh.a", "null"));
        Cli o = Cli.run("evaluate", "--indicators", f.toString(), "-o", f.toString());
        assertThat(o.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(f)).isEqualTo(file("hh.a", "null"));
    }

    @Test
    @DisplayName("evaluate --indicators gives the template's share, 100 × 1 / 2 = 50, on a dataset where one of two "
            + "consulted organisations had 3 consultations")
    void evaluateWithFile() throws IOException {
        Path t = dir.resolve("hh.json");
        Files.write(t, IndicatorsCommand.template());
        Path data = write("data.json", """
                {"formatVersion": "1", "asOf": "2024-12-31", "programme": {"id": "p", "name": "P"},
                 "sites": [{"id": "S-A", "name": "Haus A", "city": "Dresden", "state": "DE-SN", "carrier": "Träger e.V.",
                            "carrierType": "MIGRANT_UMBRELLA", "coverage": "CITY", "start": "2024-01-01"}],
                 "organisations": [{"id": "O-1", "name": "Verein 1", "type": "MIGRANT_ORGANISATION", "legalForm": "REGISTERED_ASSOCIATION"},
                                   {"id": "O-2", "name": "Verein 2", "type": "INITIATIVE", "legalForm": "UNREGISTERED_GROUP"}],
                 "offers": [{"id": "F-1", "siteId": "S-A", "type": "CONSULTING", "title": "Beratung"}],
                 "deliveries": [{"id": "D-1", "offerId": "F-1", "organisationId": "O-1", "date": "2024-02-01"},
                                {"id": "D-2", "offerId": "F-1", "organisationId": "O-1", "date": "2024-05-01"},
                                {"id": "D-3", "offerId": "F-1", "organisationId": "O-1", "date": "2024-09-01"},
                                {"id": "D-4", "offerId": "F-1", "organisationId": "O-2", "date": "2024-09-02"}]}
                """);
        Path out = dir.resolve("out.csv");
        Cli r = Cli.run(
                "--lang",
                "en",
                "evaluate",
                data.toString(),
                "--indicators",
                t.toString(),
                "--scopes",
                "site",
                "--periods",
                "year",
                "-o",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("site:S-A,2024,hh.consulting.repeat.share,,,50.000000,percent,");
    }

    // ------------------------------------------------------------ the README

    @Test
    @DisplayName(
            "the README shows the template verbatim, and its second example checks fine against a dataset of S-01 and S-02")
    void readme() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String template = new String(IndicatorsCommand.template(), StandardCharsets.UTF_8);
        assertThat(readme).contains("## Indicators without Java").contains("```json\n" + template + "```\n");
        int at = readme.indexOf("\"id\": \"hh.language-cafe.visits-per-organisation\"");
        int start = readme.lastIndexOf("```json\n", at) + 8;
        Path example = write("example2.json", readme.substring(start, readme.indexOf("```", at)));
        // one site, S-01, with a target for an indicator of the example
        Path data = write(
                "data.json",
                DATASET.replace("\"S-A\"", "\"S-01\"")
                        .replace("\"indicator\": \"hh.a\"", "\"indicator\": \"hh.grants.migrant-led.amount\""));
        Cli r = Cli.run("--lang", "en", "indicators", "check", example.toString(), data.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.out())
                .isEqualTo("/indicators/0/sites/1 (10:25) HOR-540 The site S-02 is not a site of the dataset [S-02]\n");
    }

    // ------------------------------------------------------------ the hostile corpus

    record Case(String name, String code, String pointer, String place, String text) {
        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    static Stream<Case> corpus() throws IOException {
        String text = Files.readString(CORPUS, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        String[] parts = ("\n" + text).split("\n=== ", -1);
        for (int k = 1; k < parts.length; k++) {
            int nl = parts[k].indexOf('\n');
            String[] head = parts[k].substring(0, nl).split(" \\| ", -1);
            String body = parts[k].substring(nl + 1);
            body = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
            cases.add(new Case(head[0], head[1], head[2], head[3], body));
        }
        return cases.stream();
    }

    @Test
    @DisplayName("the hostile corpus has at least 60 cases")
    void corpusSize() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName(
            "evaluate --indicators with a hostile file: exit 65, the located violation, no output file, no stack trace")
    void hostileEvaluate(Case c) throws IOException {
        Path f = write("hostile.json", c.text());
        Path out = dir.resolve("out.csv");
        Cli r = Cli.run("--lang", "en", "evaluate", "--indicators", f.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DATA);
        String located =
                f + ": " + (c.pointer().isEmpty() ? "(root)" : c.pointer()) + " (" + c.place() + ") " + c.code() + " ";
        assertThat(r.err())
                .contains(located)
                .contains("a file with a problem loads nothing")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).containsExactly("hostile.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("indicators check with a hostile file: exit 65 and the located violation on standard output")
    void hostileCheck(Case c) throws IOException {
        Path f = write("hostile.json", c.text());
        Cli r = Cli.run("--lang", "de", "indicators", "check", f.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.out())
                .contains((c.pointer().isEmpty() ? "(root)" : c.pointer()) + " (" + c.place() + ") " + c.code() + " ");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
