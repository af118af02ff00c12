package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Dataset;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.TargetBasis;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Table;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The recommended targets of the transfer section, pivoted: one row per operating year and key
 * indicator, one column per carrier type, the basis as a footnote. The transfer years are written
 * by hand here (the small dataset has too few sites for a median of one carrier type):
 *
 * <pre>
 * k  indicator             MIGRANT_UMBRELLA        OTHER_CARRIER        CONSORTIUM
 * 1  reach.organisations   9    type, n = 3        –                    8   all, n = 5
 * 1  retention.share       – (no recommendation at all: no row)
 * 2  reach.organisations   12.5 type, n = 4        7  type, n = 3       11  all, n = 5
 * </pre>
 */
class TransferTargetsTest {

    private static ReportData german;
    private static ReportData english;

    @BeforeAll
    static void data() {
        Dataset dataset = SmallDataset.create();
        Engine engine = Engine.create(dataset);
        Findings findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        Evaluation evaluation = engine.evaluate(Reports.evaluationOptions(2025));
        german = new ReportData(engine, evaluation, findings, ReportOptions.defaults());
        english = new ReportData(
                engine, evaluation, findings, ReportOptions.defaults().withLocale(Locale.ENGLISH));
    }

    private static final Summary ANY = Summary.of(List.of(Value.of(new BigDecimal("8"))));

    private static List<TransferYear> years() {
        TransferYear one = new TransferYear(
                1,
                List.of("S-A", "S-B"),
                List.of(
                        new TransferIndicator(
                                "reach.organisations",
                                ANY,
                                List.of(
                                        target(CarrierType.MIGRANT_UMBRELLA, TargetBasis.CARRIER_TYPE, 3, "9"),
                                        target(CarrierType.CONSORTIUM, TargetBasis.ALL_SITES, 5, "8"))),
                        new TransferIndicator("retention.share", ANY, List.of())));
        TransferYear two = new TransferYear(
                2,
                List.of("S-A", "S-B"),
                List.of(new TransferIndicator(
                        "reach.organisations",
                        ANY,
                        List.of(
                                target(CarrierType.MIGRANT_UMBRELLA, TargetBasis.CARRIER_TYPE, 4, "12.5"),
                                target(CarrierType.OTHER_CARRIER, TargetBasis.CARRIER_TYPE, 3, "7"),
                                target(CarrierType.CONSORTIUM, TargetBasis.ALL_SITES, 5, "11")))));
        return List.of(one, two);
    }

    private static RecommendedTarget target(CarrierType type, TargetBasis basis, int n, String value) {
        return new RecommendedTarget(type, basis, n, new BigDecimal(value));
    }

    @Test
    @DisplayName(
            "one row per year and indicator with a recommendation, one column per carrier type in the enum's order")
    void shape() {
        Table t = new ProgrammeReport(german).targets(years());

        assertThat(t.columns())
                .containsExactly(
                        "Betriebsjahr", "Indikator", "Migrantischer Dachverband", "Anderer Träger", "Konsortium");
        // retention.share of year 1 has no recommendation: no row; 2 rows instead of 2 + 3 = 5
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).cells().subList(0, 2))
                .containsExactly(Cell.text("Betriebsjahr 1"), Cell.text("Erreichte Organisationen"));
        assertThat(t.rows().get(1).cell(0)).isEqualTo(Cell.text("Betriebsjahr 2"));
    }

    @Test
    @DisplayName(
            "every recommended value is kept, with its basis and n as its note; an omitted target is an empty cell")
    void valuesAndBasis() {
        Table t = new ProgrammeReport(german).targets(years());

        List<Cell> one = t.rows().get(0).cells();
        assertThat(one.get(2))
                .isEqualTo(Cell.noted(
                        Cell.number(new BigDecimal("9"), "", 0),
                        "Median der Standorte gleicher Trägerart (n\u00A0=\u00A03)"));
        assertThat(one.get(3)).isEqualTo(Cell.empty());
        assertThat(one.get(4))
                .isEqualTo(
                        Cell.noted(
                                Cell.number(new BigDecimal("8"), "", 0),
                                "Median aller Standorte (n\u00A0=\u00A05), weil weniger als 3 Standorte dieser Trägerart einen Wert haben"));
        List<Cell> two = t.rows().get(1).cells();
        assertThat(two.subList(2, 5))
                .extracting(c -> c.numericValue().stripTrailingZeros().toPlainString())
                .containsExactly("12.5", "7", "11");
        assertThat(two.subList(2, 5))
                .extracting(c -> ((Cell.Noted) c).note())
                .containsExactly(
                        "Median der Standorte gleicher Trägerart (n\u00A0=\u00A04)",
                        "Median der Standorte gleicher Trägerart (n\u00A0=\u00A03)",
                        "Median aller Standorte (n\u00A0=\u00A05), weil weniger als 3 Standorte dieser Trägerart einen Wert haben");
        // the empty cell is explained under the table
        assertThat(t.notes()).hasSize(2).last().asString().startsWith("Leeres Feld");
    }

    @Test
    @DisplayName(
            "in Markdown each value carries a superscript number, the same basis the same number, listed after the table")
    void markers() {
        Table t = new ProgrammeReport(german).targets(years());
        String md = new String(
                Renderers.load()
                        .get("markdown")
                        .renderToBytes(
                                Document.builder("T", Locale.GERMAN).table(t).build(), RenderOptions.defaults()),
                StandardCharsets.UTF_8);

        // first use numbers the notes: type n = 3 → 1, all n = 5 → 2, type n = 4 → 3
        assertThat(md).contains("| Betriebsjahr 1 | Erreichte Organisationen | 9¹ |  | 8² |");
        assertThat(md).contains("| Betriebsjahr 2 | Erreichte Organisationen | 12,5³ | 7¹ | 11² |");
        assertThat(md)
                .contains("¹ Median der Standorte gleicher Trägerart (n\u00A0=\u00A03)")
                .contains(
                        "² Median aller Standorte (n\u00A0=\u00A05), weil weniger als 3 Standorte dieser Trägerart einen Wert haben")
                .contains("³ Median der Standorte gleicher Trägerart (n\u00A0=\u00A04)")
                .doesNotContain("⁴");
    }

    @Test
    @DisplayName(
            "in HTML the numbers stay right-aligned numbers with a linked note marker; JSON keeps the number and adds the note")
    void htmlAndJson() {
        Table t = new ProgrammeReport(english).targets(years());
        Document doc = Document.builder("T", Locale.ENGLISH).table(t).build();
        String html = new String(
                Renderers.load().get("html").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
        String json = new String(
                Renderers.load().get("json").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);

        assertThat(t.columns())
                .containsExactly(
                        "Operating year", "Indicator", "Migrant umbrella organisation", "Other carrier", "Consortium");
        assertThat(html).contains("<td class=\"num\">12.5<sup class=\"fn\"><a href=\"#note-3\"");
        assertThat(html).contains("<li id=\"note-2\" value=\"2\">Median of all sites (n\u00A0=\u00A05), because fewer");
        assertThat(json.replaceAll("\\s+", " "))
                .contains("{ \"type\" : \"number\", \"value\" : 12.5, \"unit\" : \"\", "
                        + "\"decimals\" : 1, \"signed\" : false, \"text\" : \"12.5\", "
                        + "\"note\" : \"Median of the sites of the same carrier type (n\u00A0=\u00A04)\" }");
    }
}
