package org.hor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.LegalForm;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.csv.Templates;
import org.hor.excel.WorkbookExporter;
import org.hor.excel.hostile.HostileWorkbooks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** hor import/export/evaluate with .xlsx, the template, and hor merge, end to end. */
class WorkbookCommandsTest {

    @TempDir
    Path dir;

    static List<HostileWorkbooks.Case> corpus() {
        return HostileWorkbooks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("a hostile workbook: exit 65, the located problem on standard error, no output, no stack trace")
    void hostile(HostileWorkbooks.Case c) throws Exception {
        Path file = c.write(dir);
        Path out = dir.resolve("out.json");
        Cli r = Cli.run("--lang", "en", "import", file.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err())
                .contains(c.expected().get(0))
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(r.out()).isEmpty();
    }

    @Test
    @DisplayName("the template is written, never overwritten without --force, and imports as the example")
    void template() throws Exception {
        Path t = dir.resolve("house.xlsx");
        assertThat(Cli.run("--lang", "de", "import", "--template", t.toString()).exitCode())
                .isZero();
        byte[] first = Files.readAllBytes(t);
        Cli again = Cli.run("--lang", "en", "import", "--template", t.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.CANNOT_CREATE);
        assertThat(again.err()).contains("output file exists").contains("--force");
        assertThat(Files.readAllBytes(t)).isEqualTo(first);
        assertThat(Cli.run("--lang", "en", "import", "--template", t.toString(), "--force")
                        .exitCode())
                .isZero();

        Path json = dir.resolve("house.json");
        Cli r = Cli.run("import", t.toString(), "-o", json.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(DatasetReader.builder().build().read(json).dataset()).contains(Templates.example());
    }

    @Test
    @DisplayName("the embedded sample exported to a workbook and imported again gives the identical dataset file")
    void sampleRoundTrip() throws Exception {
        Path xlsx = dir.resolve("sample.xlsx");
        assertThat(Cli.run("export", xlsx.toString()).exitCode()).isZero();
        Path json = dir.resolve("again.json");
        Cli r = Cli.run("import", xlsx.toString(), "-o", json.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        byte[] sample;
        try (InputStream in = new GZIPInputStream(Main.class.getResourceAsStream(DatasetOptions.SAMPLE_RESOURCE))) {
            sample = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(json)).isEqualTo(sample);
    }

    @Test
    @DisplayName(
            "evaluate --format xlsx writes a workbook with values, catalogue and overview; without -o it is a usage error")
    void evaluate() throws Exception {
        Path xlsx = dir.resolve("results.xlsx");
        Cli r = Cli.run("evaluate", "--format", "xlsx", "--publish", "-o", xlsx.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
                    .containsExactly("values", "catalogue", "overview");
        }
        assertThat(Cli.run("evaluate", "--format", "xlsx").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    // ---------------------------------------------------------------- merge

    static Dataset house(String site, Organisation org, String deliveryId) {
        return new Dataset(
                "1",
                LocalDate.of(2024, 12, 31),
                new Programme("hor", "House of Resources", null),
                List.of(new Site(
                        site,
                        "Haus " + site,
                        "Dresden",
                        "DE-SN",
                        "Träger",
                        CarrierType.CONSORTIUM,
                        Coverage.CITY,
                        LocalDate.of(2020, 1, 1),
                        null)),
                List.of(org),
                List.of(new Offer("F-" + site, site, OfferType.CONSULTING, "Beratung")),
                List.of(new Delivery(
                        deliveryId, "F-" + site, org.id(), LocalDate.of(2024, 3, 1), new BigDecimal("2"), null, null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    static Organisation org(String id, String name) {
        return new Organisation(
                id,
                name,
                OrganisationType.MIGRANT_ORGANISATION,
                LegalForm.REGISTERED_ASSOCIATION,
                true,
                2010,
                Map.of());
    }

    Path json(String name, Dataset d) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            DatasetWriter.create().write(d, out);
        }
        return p;
    }

    Path workbook(String name, Dataset d) throws Exception {
        Path p = dir.resolve(name);
        new WorkbookExporter(java.util.Locale.GERMAN).exportTo(d, p);
        return p;
    }

    @Test
    @DisplayName(
            "merge: two houses sharing an organisation (a JSON and a workbook) give one programme with one organisation")
    void mergeShared() throws Exception {
        Organisation shared = org("O-1", "Verein Eins e.V.");
        Path a = json("a.json", house("S-A", shared, "D-A1"));
        Path b = workbook("b.xlsx", house("S-B", shared, "D-B1"));
        Path out = dir.resolve("programme.json");
        Cli r = Cli.run("--lang", "en", "merge", a.toString(), b.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Dataset d = DatasetReader.builder().build().read(out).dataset().orElseThrow();
        assertThat(d.organisations()).containsExactly(shared);
        assertThat(d.sites()).extracting(Site::id).containsExactly("S-A", "S-B");
        assertThat(r.err()).contains("merged 2 inputs: 2 sites, 1 organisations, 2 deliveries");
    }

    @Test
    @DisplayName(
            "merge: the same id with different names is a conflict naming both sources and the field; nothing is written")
    void mergeClash() throws Exception {
        Path a = json("a.json", house("S-A", org("O-1", "Verein Eins"), "D-A1"));
        Path b = json("b.json", house("S-B", org("O-1", "Verein Zwei"), "D-B1"));
        Path out = dir.resolve("programme.json");
        Cli r = Cli.run("--lang", "en", "merge", a.toString(), b.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("conflict in organisations: O-1 differs between " + a + " and " + b + " in name");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("merge: \"Verein Müller e.V.\" and \"verein mueller\" warn; with --strict they fail")
    void mergeDuplicate() throws Exception {
        Path a = json("a.json", house("S-A", org("O-1", "Verein Müller e.V."), "D-A1"));
        Path b = json("b.json", house("S-B", org("O-7", "verein mueller"), "D-B1"));
        Path out = dir.resolve("programme.json");
        Cli r = Cli.run("--lang", "en", "merge", a.toString(), b.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("warning: probable duplicate organisations O-1 (" + a + ") and O-7 (" + b
                        + "), both \"verein mueller\" after normalisation");
        Files.delete(out);
        Cli strict = Cli.run("--lang", "en", "merge", "--strict", a.toString(), b.toString(), "-o", out.toString());
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("merge: an invalid submission is reported with its file and nothing is written")
    void mergeInvalidInput() throws Exception {
        Path a = json("a.json", house("S-A", org("O-1", "Eins"), "D-A1"));
        Path bad = dir.resolve("bad.xlsx");
        HostileWorkbooks.all().stream()
                .filter(c -> c.name().equals("money-1.005-as-number"))
                .findFirst()
                .orElseThrow()
                .maker()
                .make(bad);
        Path out = dir.resolve("programme.json");
        Cli r = Cli.run("--lang", "en", "merge", a.toString(), bad.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("deliveries!F2 (amount) HOR-204");
        assertThat(out).doesNotExist();
    }
}
