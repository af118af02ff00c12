package org.hor.report.builder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.Site;
import org.hor.report.document.BarChart;
import org.hor.report.document.Cell;
import org.hor.report.document.Inline;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Section;
import org.hor.report.document.Series;

/** The site report's impacts: outcomes by type and the share of organisations with an outcome. */
final class SiteImpacts extends SiteSection {

    SiteImpacts(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("impacts").paragraph(texts.get("impacts.lead"));
        s.block(valueSentence(
                "impacts.share", data.cell(scope, year, "outcomes.organisations.share"), year.referenceDay(data.asOf)));
        String id = "outcomes.count";
        List<String> cats = new ArrayList<>();
        List<Cell> before = new ArrayList<>();
        List<Cell> now = new ArrayList<>();
        for (OutcomeType type : OutcomeType.values()) {
            cats.add(texts.label("outcomeType", type));
            before.add(plottable(data.partCell(scope, previousYear, id, type.name())));
            now.add(plottable(data.partCell(scope, year, id, type.name())));
        }
        s.chart(new BarChart(
                texts.get("impacts.chart", year.code()),
                texts.get("impacts.chart.description", previousYear.code(), year.code()),
                cats,
                List.of(new Series(previousYear.code(), before), new Series(year.code(), now))));
        return s.build();
    }

    /** Returns a paragraph from a text with {0} a value and {1} a date. */
    private Paragraph valueSentence(String key, Cell value, LocalDate date) {
        return new Paragraph(texts.runs(key, Inline.value(value), Inline.value(Cell.date(date))));
    }
}
