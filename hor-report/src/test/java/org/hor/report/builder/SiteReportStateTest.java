package org.hor.report.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hor.report.builder.DocumentParts.section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hor.core.model.Dataset;
import org.hor.core.model.Site;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FormativeEvaluation;
import org.hor.report.document.Block;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Row;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.TileGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The site report of a site whose reach is suppressed while it has a target (issue 13, point 3), and
 * what the profile says about a site in the years before, at, during and after its active time
 * (issue 13, point 13).
 */
class SiteReportStateTest {

    private static Table table(Section s, String caption) {
        return s.body().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .filter(t -> t.caption().equals(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caption));
    }

    private static String note(Section s, String label) {
        return s.body().stream()
                .filter(TileGroup.class::isInstance)
                .map(TileGroup.class::cast)
                .flatMap(g -> g.tiles().stream())
                .filter(t -> t.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(label))
                .note();
    }

    @Test
    @DisplayName(
            "a site with a target whose reach is suppressed gets its report: target kept, attainment and status < k")
    void suppressedActualWithTarget() {
        // S-A reaches 3 organisations in 2025 and has a target of 4: below k = 4 the actual is suppressed
        Dataset dataset = SmallDataset.create();
        Engine engine = Engine.create(dataset);
        Findings findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        Evaluation published =
                DisclosureControl.below(4).apply(engine.evaluate(Reports.evaluationOptions(2025)), engine);
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Document doc = Reports.siteReport(
                    engine,
                    published,
                    findings,
                    "S-A",
                    ReportOptions.defaults().withLocale(locale).withSuppressBelow(4));
            boolean en = locale == Locale.ENGLISH;
            Table targets = table(
                    section(doc, en ? "Target attainment" : "Zielerreichung"),
                    en ? "Targets and attainment" : "Ziele und Zielerreichung");
            Row row = targets.rows().get(0);
            // indicator, period, target, actual, expectation, attainment, status
            assertThat(row.cells())
                    .containsExactly(
                            row.cell(0),
                            Cell.text("2025"),
                            Cell.number(4),
                            Cell.suppressed(4),
                            Cell.empty(),
                            Cell.suppressed(4),
                            Cell.suppressed(4));
            assertThat(note(
                            section(doc, en ? "Key figures of the year" : "Kennzahlen des Berichtsjahres"),
                            en ? "Organisations reached" : "Erreichte Organisationen"))
                    .isEqualTo(
                            en
                                    ? "Target 2025: 4 – status suppressed (disclosure control)"
                                    : "Ziel 2025: 4 – Status unterdrückt (Datenschutz)");
        }
    }

    @Test
    @DisplayName("a missed target's evidence does not give a suppressed actual back through its attainment")
    void attainmentEvidence() {
        // S-A: target 4, actual 3, attainment 75 % (PARTLY): TARGET_MISSED. With k = 4 the actual is suppressed,
        // and 75 % × 4 = 3 would give it back: the attainment is suppressed too
        Dataset dataset = SmallDataset.create();
        Engine engine = Engine.create(dataset);
        Findings findings = FormativeEvaluation.assess(engine, AssessmentOptions.defaults());
        Evaluation published =
                DisclosureControl.below(4).apply(engine.evaluate(Reports.evaluationOptions(2025)), engine);
        Document doc = Reports.siteReport(
                engine,
                published,
                findings,
                "S-A",
                ReportOptions.defaults().withLocale(Locale.ENGLISH).withSuppressBelow(4));
        Table evidence =
                evidenceTables(section(doc, "Challenges and support").body()).get(0);
        Row attainment = evidence.rows().stream()
                .filter(r -> r.cell(0).equals(Cell.text("Attainment: Organisations reached")))
                .findFirst()
                .orElseThrow();
        assertThat(attainment.cell(2)).isEqualTo(Cell.suppressed(4));
        Row target = evidence.rows().stream()
                .filter(r -> r.cell(0).equals(Cell.text("Target: Organisations reached")))
                .findFirst()
                .orElseThrow();
        assertThat(target.cell(2).numericValue()).isEqualByComparingTo("4");
    }

    private static List<Table> evidenceTables(List<Block> blocks) {
        List<Table> list = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t && t.caption().equals("Evidence")) {
                list.add(t);
            } else if (b instanceof Section s) {
                list.addAll(evidenceTables(s.body()));
            }
        }
        return list;
    }

    /** The small dataset with S-A active from 1 April 2023 to 31 December 2025 and S-B from 1 January to 30 June 2024. */
    private static Dataset bounded() {
        Dataset d = SmallDataset.create();
        List<Site> sites = new ArrayList<>();
        for (Site s : d.sites()) {
            LocalDate end = s.id().equals("S-A") ? LocalDate.of(2025, 12, 31) : LocalDate.of(2024, 6, 30);
            sites.add(new Site(
                    s.id(), s.name(), s.city(), s.state(), s.carrier(), s.carrierType(), s.coverage(), s.start(), end));
        }
        return new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                sites,
                d.organisations(),
                d.offers(),
                d.deliveries().stream().filter(x -> !x.offerId().equals("F-B1")).toList(),
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                d.targets(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @DisplayName("the profile says 'not yet started' only before the start and 'no longer active' only after the end")
    @CsvSource({
        "S-A, 2022, before", // before the start (1 April 2023)
        "S-A, 2023, active", // the start year: active on 31 December 2023
        "S-A, 2024, active", // during
        "S-A, 2025, active", // the end year, ending on its last day: still active on 31 December
        "S-B, 2023, before", // before the start (1 January 2024)
        "S-B, 2024, ended", // the end year, ending on 30 June: no longer active on 31 December
        "S-B, 2025, ended", // after the end
    })
    void profileState(String siteId, int year, String expected) {
        Dataset dataset = bounded();
        Engine engine = Engine.create(dataset);
        Findings findings =
                FormativeEvaluation.assess(engine, AssessmentOptions.defaults().withYear(year));
        Evaluation evaluation = engine.evaluate(Reports.evaluationOptions(year));
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            boolean en = locale == Locale.ENGLISH;
            Document doc = Reports.siteReport(
                    engine,
                    evaluation,
                    findings,
                    siteId,
                    ReportOptions.defaults().withLocale(locale));
            Section profile = section(doc, en ? "Site profile" : "Profil des Standorts");
            String text = profileText(profile);
            String notYet = en ? "not yet started" : "noch nicht begonnen";
            String startedAfter = en
                    ? "The site started only after the reporting year " + year
                    : "Der Standort hat erst nach dem Berichtsjahr " + year + " begonnen";
            String noLonger = en ? "no longer active" : "nicht mehr aktiv";
            switch (expected) {
                case "before" ->
                    assertThat(text).contains(notYet).contains(startedAfter).doesNotContain(noLonger);
                case "ended" ->
                    assertThat(text).contains(noLonger).doesNotContain(notYet).doesNotContain(startedAfter);
                default ->
                    assertThat(text)
                            .doesNotContain(noLonger)
                            .doesNotContain(notYet)
                            .doesNotContain(startedAfter);
            }
        }
    }

    private static String profileText(Section s) {
        StringBuilder b = new StringBuilder();
        for (Block block : s.body()) {
            if (block instanceof Paragraph p) {
                b.append(p.content()).append('\n');
            } else if (block instanceof org.hor.report.document.FactList f) {
                f.facts()
                        .forEach(x -> b.append(x.label())
                                .append(": ")
                                .append(x.value())
                                .append('\n'));
            }
        }
        return b.toString();
    }
}
