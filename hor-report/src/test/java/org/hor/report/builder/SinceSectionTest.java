package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hor.core.model.Dataset;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.KeyedValues;
import org.hor.indicators.output.ValueKey;
import org.hor.indicators.release.ReleasedChange;
import org.hor.report.document.Document;
import org.hor.report.document.Section;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The section "Changes since NAME" and the marks of changed released figures (spec 06, {@code report --since}). */
class SinceSectionTest {

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

    private static String markdown(Document doc) {
        return new String(
                        Renderers.load().get("markdown").renderToBytes(doc, RenderOptions.defaults()),
                        StandardCharsets.UTF_8)
                .replace('\u00a0', ' ');
    }

    /** The change of S-A's reach in 2025: released as 999, now what the evaluation says. */
    private static ReleasedChange reachChanged() {
        ValueKey key = new ValueKey("site:S-A", "2025", "reach.organisations", null);
        KeyedValue now = KeyedValues.of(evaluation).stream()
                .filter(v -> v.key().equals(key))
                .findFirst()
                .orElseThrow();
        return new ReleasedChange(7, new KeyedValue(key, new BigDecimal("999"), null), now);
    }

    @Test
    @DisplayName("without --since a report has neither the section nor a mark")
    void none() {
        Document doc = Reports.siteReport(engine, evaluation, findings, "S-A", ReportOptions.defaults());
        assertThat(doc.body())
                .noneMatch(b -> b instanceof Section s && s.heading().startsWith("Änderungen seit"));
        assertThat(markdown(doc)).doesNotContain("Geändert seit");
    }

    @Test
    @DisplayName("the section comes first and lists the change, released and now; the table cell carries the note")
    void listedAndMarked() {
        ReportOptions options = ReportOptions.defaults().withSince("Jahresbericht 2025", List.of(reachChanged()));
        Document doc = Reports.siteReport(engine, evaluation, findings, "S-A", options);
        assertThat(((Section) doc.body().get(0)).heading()).isEqualTo("Änderungen seit \u2068Jahresbericht 2025\u2069");
        String md = markdown(doc);
        assertThat(md)
                .contains("| \u2068site:S-A\u2069 | 2025 | Erreichte Organisationen | – | 999 |")
                .contains("Geändert seit \u2068Jahresbericht 2025\u2069 (veröffentlicht: 999).");
        Document en = Reports.programmeReport(engine, evaluation, findings, options.withLocale(Locale.ENGLISH));
        assertThat(((Section) en.body().get(0)).heading()).isEqualTo("Changes since \u2068Jahresbericht 2025\u2069");
        assertThat(markdown(en)).contains("1 released figures of periods that were complete at the release");
    }

    @Test
    @DisplayName("with no change the section says so")
    void nothingChanged() {
        Document doc = Reports.programmeReport(
                engine,
                evaluation,
                findings,
                ReportOptions.defaults().withLocale(Locale.ENGLISH).withSince("R", List.of()));
        assertThat(markdown(doc))
                .contains("No released figure of a period that was complete at the release \u2068R\u2069 has changed.");
    }
}
