package org.hor.indicators.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Dataset;
import org.hor.core.model.OfferType;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Programme;
import org.hor.core.model.Site;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Level;
import org.hor.core.spi.LocalizedText;
import org.hor.core.spi.NumberStyle;
import org.hor.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("reading and checking indicator files")
class IndicatorFilesTest {

    @TempDir
    Path dir;

    /** The example of spec 05, with its "…" replaced by texts. */
    static final String SPEC_EXAMPLE = """
            {
              "formatVersion": "1",
              "indicators": [
                {
                  "id": "hh.consulting.repeat.share",
                  "label": { "de": "Anteil wiederkehrender Beratungen", "en": "Share of repeat consulting" },
                  "definition": { "de": "Organisationen mit drei Beratungen.", "en": "Organisations with three consultations." },
                  "unit": "percent", "level": "OUTCOME", "direction": "UP",
                  "sites": ["S-HH"],
                  "periods": ["year", "quarter"],
                  "compute": { "share": {
                    "part": { "organisations": { "from": "deliveries", "where": { "offerType": ["CONSULTING"] }, "atLeast": 3 } },
                    "of":   { "organisations": { "from": "deliveries", "where": { "offerType": ["CONSULTING"] } } } } }
                }
              ]
            }
            """;

    private static IndicatorFile read(String text) {
        IndicatorFileResult r = IndicatorFiles.read("test.json", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.violations()).as("violations").isEmpty();
        return r.file().orElseThrow();
    }

