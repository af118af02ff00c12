package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.report.builder.DocumentParts.tables;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Row;
import org.hor.report.document.Table;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 1, in the reports: with {@code --publish} (k = 3) no table of the programme or site
 * report shows a value from which a suppressed one follows.
 *
 * <pre>
 * asOf 2024-12-31, all sites from 2023-01-01; operating year 2 = 2024
 * site  carrier type       coverage  grants 2024                           organisations 2024
 * S-A   migrant umbrella   city      1 × 1,500.00                          O-1 (attribute lang=de)
 * S-B   consortium         city      100.00, 200.00, 300.00 = 600.00       O-2, O-3, O-4
 * S-C   consortium         region    4 × 1,000.00 + 3 × 500.00 = 5,500.00  O-5 … O-11 (lang: 6 × de, 1 × fr)
 * programme: 11 grants, 7,600.00
 * </pre>
 */
class PublishedReportTest {

    private static final DisclosureControl K3 = DisclosureControl.publish();
    private static Dataset dataset;
    private static Engine engine;
    private static Evaluation published;
    private static Findings raw;
    private static Findings shown;

    @BeforeAll
    static void build() {
        List<Site> sites = List.of(
                new Site(
                        "S-A",
                        "House A",
                        "Leipzig",
                        "DE-SN",
                        "A e.V.",
                        CarrierType.MIGRANT_UMBRELLA,
                        Coverage.CITY,
                        LocalDate.of(2023, 1, 1),
                        null),
                new Site(
                        "S-B",
                        "House B",
                        "Leipzig",
                        "DE-SN",
                        "B e.V.",
                        CarrierType.CONSORTIUM,
                        Coverage.CITY,
                        LocalDate.of(2023, 1, 1),
                        null),
                new Site(
                        "S-C",
                        "House C",
                        "Passau",
                        "DE-BY",
                        "C e.V.",
                        CarrierType.CONSORTIUM,
                        Coverage.REGION,
                        LocalDate.of(2023, 1, 1),
                        null));
        List<Organisation> orgs = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            orgs.add(new Organisation(
                    "O-" + i,
                    "Org " + i,
                    OrganisationType.OTHER,
                    LegalForm.OTHER,
                    null,
                    null,
                    Map.of("lang", i == 11 ? "fr" : "de")));
        }
        List<Offer> offers = List.of(
                new Offer("G-A", "S-A", OfferType.MICRO_GRANT, "Fund A"),
                new Offer("G-B", "S-B", OfferType.MICRO_GRANT, "Fund B"),
                new Offer("G-C", "S-C", OfferType.MICRO_GRANT, "Fund C"));
        List<Delivery> grants = new ArrayList<>();
        grants.add(grant("A24", "G-A", "O-1", "2024-02-01", "1500.00"));
        grants.add(grant("B24a", "G-B", "O-2", "2024-01-15", "100.00"));
        grants.add(grant("B24b", "G-B", "O-3", "2024-05-01", "200.00"));
        grants.add(grant("B24c", "G-B", "O-4", "2024-08-01", "300.00"));
        String[] dates = {
            "2024-01-10", "2024-02-10", "2024-03-10", "2024-05-10", "2024-07-10", "2024-08-10", "2024-09-10"
        };
        for (int i = 0; i < 7; i++) {
            grants.add(grant("C24" + i, "G-C", "O-" + (5 + i), dates[i], i < 4 ? "1000.00" : "500.00"));
        }
        dataset = new Dataset(
                "1",
                LocalDate.of(2024, 12, 31),
                new Programme("hor", "Houses", null),
                sites,
                orgs,
                offers,
                grants,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        engine = Engine.create(dataset);
        published = K3.apply(engine.evaluate(Reports.evaluationOptions(2024)), engine);
        raw = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        shown = K3.apply(raw, published, engine);
    }

    private static Delivery grant(String id, String offer, String org, String date, String amount) {
        return new Delivery(id, offer, org, LocalDate.parse(date), null, new BigDecimal(amount), null);
    }

    private static ReportOptions english() {
        return ReportOptions.defaults().withLocale(Locale.ENGLISH).withSuppressBelow(3);
    }

