package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.report.builder.DocumentParts.section;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.Dataset;
import org.hor.core.model.OfferType;
import org.hor.core.model.PeriodType;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Level;
import org.hor.core.spi.LocalizedText;
import org.hor.indicators.Catalogue;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.Filter;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFiles;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reports' section of own indicators (spec 05): the small dataset with a file of two indicators,
 * one for S-A (organisations using consulting: O1, O3 in 2025, O1, O2 in 2024), one for S-B
 * (training participants: 5 + 3 in 2025).
 */
@DisplayName("the reports show a site's own indicators from indicator files")
class OwnIndicatorsTest {
    private static final ReportOptions EN = ReportOptions.defaults().withLocale(Locale.ENGLISH);

    private static Selection deliveries(OfferType type) {
        return new Selection(
                RecordSet.DELIVERIES,
                new Filter(
                        Set.of(type),
                        Set.of(),
                        Set.of(),
                        Optional.empty(),
                        Set.of(),
                        Optional.empty(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Optional.empty()));
    }

    private static FileIndicator indicator(String id, String site, Expression e) {
        return new FileIndicator(
                id,
                new LocalizedText("Eigener " + id, "Own " + id),
                new LocalizedText("Bedeutung", "Meaning of " + id),
                "unit-" + id.length(),
                Level.OUTPUT,
                Direction.UP,
                List.of(site),
                EnumSet.noneOf(PeriodType.class),
                e,
                "/indicators/0");
    }

    private static final IndicatorFile FILE = new IndicatorFile(
            "house.json",
            "feedbeef".repeat(8),
            List.of(
                    indicator(
                            "own.consulting.orgs",
                            "S-A",
                            new Expression.Organisations(deliveries(OfferType.CONSULTING), 1)),
                    indicator(
                            "own.training.participants",
                            "S-B",
                            new Expression.Sum(deliveries(OfferType.TRAINING), Field.PARTICIPANTS))));

    private final Dataset dataset = SmallDataset.create();
    private final Engine engine = Engine.create(
            dataset,
            Catalogue.builder().standard().add(IndicatorFiles.provider(FILE)).build());
    private final Findings findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
    private final Evaluation evaluation = engine.evaluate(Reports.evaluationOptions(2025));

    private static Table table(Section s) {
        return s.body().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table in " + s.heading()));
    }

    @Test
    @DisplayName(
            "the site report lists the file indicators that apply to the site, with Y and Y−1, not among the plugins")
    void site() {
        Document doc = Reports.siteReport(engine, evaluation, findings, "S-A", EN);
        Table own = table(section(doc, "Own indicators"));
        assertThat(own.rows()).singleElement().satisfies(r -> {
            assertThat(r.cell(0)).isEqualTo(Cell.text("\u2068Own own.consulting.orgs\u2069"));
            assertThat(r.cell(1).numericValue()).isEqualByComparingTo("2");
            assertThat(r.cell(2).numericValue()).isEqualByComparingTo("2");
        });
        assertThat(section(doc, "Own indicators").body()).last().isInstanceOf(Paragraph.class);
        assertThat(section(doc, "Further indicators from plugins").body()).noneMatch(Table.class::isInstance);
        Table other = table(section(Reports.siteReport(engine, evaluation, findings, "S-B", EN), "Own indicators"));
        assertThat(other.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.cell(1).numericValue()).isEqualByComparingTo("8"));
    }

    @Test
    @DisplayName("the programme report lists every file indicator with the programme's value, its sites and its file")
    void programme() {
        Document doc = Reports.programmeReport(engine, evaluation, findings, EN);
        Table own = table(section(doc, "Own indicators from indicator files"));
        assertThat(own.rows()).hasSize(2);
        assertThat(own.rows().get(0).cell(1).numericValue()).isEqualByComparingTo("2");
        assertThat(own.rows().get(0).cell(3)).isEqualTo(Cell.text("\u2068Haus Alpha\u2069"));
        assertThat(own.rows().get(0).cell(4)).isEqualTo(Cell.text("\u2068house.json\u2069 (SHA-256 feedbeeffeed…)"));
        assertThat(own.rows().get(1).cell(1).numericValue()).isEqualByComparingTo("8");
    }

    @Test
    @DisplayName("an engine over the same file made after an earlier one was collected still reports its own"
            + " indicators (a process-wide weak table keyed by equal definitions lost them)")
    void laterEngineOfTheSameFile() throws InterruptedException {
        // a file of its own, so that no other test made providers of equal definitions before
        IndicatorFile file = new IndicatorFile(
                "later.json",
                "abad1dea".repeat(8),
                List.of(indicator(
                        "own.later.orgs", "S-A", new Expression.Organisations(deliveries(OfferType.CONSULTING), 1))));
        List<Object> earlier = new java.util.ArrayList<>(List.of(IndicatorFiles.provider(file)));
        Engine later = Engine.create(
                dataset,
                Catalogue.builder()
                        .standard()
                        .add(IndicatorFiles.provider(file))
                        .build());
        earlier.clear();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(10);
        }
        Document doc = Reports.siteReport(
                later,
                later.evaluate(Reports.evaluationOptions(2025)),
                FormativeEvaluation.assess(later, AssessmentOptions.defaults()),
                "S-A",
                EN);
        assertThat(table(section(doc, "Own indicators")).rows()).hasSize(1);
    }

    @Test
    @DisplayName("under disclosure control an organisations result below k is shown suppressed")
    void suppressed() {
        DisclosureControl control = DisclosureControl.publish();
        Evaluation published = control.apply(evaluation, engine);
        Document doc = Reports.siteReport(
                engine, published, control.apply(findings, published, engine), "S-A", EN.withSuppressBelow(3));
        Table own = table(section(doc, "Own indicators"));
        assertThat(own.rows().get(0).cell(1)).isEqualTo(Cell.suppressed(3));
    }
}