    @Test
    @DisplayName("the example of spec 05 reads into its expression tree, with the file's SHA-256")
    void specExample() throws Exception {
        IndicatorFile f = read(SPEC_EXAMPLE);
        assertThat(f.name()).isEqualTo("test.json");
        assertThat(f.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(SPEC_EXAMPLE.getBytes(StandardCharsets.UTF_8))));
        FileIndicator i = f.indicators().get(0);
        assertThat(i.id()).isEqualTo("hh.consulting.repeat.share");
        assertThat(i.label())
                .isEqualTo(new LocalizedText("Anteil wiederkehrender Beratungen", "Share of repeat consulting"));
        assertThat(i.unit()).isEqualTo("percent");
        assertThat(i.level()).isEqualTo(Level.OUTCOME);
        assertThat(i.direction()).isEqualTo(Direction.UP);
        assertThat(i.sites()).containsExactly("S-HH");
        assertThat(i.periods()).containsExactlyInAnyOrder(PeriodType.YEAR, PeriodType.QUARTER);
        assertThat(i.pointer()).isEqualTo("/indicators/0");
        Filter consulting = new Filter(
                Set.of(OfferType.CONSULTING),
                Set.of(),
                Set.of(),
                Optional.empty(),
                Set.of(),
                Optional.empty(),
                Set.of(),
                Set.of(),
                Set.of(),
                Optional.empty());
        Selection s = new Selection(RecordSet.DELIVERIES, consulting);
        assertThat(i.compute())
                .isEqualTo(
                        new Expression.Share(new Expression.Organisations(s, 3), new Expression.Organisations(s, 1)));
        assertThat(i.compute().accrual()).isEqualTo(Accrual.LEVEL);
        assertThat(i.compute().numberStyle()).isEqualTo(NumberStyle.DECIMAL);
        assertThat(f.location("/indicators/0/id")).isEqualTo(new IndicatorFile.Location(5, 13));
    }

    @Test
    @DisplayName("a language the file lacks shows the other; no sites and no periods mean all; comments are ignored")
    void defaults() {
        IndicatorFile f = read("""
                {"formatVersion": "1", "comment": "Our own figures", "indicators": [
                 {"id": "hh.hours", "comment": "hours of consulting", "label": {"de": "Stunden"},
                  "definition": {"en": "Hours."}, "unit": "hours", "level": "INPUT", "direction": "DOWN", "sites": null,
                  "compute": {"sum": {"from": "deliveries", "field": "hours"}}}]}
                """);
        FileIndicator i = f.indicators().get(0);
        assertThat(i.label()).isEqualTo(new LocalizedText("Stunden", "Stunden"));
        assertThat(i.definition()).isEqualTo(new LocalizedText("Hours.", "Hours."));
        assertThat(i.sites()).isEmpty();
        assertThat(i.periods()).isEqualTo(EnumSet.allOf(PeriodType.class));
        assertThat(i.compute())
                .isEqualTo(new Expression.Sum(new Selection(RecordSet.DELIVERIES, Filter.NONE), Field.HOURS));
    }

    @Test
    @DisplayName("every record set, every condition, and expressions nested exactly 4 deep are read")
    void everything() {
        IndicatorFile f = read("""
                {"formatVersion": "1", "indicators": [
                 {"id": "hh.deep", "label": {"en": "Deep"}, "definition": {"en": "Deep."}, "unit": "x",
                  "level": "IMPACT", "direction": "UP", "periods": ["month", "half", "custom"],
                  "compute": {"ratio": {
                    "numerator": {"share": {"part": {"count": {"from": "cooperations", "where": {"partnerType": ["BUSINESS"], "formal": true}}},
                                            "of": {"ratio": {"numerator": {"sum": {"from": "measurements", "where": {"metric": ["visits"]}, "field": "value"}},
                                                             "denominator": {"count": {"from": "outcomes", "where": {"type": ["OTHER"], "legalForm": ["FOUNDATION"]}}}}}}},
                    "denominator": {"organisations": {"from": "deliveries", "where": {"offerId": ["F-1"], "migrantLed": false,
                        "organisationType": ["INITIATIVE"], "attribute": {"name": "district", "in": ["Nord", "Süd"]}}}}}}}]}
                """);
        Expression.Ratio r = (Expression.Ratio) f.indicators().get(0).compute();
        Expression.Share share = (Expression.Share) r.numerator();
        Expression.Count coop = (Expression.Count) share.part();
        assertThat(coop.selection().where().partnerType()).containsExactly(org.hor.core.model.PartnerType.BUSINESS);
        assertThat(coop.selection().where().formal()).contains(true);
        assertThat(coop.accrual()).isEqualTo(Accrual.LEVEL);
        Expression.Ratio inner = (Expression.Ratio) share.of();
        assertThat(((Expression.Sum) inner.numerator()).field()).isEqualTo(Field.VALUE);
        assertThat(((Expression.Sum) inner.numerator()).selection().where().metric())
                .containsExactly("visits");
        Expression.Organisations orgs = (Expression.Organisations) r.denominator();
        assertThat(orgs.selection().where().attribute())
                .contains(new Filter.Attribute("district", List.of("Nord", "Süd")));
        assertThat(orgs.selection().where().migrantLed()).contains(false);
        assertThat(orgs.atLeast()).isEqualTo(1);
        assertThat(f.indicators().get(0).periods())
                .containsExactlyInAnyOrder(PeriodType.MONTH, PeriodType.HALF_YEAR, PeriodType.CUSTOM);
    }

    @Test
    @DisplayName("every problem is reported at once, sorted by place, each with pointer, line:column, code and value")
    void allAtOnce() {
        String text = """
                {"formatVersion": "1", "indicators": [
                 {"id": "hh.a", "label": {"en": "A"}, "definition": {"en": "A"}, "unit": "x", "level": "UPPER",
                  "direction": "UP", "compute": {"organisations": {"from": "deliveries", "atLeast": 0}}},
                 {"id": "HH", "label": {"en": "B"}, "definition": {"en": "B"}, "unit": "x", "level": "OUTPUT",
                  "direction": "UP", "compute": {"count": {"from": "measurements"}}}]}
                """;
        IndicatorFileResult r = IndicatorFiles.read("bad.json", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.file()).isEmpty();
        assertThat(r.violations())
                .extracting(v -> v.format(Locale.ENGLISH))
                .containsExactly(
                        "/indicators/0/level (2:88) HOR-523 Not an allowed value; allowed: INPUT, OUTPUT, OUTCOME, IMPACT [UPPER]",
                        "/indicators/0/compute/organisations/atLeast (3:85) HOR-526 atLeast must be a whole number of at least 1 [0]",
                        "/indicators/1/id (4:9) HOR-521 Not a valid indicator id: lowercase dot-separated segments "
                                + "[a-z0-9-]+(.[a-z0-9-]+)+, at most 64 characters (such as hh.consulting.share) [HH]",
                        "/indicators/1/compute/count/where/metric (5:43) HOR-520 A selection from measurements needs "
                                + "where.metric (the metrics it reads)");
        assertThat(r.violations().get(1).message(Locale.GERMAN))
                .isEqualTo("atLeast muss eine ganze Zahl von mindestens 1 sein");
    }

    @Test
    @DisplayName("an id already loaded (standard, plugin, earlier file) clashes, located at the id")
    void clashes() {
        IndicatorFile f = read("""
                {"formatVersion": "1", "indicators": [
                 {"id": "hh.a", "label": {"en": "A"}, "definition": {"en": "A"}, "unit": "x", "level": "OUTPUT",
                  "direction": "UP", "compute": {"count": {"from": "deliveries"}}},
                 {"id": "reach.organisations", "label": {"en": "B"}, "definition": {"en": "B"}, "unit": "x",
                  "level": "OUTPUT", "direction": "UP", "compute": {"count": {"from": "outcomes"}}}]}
                """);
        List<Violation> v = IndicatorFiles.checkIds(f, Map.of("reach.organisations", "standard", "hh.b", "first.json"));
        assertThat(v)
                .extracting(x -> x.format(Locale.ENGLISH))
                .containsExactly(
                        "/indicators/1/id (4:9) HOR-542 The indicator id reach.organisations is already loaded (standard) "
                                + "[reach.organisations]");
        assertThat(IndicatorFiles.checkIds(f, Map.of("hh.a", "first.json")))
                .extracting(Violation::pointer)
                .containsExactly("/indicators/0/id");
        assertThat(IndicatorFiles.checkIds(f, Map.of())).isEmpty();
    }

    @Test
    @DisplayName("a site the dataset lacks is an error when file and dataset meet, located at the site")
    void unknownSites() {
        IndicatorFile f = read("""
                {"formatVersion": "1", "indicators": [
                 {"id": "hh.a", "label": {"en": "A"}, "definition": {"en": "A"}, "unit": "x", "level": "OUTPUT",
                  "direction": "UP", "sites": ["S-A", "S-HH"], "compute": {"count": {"from": "deliveries"}}}]}
                """);
        Site a = new Site(
                "S-A",
                "Haus A",
                "Dresden",
                "DE-SN",
                "Träger e.V.",
                CarrierType.MIGRANT_UMBRELLA,
                Coverage.CITY,
                LocalDate.of(2024, 1, 1),
                null);
        Dataset d = new Dataset(
                "1",
                LocalDate.of(2024, 12, 31),
                new Programme("p", "P", null),
                List.of(a),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        assertThat(IndicatorFiles.checkSites(f, d))
                .extracting(x -> x.format(Locale.ENGLISH))
                .containsExactly(
                        "/indicators/0/sites/1 (3:39) HOR-540 The site S-HH is not a site of the dataset [S-HH]");
    }

    @Test
    @DisplayName("a file larger than 8 MiB is refused before it is read; a missing file is an I/O error")
    void files() throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) IndicatorFiles.MAX_BYTES + 1]);
        IndicatorFileResult r = IndicatorFiles.read(big);
        assertThat(r.violations())
                .extracting(Violation::code, Violation::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HOR-501", Long.toString(IndicatorFiles.MAX_BYTES + 1)));
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, SPEC_EXAMPLE);
        assertThat(IndicatorFiles.read(ok).file())
                .get()
                .extracting(IndicatorFile::name)
                .isEqualTo(ok.toString());
        assertThatThrownBy(() -> IndicatorFiles.read(dir.resolve("missing.json")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
