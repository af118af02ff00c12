package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.hor.indicators.files.IndicatorFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code hor release}, {@code --against}, {@code --against-dataset} and {@code report --since} (spec 06). */
class ReleaseCommandsTest {

    @TempDir
    Path dir;

    /**
     * One site. 2024-Q1: O-1 consulting 2.5 h (D-1); 2024-Q2: O-2 consulting {@code hoursD2} h (D-2);
     * 2025-Q1: O-1 1.5 h (D-3); plus {@code more} deliveries.
     */
    static String dataset(String asOf, String hoursD2, String more) {
        return """
                {
                  "formatVersion": "1",
                  "asOf": "%s",
                  "programme": { "id": "hor", "name": "House of Resources" },
                  "sites": [ { "id": "S-A", "name": "Haus A", "city": "Dresden", "state": "DE-SN",
                               "carrier": "Träger e.V.", "carrierType": "MIGRANT_UMBRELLA", "coverage": "CITY",
                               "start": "2023-01-01" } ],
                  "organisations": [
                    { "id": "O-1", "name": "Verein A", "type": "MIGRANT_ORGANISATION", "legalForm": "REGISTERED_ASSOCIATION" },
                    { "id": "O-2", "name": "Initiative B", "type": "INITIATIVE", "legalForm": "UNREGISTERED_GROUP" } ],
                  "offers": [ { "id": "F-1", "siteId": "S-A", "type": "CONSULTING", "title": "Beratung" } ],
                  "deliveries": [
                    { "id": "D-1", "offerId": "F-1", "organisationId": "O-1", "date": "2024-02-10", "hours": 2.5 },
                    { "id": "D-2", "offerId": "F-1", "organisationId": "O-2", "date": "2024-05-03", "hours": %s },
                    { "id": "D-3", "offerId": "F-1", "organisationId": "O-1", "date": "2025-02-01", "hours": 1.5 }%s ]
                }
                """.formatted(asOf, hoursD2, more);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** The release of the original dataset (asOf 2025-05-15: 2024 and 2025-Q1 complete, 2025-Q2 running). */
    private Path release() throws IOException {
        Path data = write("data.json", dataset("2025-05-15", "1", ""));
        Path r = dir.resolve("r1.json");
        Cli c = Cli.run("--lang", "en", "release", data.toString(), "-o", r.toString(), "--name", "Annual 2024");
        assertThat(c.exitCode()).as(c.err()).isZero();
        return r;
    }

    private static void noStackTrace(Cli c) {
        assertThat(c.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(c.out()).doesNotContain("\tat ");
    }

    @Test
    @DisplayName("release writes the file and says so; the same inputs give byte-identical files")
    void byteIdentical() throws IOException {
        Path data = write("data.json", dataset("2025-05-15", "1", ""));
        Cli a = Cli.run(
                "--lang",
                "en",
                "release",
                data.toString(),
                "-o",
                dir.resolve("a.json").toString());
        Cli b = Cli.run(
                "--lang",
                "en",
                "release",
                data.toString(),
                "-o",
                dir.resolve("b.json").toString());
        assertThat(a.exitCode()).isZero();
        assertThat(a.out()).startsWith("release hor 2025-05-15: ").contains(" values, 0 revisions, written to ");
        assertThat(Files.readAllBytes(dir.resolve("a.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b.json")));
        // re-formatting the dataset does not change the release (the SHA-256 is over the canonical JSON)
        Path squeezed = write("squeezed.json", dataset("2025-05-15", "1", "").replaceAll("\n\\s*", " "));
        Cli c = Cli.run(
                "--lang",
                "en",
                "release",
                squeezed.toString(),
                "-o",
                dir.resolve("c.json").toString());
        assertThat(c.exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("c.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a.json")));
        assertThat(Files.readString(dir.resolve("a.json")))
                .contains(
                        "{\"scope\": \"site:S-A\", \"period\": \"2024\", \"indicator\": \"consulting.hours\", \"category\": null, "
                                + "\"value\": 3.5, \"reason\": null}");
    }

    @Test
    @DisplayName("checked against its own dataset: no violation, and evaluate and report write their files")
    void ownDataset() throws IOException {
        Path r = release();
        Path data = dir.resolve("data.json");
        Cli v = Cli.run("--lang", "en", "validate", data.toString(), "--against", r.toString());
        assertThat(v.exitCode()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains(r + ": every released value unchanged (");
        Cli e = Cli.run(
                "--lang",
                "en",
                "evaluate",
                data.toString(),
                "--against",
                r.toString(),
                "--against-dataset",
                data.toString(),
                "-o",
                dir.resolve("out.csv").toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(dir.resolve("out.csv")).exists();
        Cli rep = Cli.run(
                "--lang",
                "en",
                "report",
                data.toString(),
                "--programme",
                "--year",
                "2024",
                "--against",
                r.toString(),
                "--format",
                "md",
                "-o",
                dir.resolve("out.md").toString());
        assertThat(rep.exitCode()).as(rep.err()).isZero();
    }

    @Test
    @DisplayName("against a corrected dataset every changed released figure is named, exit 65 and no output file")
    void correctedDataset() throws IOException {
        Path r = release();
        // D-2 was 2 hours, not 1: consulting.hours of 2024 and 2024-Q2 change in all five scopes
        Path corrected = write("corrected.json", dataset("2025-06-30", "2", ""));
        Cli v = Cli.run("--lang", "en", "validate", corrected.toString(), "--against", r.toString());
        assertThat(v.exitCode()).isEqualTo(ExitCodes.DATA);
        List<String> lines = v.out().lines().filter(l -> l.contains("HOR-610")).toList();
        assertThat(lines).hasSize(10);
        for (String scope :
                List.of("site:S-A", "carrierType:MIGRANT_UMBRELLA", "coverage:CITY", "state:DE-SN", "programme")) {
            assertThat(v.out())
                    .contains("Released value changed: " + scope + " 2024 consulting.hours: 3.5 → 4.5")
                    .contains("Released value changed: " + scope + " 2024-Q2 consulting.hours: 1 → 2");
        }
        assertThat(lines.get(0))
                .matches("/values/\\d+ HOR-610 Released value changed: site:S-A 2024 consulting.hours: 3.5 → 4.5");
        assertThat(v.err())
                .contains("10 released values changed; nothing written")
                .contains("--supersedes " + r);
        for (String[] command : List.of(
                new String[] {"evaluate", "-o", "e.csv"},
                new String[] {"report", "--programme", "--year", "2024", "-o", "e.html"})) {
            Path out = dir.resolve(command[command.length - 1]);
            String[] args = Stream.concat(
                            Stream.of("--lang", "en", command[0], corrected.toString(), "--against", r.toString()),
                            Stream.of(command).skip(1))
                    .toArray(String[]::new);
            Cli c = Cli.run(args);
            assertThat(c.exitCode()).as(command[0]).isEqualTo(ExitCodes.DATA);
            assertThat(c.err()).contains("HOR-610").contains("nothing written");
            assertThat(out).doesNotExist();
            noStackTrace(c);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".hor-"));
    }

    @Test
    @DisplayName("German messages name the changed figures too")
    void correctedDatasetInGerman() throws IOException {
        Path r = release();
        Path corrected = write("corrected.json", dataset("2025-06-30", "2", ""));
        Cli v = Cli.run("--lang", "de", "validate", corrected.toString(), "--against", r.toString());
        assertThat(v.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(v.out())
                .contains("HOR-610 Veröffentlichter Wert geändert: site:S-A 2024 consulting.hours: 3.5 → 4.5");
    }

    @Test
    @DisplayName("a dataset older than the release is refused with 65, naming both dates")
    void olderDataset() throws IOException {
        Path r = release();
        Path older = write("older.json", dataset("2025-03-31", "1", ""));
        Cli v = Cli.run(
                "--lang",
                "en",
                "evaluate",
                older.toString(),
                "--against",
                r.toString(),
                "-o",
                dir.resolve("o.csv").toString());
        assertThat(v.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(v.err())
                .contains(
                        "HOR-612 The dataset (asOf 2025-03-31) is older than the release " + r + " (asOf 2025-05-15)");
        assertThat(v.err())
                .contains("the dataset cannot be checked against this release; nothing written")
                .doesNotContain("released values changed");
        assertThat(dir.resolve("o.csv")).doesNotExist();
        Cli s = Cli.run(
                "--lang",
                "en",
                "report",
                older.toString(),
                "--programme",
                "--year",
                "2024",
                "--since",
                r.toString(),
                "-o",
                dir.resolve("o.html").toString());
        assertThat(s.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(s.err()).contains("(asOf 2025-03-31)").contains("(asOf 2025-05-15)");
        assertThat(dir.resolve("o.html")).doesNotExist();
    }

    @Test
    @DisplayName("values of periods still running at the release may change: a late delivery in 2025-Q2 breaks no lock")
    void runningPeriod() throws IOException {
        Path r = release();
        Path later = write(
                "later.json",
                dataset(
                        "2025-06-30",
                        "1",
                        ",\n    { \"id\": \"D-4\", \"offerId\": \"F-1\", \"organisationId\": \"O-2\", \"date\": \"2025-05-10\", \"hours\": 4 }"));
        Cli v = Cli.run("--lang", "en", "validate", later.toString(), "--against", r.toString());
        assertThat(v.exitCode()).as(v.out()).isZero();
    }

    @Test
    @DisplayName(
            "a superseding release lists the revisions with the reason; then the corrected dataset holds against it")
    void superseding() throws IOException {
        Path r = release();
        Path corrected = write("corrected.json", dataset("2025-06-30", "2", ""));
        Path r2 = dir.resolve("r2.json");
        Cli c = Cli.run(
                "--lang",
                "en",
                "release",
                corrected.toString(),
                "--supersedes",
                r.toString(),
                "--reason",
                "D-2 was 2 hours",
                "-o",
                r2.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains(" values, 10 revisions, written to ");
        String text = Files.readString(r2);
        assertThat(text)
                .contains("\"supersedes\": {\"name\": \"Annual 2024\", \"sha256\": \"")
                .contains("{\"scope\": \"site:S-A\", \"period\": \"2024\", \"indicator\": \"consulting.hours\", "
                        + "\"category\": null, \"change\": \"changed\", \"old\": 3.5, \"new\": 4.5, \"oldReason\": null, "
                        + "\"newReason\": null, \"reason\": \"D-2 was 2 hours\"}");
        assertThat(Cli.run("validate", corrected.toString(), "--against", r2.toString())
                        .exitCode())
                .isZero();
        Cli noReason = Cli.run(
                "--lang",
                "en",
                "release",
                corrected.toString(),
                "--supersedes",
                r.toString(),
                "-o",
                dir.resolve("r3.json").toString());
        assertThat(noReason.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noReason.err()).contains("--supersedes RELEASE and --reason TEXT go together");
    }

    @Test
    @DisplayName("--against-dataset must be the release's own dataset, and needs --against")
    void againstDataset() throws IOException {
        Path r = release();
        Path corrected = write("corrected.json", dataset("2025-06-30", "2", ""));
        Cli wrong = Cli.run(
                "--lang",
                "en",
                "validate",
                corrected.toString(),
                "--against",
                r.toString(),
                "--against-dataset",
                corrected.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(wrong.out()).contains("HOR-613 The dataset " + corrected + " is not the release dataset");
        Cli right = Cli.run(
                "--lang",
                "en",
                "validate",
                corrected.toString(),
                "--against",
                r.toString(),
                "--against-dataset",
                dir.resolve("data.json").toString());
        assertThat(right.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(right.out()).contains("HOR-610");
        Cli alone =
                Cli.run("--lang", "en", "validate", corrected.toString(), "--against-dataset", corrected.toString());
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest(name = "report --since, {0} in {1}")
    @MethodSource("formats")
    @DisplayName(
            "report --since: the section lists every changed released figure, old and new, and the tables mark them")
    void since(String format, String lang, String heading, String mark) throws IOException {
        Path r = release();
        Path corrected = write("corrected.json", dataset("2025-06-30", "2", ""));
        Path out = dir.resolve("report." + format);
        Cli c = Cli.run(
                "--lang",
                lang,
                "report",
                corrected.toString(),
                "--site",
                "S-A",
                "--year",
                "2024",
                "--since",
                r.toString(),
                "--format",
                format,
                "-o",
                out.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        // numbers and units are joined by a no-break space
        String text = Files.readString(out).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(text).contains(heading).contains(mark).contains("2024-Q2");
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(
                        "html",
                        "en",
                        "Changes since <bdi>Annual 2024</bdi>",
                        "Changed since <bdi>Annual 2024</bdi> (released: 3.5 h)."),
                Arguments.of(
                        "md",
                        "en",
                        "Changes since \u2068Annual 2024\u2069",
                        "Changed since \u2068Annual 2024\u2069 (released: 3.5 h)."),
                Arguments.of(
                        "json",
                        "en",
                        "Changes since \u2068Annual 2024\u2069",
                        "\"note\" : \"Changed since \u2068Annual 2024\u2069 (released: 3.5 h).\""),
                Arguments.of(
                        "html",
                        "de",
                        "Änderungen seit <bdi>Annual 2024</bdi>",
                        "Geändert seit <bdi>Annual 2024</bdi> (veröffentlicht: 3,5 h)."),
                Arguments.of("md", "de", "Änderungen seit \u2068Annual 2024\u2069", "(veröffentlicht: 3,5 h)."),
                Arguments.of("json", "de", "Änderungen seit \u2068Annual 2024\u2069", "(veröffentlicht: 3,5 h)."));
    }

    @Test
    @DisplayName("report --since with nothing changed says so")
    void sinceNothingChanged() throws IOException {
        Path r = release();
        Path out = dir.resolve("r.md");
        Cli c = Cli.run(
                "--lang",
                "en",
                "report",
                dir.resolve("data.json").toString(),
                "--programme",
                "--year",
                "2024",
                "--since",
                r.toString(),
                "--format",
                "md",
                "-o",
                out.toString());
        assertThat(c.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("No released figure of a period that was complete at the release");
    }

    @Test
    @DisplayName("a file indicator's origin in a release is its file's SHA-256, its values are released")
    void indicatorFileOrigin() throws Exception {
        Path data = write("data.json", dataset("2025-05-15", "1", ""));
        String file = """
                { "formatVersion": "1", "indicators": [ { "id": "own.consulting.orgs",
                  "label": { "en": "Organisations consulted" }, "definition": { "en": "Distinct organisations consulted." },
                  "unit": "organisations", "level": "OUTPUT", "direction": "UP", "periods": ["year"],
                  "compute": { "organisations": { "from": "deliveries", "where": { "offerType": ["CONSULTING"] } } } } ] }
                """;
        Path own = write("own.json", file);
        Path r = dir.resolve("r.json");
        Cli c = Cli.run("--lang", "en", "release", data.toString(), "--indicators", own.toString(), "-o", r.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(own)));
        String json = Files.readString(r);
        // 2024: O-1 (D-1) and O-2 (D-2) were consulted; 2025 up to asOf: O-1 (D-3)
        assertThat(json)
                .contains("{\"id\": \"own.consulting.orgs\", \"origin\": {\"kind\": \"file\", \"sha256\": \"" + sha
                        + "\"}}")
                .contains("{\"scope\": \"site:S-A\", \"period\": \"2024\", \"indicator\": \"own.consulting.orgs\", "
                        + "\"category\": null, \"value\": 2, \"reason\": null}");
        Cli v = Cli.run(
                "--lang", "en", "validate", data.toString(), "--indicators", own.toString(), "--against", r.toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
    }

    // ------------------------------------------------------------ how often a dataset is evaluated

    /** Computations of the counting indicator, by "asOf scope period" of the dataset it was computed for. */
    private static final Map<String, Integer> CALLS = new ConcurrentHashMap<>();

    private final Function<IndicatorFile, IndicatorProvider> realFiles = Catalogues.fileProviders;

    @AfterEach
    void restoreFileProviders() {
        Catalogues.fileProviders = realFiles;
    }

    /**
     * An indicator file's stand-in whose indicators count each computation in {@link #CALLS} (an
     * evaluation computes each once per scope and period) and are always {@code NO_DATA}, so they never
     * change and are never explained.
     */
    private static IndicatorProvider counting(IndicatorFile f) {
        return IndicatorFilesCliTest.standIn(f, (ctx, scope, period) -> {
            CALLS.merge(ctx.asOf() + " " + scope.id() + " " + period.code(), 1, Integer::sum);
            return Result.of(Value.undefined(Reason.NO_DATA));
        });
    }

    /** Writes an indicator file of one indicator, {@code own.count}, over years and quarters. */
    private Path countingFile() throws IOException {
        return write("own.json", """
                { "formatVersion": "1", "indicators": [ { "id": "own.count",
                  "label": { "en": "Organisations consulted" }, "definition": { "en": "Distinct organisations consulted." },
                  "unit": "organisations", "level": "OUTPUT", "direction": "UP", "periods": ["year", "quarter"],
                  "compute": { "organisations": { "from": "deliveries" } } } ] }
                """);
    }

    /** The release of data.json (asOf 2025-05-15) with the counting indicator; {@link #CALLS} empty afterwards. */
    private Path countingRelease(Path own) throws IOException {
        Catalogues.fileProviders = ReleaseCommandsTest::counting;
        Path data = write("data.json", dataset("2025-05-15", "1", ""));
        Path r = dir.resolve("r.json");
        Cli c = Cli.run("--lang", "en", "release", data.toString(), "--indicators", own.toString(), "-o", r.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        CALLS.clear();
        return r;
    }

    /**
     * Returns one computation, for the dataset of {@code asOf}, of each (scope, period) that release
     * {@code r} has a value of {@code own.count} for: what evaluating that dataset once with the
     * release's options computes, as {@link #CALLS} counts it. Only the periods {@code from} on.
     */
    private static Map<String, Integer> once(Path r, String asOf, String from) throws IOException {
        Matcher m = Pattern.compile(
                        "\\{\"scope\": \"([^\"]+)\", \"period\": \"([^\"]+)\", \"indicator\": \"own.count\"")
                .matcher(Files.readString(r));
        Map<String, Integer> calls = new TreeMap<>();
        while (m.find()) {
            if (m.group(2).compareTo(from) >= 0) {
                calls.put(asOf + " " + m.group(1) + " " + m.group(2), 1);
            }
        }
        return calls;
    }

    @Test
    @DisplayName(
            "a lock naming causes evaluates the release's dataset not at all and the new one once; the causes are those of diff")
    void lockWithCausesEvaluatesOnce() throws IOException {
        Path own = countingFile();
        Path r = countingRelease(own);
        Path corrected = write("corrected.json", dataset("2025-06-30", "2", ""));
        Cli v = Cli.run(
                "--lang",
                "en",
                "validate",
                corrected.toString(),
                "--indicators",
                own.toString(),
                "--against",
                r.toString(),
                "--against-dataset",
                dir.resolve("data.json").toString());
        assertThat(v.exitCode()).as(v.err()).isEqualTo(ExitCodes.DATA);
        assertThat(v.out())
                .contains("Released value changed: site:S-A 2024 consulting.hours: 3.5 → 4.5; causes: deliveries/D-2")
                .contains("Released value changed: programme 2024-Q2 consulting.hours: 1 → 2; causes: deliveries/D-2");
        // every scope and period of the release once, for the new dataset (asOf 2025-06-30) only
        Map<String, Integer> once = once(r, "2025-06-30", "");
        assertThat(once).containsEntry("2025-06-30 programme 2024", 1).hasSizeGreaterThan(20);
        assertThat(new TreeMap<>(CALLS)).isEqualTo(once);
    }

    @Test
    @DisplayName("report --since R --against R evaluates the dataset with the release's options once, as --since alone")
    void sinceAndAgainstEvaluateOnce() throws IOException {
        Path own = countingFile();
        Path r = countingRelease(own);
        // the same records later: only values of periods still running at the release change, no lock breaks
        Path later = write("later.json", dataset("2025-06-30", "1", ""));
        List<String> since = List.of(
                "--lang",
                "en",
                "report",
                later.toString(),
                "--indicators",
                own.toString(),
                "--programme",
                "--year",
                "2024",
                "--since",
                r.toString(),
                "--format",
                "md",
                "-o");
        Cli alone = Cli.run(
                Stream.concat(since.stream(), Stream.of(dir.resolve("a.md").toString()))
                        .toArray(String[]::new));
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        Map<String, Integer> sinceAlone = new TreeMap<>(CALLS);
        // the report's own evaluation ends with its year 2024: 2025's programme values come from --since only
        assertThat(sinceAlone)
                .containsEntry("2025-06-30 programme 2025", 1)
                .containsEntry("2025-06-30 programme 2025-Q1", 1);
        CALLS.clear();
        Cli both = Cli.run(
                Stream.concat(since.stream(), Stream.of(dir.resolve("b.md").toString(), "--against", r.toString()))
                        .toArray(String[]::new));
        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(new TreeMap<>(CALLS)).isEqualTo(sinceAlone);
        assertThat(Files.readString(dir.resolve("b.md"))).isEqualTo(Files.readString(dir.resolve("a.md")));
    }

    static Stream<Arguments> badReleases() {
        return Stream.of(
                Arguments.of("missing file", null, ExitCodes.NO_INPUT, "not found"),
                Arguments.of("a folder", "<dir>", ExitCodes.NO_INPUT, "directory"),
                Arguments.of("broken JSON", "{\"formatVersion\": \"1\",\n \"kind\": ", ExitCodes.DATA, "(2:"),
                Arguments.of("a dataset", dataset("2025-05-15", "1", ""), ExitCodes.DATA, "HOR-600"),
                Arguments.of(
                        "wrong kind",
                        "{\"formatVersion\": \"1\", \"kind\": \"hor-report\"}",
                        ExitCodes.DATA,
                        "/kind (1:32) HOR-600"),
                Arguments.of(
                        "unknown format version",
                        "{\n \"formatVersion\": \"7\", \"kind\": \"hor-release\"}",
                        ExitCodes.DATA,
                        "/formatVersion (2:19) HOR-105"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReleases")
    @DisplayName("bad release files: located errors, exit 65 or 66, never a stack trace, no output file")
    void badRelease(String name, String content, int exit, String expected) throws IOException {
        Path data = write("data.json", dataset("2025-05-15", "1", ""));
        Path rel = dir.resolve("bad.json");
        if ("<dir>".equals(content)) {
            Files.createDirectory(rel);
        } else if (content != null) {
            Files.writeString(rel, content, StandardCharsets.UTF_8);
        }
        for (String[] cmd :
                List.of(new String[] {"evaluate", "--against"}, new String[] {"release", "--supersedes"}, new String[] {
                    "report", "--since"
                })) {
            Path out = dir.resolve("out-" + cmd[0]);
            String[] extra = cmd[0].equals("release")
                    ? new String[] {"--reason", "r"}
                    : cmd[0].equals("report") ? new String[] {"--programme", "--year", "2024"} : new String[0];
            String[] args = Stream.concat(
                            Stream.of(
                                    "--lang",
                                    "en",
                                    cmd[0],
                                    data.toString(),
                                    cmd[1],
                                    rel.toString(),
                                    "-o",
                                    out.toString()),
                            Stream.of(extra))
                    .toArray(String[]::new);
            Cli c = Cli.run(args);
            assertThat(c.exitCode()).as(cmd[0] + ": " + c.err()).isEqualTo(exit);
            assertThat(c.err()).contains(expected);
            assertThat(out).doesNotExist();
            noStackTrace(c);
        }
    }
}
