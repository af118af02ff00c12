package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hor.report.builder.DocumentParts.section;
import static org.hor.report.builder.DocumentParts.tables;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Row;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.TileGroup;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static Dataset dataset;
    private static Engine engine;
    private static Findings findings;
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        dataset = SmallDataset.create();
        engine = Engine.create(dataset);
        findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        evaluation = engine.evaluate(Reports.evaluationOptions(2025));
    }

    private static Document site(String id, ReportOptions options) {
        return Reports.siteReport(engine, evaluation, findings, id, options);
    }

    private static String markdown(Document doc) {
        return new String(
                Renderers.load().get("markdown").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
    }

    private static Tile tile(Section s, String label) {
        return s.body().stream()
                .filter(TileGroup.class::isInstance)
                .map(TileGroup.class::cast)
                .flatMap(g -> g.tiles().stream())
                .filter(t -> t.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(label));
    }

    private static Table table(Section s, String caption) {
        return tables(s.body()).stream()
                .filter(t -> t.caption().equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caption));
    }

    private static Row row(Table t, String first) {
        // names from the data are isolated (bidi): \u2068name\u2069
        return t.rows().stream()
                .filter(r -> r.cell(0).equals(Cell.text(first))
                        || r.cell(0).equals(Cell.text(org.hor.report.document.Bidi.isolate(first))))
                .findFirst()
                .orElseThrow(() -> new AssertionError(first));
    }

    private static BigDecimal number(Cell c) {
        return c.numericValue().stripTrailingZeros();
    }

    @Test
    @DisplayName("the site report has every section heading of its type, in order, in German by default")
    void siteSections() {
        Document doc = site("S-A", ReportOptions.defaults());
        List<String> headings =
                doc.body().stream().map(b -> ((Section) b).heading()).toList();
        assertThat(headings).isEqualTo(ReportType.SITE.sectionHeadings(Locale.GERMAN));
        assertThat(headings).hasSize(13).contains("Profil des Standorts", "Datenqualität");
        assertThat(doc.title()).isEqualTo("Standortbericht 2025: \u2068Haus Alpha\u2069");
    }

    @Test
    @DisplayName("key-figure tiles show reach 3 with +1 against 2024 and newly reached 1, computed by hand")
    void keyFigures() {
        Section s = section(site("S-A", ReportOptions.defaults()), "Kennzahlen des Berichtsjahres");
        Tile reach = tile(s, "Erreichte Organisationen");
        // 2025: O1, O2, O3 = 3; 2024: O1, O2 = 2; change +1, good for an UP indicator
        assertThat(number(reach.value())).isEqualTo(BigDecimal.valueOf(3));
        assertThat(number(reach.changes().get(0).amount())).isEqualTo(BigDecimal.ONE);
        assertThat(reach.changes().get(0).tone()).isEqualTo(org.hor.report.document.Tone.POSITIVE);
        assertThat(reach.changes().get(0).label()).isEqualTo("ggü. 2024");
        // the target of 4 is noted with its status: 3 / 4 = 75 % → teilweise erreicht
        assertThat(reach.note()).isEqualTo("Ziel 2025: 4 – teilweise erreicht");
        assertThat(number(tile(s, "Neu erreichte Organisationen").value())).isEqualTo(BigDecimal.ONE);
        // grants: D4 500 € in 2025, none in 2024
        Tile grants = tile(s, labelOf("grants.amount"));
        assertThat(grants.value()).isEqualTo(Cell.euro(new BigDecimal("500.00")));
    }

    private static String labelOf(String id) {
        return engine.catalogue().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow()
                .label()
                .de();
    }

    @Test
    @DisplayName(
            "the offer mix counts deliveries by type and by pillar: 2 consulting (Empowerment) and 1 micro-grant in 2025")
    void offerMix() {
        Section s = section(site("S-A", ReportOptions.defaults()), "Angebotsmix");
        Table byType = table(s, "Leistungen nach Angebotsart");
        // columns: type, 2024, 2025, share 2025
        assertThat(number(row(byType, "Beratung").cell(1))).isEqualTo(BigDecimal.valueOf(2));
        assertThat(number(row(byType, "Beratung").cell(2))).isEqualTo(BigDecimal.valueOf(2));
        // 2 of 3 deliveries = 66.666…%
        assertThat(row(byType, "Beratung").cell(3).numericValue())
                .isBetween(new BigDecimal("66.66"), new BigDecimal("66.67"));
        Row total = byType.rows().get(byType.rows().size() - 1);
        assertThat(total.total()).isTrue();
        assertThat(number(total.cell(2))).isEqualTo(BigDecimal.valueOf(3));
        Table byPillar = table(s, "Leistungen nach Säule");
        assertThat(number(row(byPillar, "Empowerment").cell(2))).isEqualTo(BigDecimal.valueOf(2));
        assertThat(number(row(byPillar, "Mikroförderung").cell(2))).isEqualTo(BigDecimal.ONE);
        assertThat(number(row(byPillar, "Vernetzung").cell(2))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("the offer mix's shares are the engine's shares, rounded as the evaluation's JSON rounds shares"
            + " (spec 02: 6 fraction digits): JSON 66.666667, 33.333333, 0.000000 and 100.000000, Markdown 66,7 %")
    void offerShares() {
        Document doc = site("S-A", ReportOptions.defaults());
        Table byType = table(section(doc, "Angebotsmix"), "Leistungen nach Angebotsart");
        // the shares of 2025's 3 deliveries: computed as Value.share computes every share of the engine,
        // rounded half-even to 6 fraction digits as every share in machine outputs (spec 02)
        assertThat(row(byType, "Beratung").cell(3)).isEqualTo(Cell.percent(new BigDecimal("66.666667")));
        assertThat(row(byType, "Mikroförderung").cell(3)).isEqualTo(Cell.percent(new BigDecimal("33.333333")));
        assertThat(row(byType, "Qualifizierung").cell(3)).isEqualTo(Cell.percent(new BigDecimal("0.000000")));
        assertThat(byType.rows().get(byType.rows().size() - 1).cell(3))
                .isEqualTo(Cell.percent(new BigDecimal("100.000000")));
        // what the JSON document prints for them (it printed 66.6666666667, 33.3333333333, 0.0000000000 and
        // 100.0000000000 before issue 14, the builder's own 10 places), and what Markdown shows (unchanged)
        String json = new String(
                Renderers.load().get("json").renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
        String shares = json.substring(json.indexOf("\"caption\" : \"Leistungen nach Angebotsart\""));
        shares = shares.substring(0, shares.indexOf("\"caption\"", 1));
        assertThat(shares)
                .contains(
                        "\"value\" : 66.666667,",
                        "\"value\" : 33.333333,",
                        "\"value\" : 0.000000,",
                        "\"value\" : 100.000000,")
                .doesNotContain("0000000000");
        assertThat(markdown(doc)).contains("| Beratung | 2 | 2 | 66,7\u00a0% |");
    }

    @Test
    @DisplayName("the missed target shows as a challenge with its evidence, measures and the peer site by name")
    void challenge() {
        Document doc = site("S-A", ReportOptions.defaults());
        Section s = section(doc, "Herausforderungen und Unterstützung");
        Section c = s.body().stream()
                .filter(Section.class::isInstance)
                .map(Section.class::cast)
                .filter(x -> x.heading().startsWith("Ziel verfehlt"))
                .findFirst()
                .orElseThrow();
        assertThat(c.heading()).isEqualTo("Ziel verfehlt: Erreichte Organisationen 2025");
        String md = markdown(doc);
        assertThat(md).contains("Gemeinsame Überprüfung").doesNotContain("target-review");
        Table targets = table(section(doc, "Zielerreichung"), "Ziele und Zielerreichung");
        Row r = targets.rows().get(0);
        assertThat(number(r.cell(2))).isEqualTo(BigDecimal.valueOf(4));
        assertThat(number(r.cell(3))).isEqualTo(BigDecimal.valueOf(3));
        assertThat(number(r.cell(5))).isEqualTo(BigDecimal.valueOf(75));
        assertThat(r.cell(6)).isEqualTo(Cell.status(org.hor.report.document.Tone.WARNING, "teilweise erreicht"));
    }

    @Test
    @DisplayName("the site's exchanges list date, format, topic and the other site by name")
    void exchanges() {
        Section s = section(site("S-A", ReportOptions.defaults()), "Austausch mit anderen Standorten");
        Table t = table(s, "Austausche 2025");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).cells())
                .containsExactly(
                        Cell.date(java.time.LocalDate.of(2025, 9, 10)),
                        Cell.text("Netzwerktreffen"),
                        Cell.text("\u2068Förderanträge schreiben\u2069"),
                        Cell.text("\u2068Haus Beta\u2069"));
    }

    @Test
    @DisplayName("empty sections stay and say so: no plugin indicators, no follow-up")
    void emptySections() {
        Document doc = site("S-B", ReportOptions.defaults());
        assertThat(section(doc, "Weitere Indikatoren aus Erweiterungen").body())
                .contains(org.hor.report.document.Paragraph.of(
                        "Für diesen Standort gelten im Jahr 2025 keine Indikatoren aus Erweiterungen."));
        assertThat(section(doc, "Nachverfolgung früherer Unterstützung").body()).hasSize(2);
        assertThat(section(doc, "Zielerreichung").body())
                .contains(org.hor.report.document.Paragraph.of("Für das Jahr 2025 sind keine Ziele vereinbart."));
    }

    @Test
    @DisplayName("a suppressed value shows as < k, and so does its change, in tiles and the programme overview")
    void suppressed() {
        List<Evaluation.Row> rows = new ArrayList<>();
        for (Evaluation.Row r : evaluation.rows()) {
            boolean hide = r.scope().equals(Scope.site("S-B"))
                    && r.period().equals(Period.year(2025))
                    && r.indicator().id().equals("reach.organisations");
            rows.add(hide ? r.withValue(Value.undefined(Reason.SUPPRESSED, "3")) : r);
        }
        Evaluation published = evaluation.withRows(rows);
        Document doc = Reports.siteReport(
                engine, published, findings, "S-B", ReportOptions.defaults().withSuppressBelow(3));
        Tile reach = tile(section(doc, "Kennzahlen des Berichtsjahres"), "Erreichte Organisationen");
        assertThat(reach.value()).isEqualTo(Cell.suppressed(3));
        assertThat(reach.changes().get(0).amount()).isEqualTo(Cell.suppressed(3));
        assertThat(markdown(doc)).contains("Wert unterdrückt: weniger als 3 Fälle");
        Document programme = Reports.programmeReport(engine, published, findings, ReportOptions.defaults());
        Table overview =
                table(section(programme, "Überblick über die Standorte"), "Standorte und Schlüsselindikatoren 2025");
        assertThat(row(overview, "Haus Beta").cell(1)).isEqualTo(Cell.suppressed(3));
    }

    @Test
    @DisplayName("the JSON documents print numbers as the evaluation's JSON does (spec 02): no number with more than"
            + " 6 fraction digits, and a site's shares with exactly the evaluation's digits")
    void machineDigits() {
        var json = Renderers.load().get("json");
        for (Document doc : List.of(
                site("S-A", ReportOptions.defaults()),
                site("S-B", ReportOptions.defaults()),
                Reports.programmeReport(engine, evaluation, findings, ReportOptions.defaults()))) {
            String text = new String(json.renderToBytes(doc, RenderOptions.defaults()), StandardCharsets.UTF_8);
            assertThat(java.util.regex.Pattern.compile(": -?\\d+\\.\\d{7,}")
                            .matcher(text)
                            .results()
                            .map(java.util.regex.MatchResult::group))
                    .as("numbers with more than 6 fraction digits")
                    .isEmpty();
        }
        // the migrant-led share of S-A in 2025 as the tile shows it: the evaluation's value, rounded half-even
        Value share = evaluation.rows().stream()
                .filter(r -> r.scope().equals(Scope.site("S-A"))
                        && r.period().equals(Period.year(2025))
                        && r.indicator().id().equals("reach.migrant-led.share"))
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(share).isInstanceOf(Value.Defined.class);
        assertThat(site("S-A", ReportOptions.defaults()).toString())
                .contains(((Value.Defined) share)
                        .number()
                        .setScale(6, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString());
    }

    @Test
    @DisplayName("an organisation attribute never appears unless a caller names it")
    void attributesArePrivate() {
        String plain = markdown(site("S-A", ReportOptions.defaults()));
        assertThat(plain).doesNotContain(SmallDataset.SECRET).doesNotContain("religion");
        String named = markdown(site("S-A", ReportOptions.defaults().withOrganisationAttributes("religion")));
        assertThat(named).contains(SmallDataset.SECRET).contains("Erreichte Organisationen nach Merkmal „religion“");
        // O1 has the value, O2 and O3 state none: 1 and 2 organisations
        Table t = table(
                section(
                        site("S-A", ReportOptions.defaults().withOrganisationAttributes("religion")),
                        "Kennzahlen des Berichtsjahres"),
                "Erreichte Organisationen nach Merkmal „religion“");
        assertThat(t.rows()).extracting(r -> r.cell(1)).containsExactly(Cell.number(1), Cell.number(2));
        // under disclosure control, the count 1 is withheld
        Table k3 = table(
                section(
                        site(
                                "S-A",
                                ReportOptions.defaults()
                                        .withOrganisationAttributes("religion")
                                        .withSuppressBelow(3)),
                        "Kennzahlen des Berichtsjahres"),
                "Erreichte Organisationen nach Merkmal „religion“");
        assertThat(k3.rows()).extracting(r -> r.cell(1)).containsExactly(Cell.suppressed(3), Cell.suppressed(3));
    }

    @Test
    @DisplayName("English reports use English headings and labels")
    void english() {
        Document doc = site("S-A", ReportOptions.defaults().withLocale(Locale.ENGLISH));
        assertThat(doc.title()).isEqualTo("Site report 2025: \u2068Haus Alpha\u2069");
        assertThat(doc.body().stream().map(b -> ((Section) b).heading()).toList())
                .isEqualTo(ReportType.SITE.sectionHeadings(Locale.ENGLISH));
        Tile reach = tile(section(doc, "Key figures of the year"), "Organisations reached");
        assertThat(reach.changes().get(0).label()).isEqualTo("vs. 2024");
        assertThat(table(section(doc, "Offer mix"), "Deliveries by offer type")
                        .rows()
                        .get(0)
                        .cell(0))
                .isEqualTo(Cell.text("Consulting"));
        String md = markdown(doc);
        assertThat(md).contains("Network meeting").doesNotContain("Netzwerktreffen");
        assertThat(Reports.sectionHeadings(ReportType.PROGRAMME, Locale.ENGLISH))
                .first()
                .isEqualTo("Overview of the sites");
    }

    @Test
    @DisplayName("the same input gives byte-identical output, in every format")
    void deterministic() {
        for (String format : List.of("html", "markdown", "json")) {
            var r = Renderers.load().get(format);
            byte[] a = r.renderToBytes(site("S-A", ReportOptions.defaults()), RenderOptions.defaults());
            byte[] b = r.renderToBytes(
                    Reports.siteReport(engine, findings, "S-A", ReportOptions.defaults()), RenderOptions.defaults());
            assertThat(a).isEqualTo(b);
            byte[] p1 = r.renderToBytes(
                    Reports.programmeReport(engine, evaluation, findings, ReportOptions.defaults()),
                    RenderOptions.defaults());
            byte[] p2 = r.renderToBytes(
                    Reports.programmeReport(engine, findings, ReportOptions.defaults()), RenderOptions.defaults());
            assertThat(p1).isEqualTo(p2);
        }
    }

    @Test
    @DisplayName("the programme total counts an organisation served by two sites once: 4, not 3 + 2")
    void distinctTotals() {
        Document doc = Reports.programmeReport(engine, evaluation, findings, ReportOptions.defaults());
        assertThat(doc.body().stream().map(b -> ((Section) b).heading()).toList())
                .isEqualTo(ReportType.PROGRAMME.sectionHeadings(Locale.GERMAN));
        Table overview = table(section(doc, "Überblick über die Standorte"), "Standorte und Schlüsselindikatoren 2025");
        assertThat(overview.columns().get(1)).isEqualTo("Erreichte Organisationen");
        assertThat(number(row(overview, "Haus Alpha").cell(1))).isEqualTo(BigDecimal.valueOf(3));
        assertThat(number(row(overview, "Haus Beta").cell(1))).isEqualTo(BigDecimal.valueOf(2));
        Row total = overview.rows().get(overview.rows().size() - 1);
        assertThat(total.total()).isTrue();
        assertThat(total.cell(0)).isEqualTo(Cell.text("Programm"));
        assertThat(number(total.cell(1))).isEqualTo(BigDecimal.valueOf(4));
    }

    @Test
    @DisplayName("the programme's exchange network: both sites met once, density 100 %, none isolated")
    void exchangeNetwork() {
        Document doc = Reports.programmeReport(engine, evaluation, findings, ReportOptions.defaults());
        String md = markdown(doc);
        assertThat(md)
                .contains(
                        "Im Jahr 2025 haben sich 1 von 1 möglichen Standortpaaren getroffen; Dichte des Netzwerks: 100,0\u00A0%.");
        assertThat(md).contains("Jeder Standort hat sich im Jahr 2025 mit mindestens einem anderen getroffen.");
    }

    @Test
    @DisplayName("an unknown site is rejected with its id")
    void unknownSite() {
        assertThatThrownBy(() -> site("S-X", ReportOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("S-X");
    }

    @Test
    @DisplayName("the Markdown of the small site report equals the committed golden file byte for byte")
    void golden() throws IOException {
        byte[] actual = Renderers.load()
                .get("markdown")
                .renderToBytes(site("S-A", ReportOptions.defaults()), RenderOptions.defaults());
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/site-report-small-de.md")) {
            expected = in == null ? new byte[0] : in.readAllBytes();
        }
        if (!java.util.Arrays.equals(expected, actual)) {
            Path written = Path.of("target", "site-report-small-de.actual.md");
            Files.createDirectories(written.getParent());
            Files.write(written, actual);
        }
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    }
}