    private static Table table(Document doc, String caption) {
        return tables(doc.body()).stream()
                .filter(t -> t.caption().equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caption));
    }

    private static Cell cell(Table t, String first, String second, String column) {
        int c = t.columns().indexOf(column);
        Row row = t.rows().stream()
                .filter(r -> (r.cell(0).equals(Cell.text(first))
                                || r.cell(0).equals(Cell.text(org.hor.report.document.Bidi.isolate(first))))
                        && (second == null || r.cell(1).equals(Cell.text(second))))
                .findFirst()
                .orElseThrow(() -> new AssertionError(first + " " + second));
        Cell cell = row.cell(c);
        return cell instanceof Cell.Noted n ? n.value() : cell;
    }

    private static final String AMOUNT = "Amount granted";

    @Test
    @DisplayName("programme overview: the programme's grants minus the other sites no longer give S-A's 1,500.00")
    void overview() {
        Document doc = Reports.programmeReport(engine, published, shown, english());
        Table t = table(doc, "Sites and key indicators, 2024 – continued");
        assertThat(cell(t, "House A", null, AMOUNT)).isEqualTo(Cell.suppressed(3));
        assertThat(cell(t, "House B", null, AMOUNT)).isEqualTo(Cell.suppressed(3));
        assertThat(cell(t, "House C", null, AMOUNT)).isEqualTo(Cell.euro(new BigDecimal("5500.00")));
        assertThat(cell(t, "Programme", null, AMOUNT)).isEqualTo(Cell.euro(new BigDecimal("7600.00")));
    }

    @Test
    @DisplayName("approach comparison: the median of the one migrant-umbrella site is suppressed, not €1,500.00")
    void approaches() {
        Table before = table(Reports.programmeReport(engine, published, raw, english()), "Medians by carrier type");
        // the leak as it was, with the findings as assessed: the single site's grant
        assertThat(cell(before, "Migrant umbrella organisation", null, AMOUNT).numericValue())
                .isEqualByComparingTo("1500");
        Table t = table(Reports.programmeReport(engine, published, shown, english()), "Medians by carrier type");
        assertThat(cell(t, "Migrant umbrella organisation", null, AMOUNT)).isEqualTo(Cell.suppressed(3));
        // the consortium's median 3,050.00 = (600.00 + 5,500.00) / 2 would give S-B's 600.00 back
        assertThat(cell(t, "Consortium", null, AMOUNT)).isEqualTo(Cell.suppressed(3));
        assertThat(cell(t, "All sites", null, AMOUNT)).isEqualTo(Cell.suppressed(3));
        // reach: S-A 1 (suppressed), S-B 3 (suppressed with it: 11 − 7 − 3 = 1), S-C 7: the consortium's median
        // (3 + 7) / 2 = 5 would give S-B's 3 back; its maximum 7 is S-C's shown value
        assertThat(cell(t, "Consortium", null, "Organisations reached")).isEqualTo(Cell.suppressed(3));
    }

    @Test
    @DisplayName("transfer: benchmarks and recommended targets over suppressed grants are suppressed")
    void transfer() {
        Document doc = Reports.programmeReport(engine, published, shown, english());
        Table benchmarks = table(doc, "Benchmarks per operating year");
        for (String column : List.of("Minimum", "Lower quartile", "Median", "Upper quartile")) {
            assertThat(cell(benchmarks, "Operating year 2", AMOUNT, column))
                    .as(column)
                    .isEqualTo(Cell.suppressed(3));
        }
        assertThat(cell(benchmarks, "Operating year 2", AMOUNT, "Maximum"))
                .isEqualTo(Cell.euro(new BigDecimal("5500.00")));
        Table targets = table(doc, "Recommended targets for a new site, by its carrier type");
        for (String type : List.of("Migrant umbrella organisation", "Consortium")) {
            assertThat(cell(targets, "Operating year 2", AMOUNT, type)).as(type).isEqualTo(Cell.suppressed(3));
        }
        String md = new String(
                Renderers.load().get("markdown").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertThat(md)
                .doesNotContain("1,500.00")
                .contains("statistics (median, quartiles, minimum, maximum, "
                        + "recommended targets) based on a suppressed value");
        // before: the recommended target was S-A's grant
        String before = new String(
                Renderers.load()
                        .get("markdown")
                        .renderToBytes(
                                Reports.programmeReport(engine, published, raw, english()), RenderOptions.defaults()),
                StandardCharsets.UTF_8);
        assertThat(before).contains("1,500.00");
    }

    @Test
    @DisplayName("site report: attribute rows that add up to a shown reach never leave a single suppressed row")
    void attributes() {
        // S-C reaches 7 organisations: lang de 6, fr 1; 7 − 6 would give the 1 back, so both rows are suppressed
        Document doc =
                Reports.siteReport(engine, published, shown, "S-C", english().withOrganisationAttributes("lang"));
        Table t = table(doc, "Organisations reached by attribute “lang”");
        assertThat(t.rows()).extracting(r -> r.cell(1)).containsExactly(Cell.suppressed(3), Cell.suppressed(3));
    }
}
