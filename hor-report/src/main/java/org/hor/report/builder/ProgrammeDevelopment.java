package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.report.document.Cell;
import org.hor.report.document.LineChart;
import org.hor.report.document.Section;
import org.hor.report.document.Series;
import org.hor.report.document.Table;

/** The programme report's development of the programme. */
final class ProgrammeDevelopment extends ProgrammeSection {

    /** The most years shown side by side in the table of programme indicators per year. */
    static final int YEARS_PER_TABLE = 5;

    ProgrammeDevelopment(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        Section.Builder s = section("development").paragraph(texts.get("programmeDevelopment.lead"));
        List<Period> years = data.completeYears(programme);
        if (years.isEmpty()) {
            s.paragraph(texts.get("development.none", year.code()));
            return s.build();
        }
        List<String> cats = years.stream().map(Period::code).toList();
        List<Series> reach = new ArrayList<>();
        for (String id : List.of("reach.organisations", "reach.organisations.new")) {
            List<Cell> values = new ArrayList<>();
            years.forEach(p -> values.add(plottable(data.cell(programme, p, id))));
            reach.add(new Series(data.label(id), values));
        }
        s.chart(new LineChart(
                texts.get("programmeDevelopment.chart"),
                texts.get("programmeDevelopment.chart.description"),
                cats,
                reach));
        s.chart(pillarChart(
                programme,
                years,
                texts.get("programmeDevelopment.pillars"),
                texts.get("programmeDevelopment.pillars.description")));
        List<String> ids = new ArrayList<>(keys);
        for (String extra : List.of(
                "consulting.hours",
                "grants.count",
                "events.count",
                "outcomes.count",
                "exchange.participations",
                "budget.amount",
                "cost.per-organisation")) {
            if (data.definition(extra) != null) {
                ids.add(extra);
            }
        }
        // at most YEARS_PER_TABLE years side by side, so that the table fits an A4 page:
        // 10 years → 2 tables of 5, 7 years → 3 + 4
        int parts = (years.size() + YEARS_PER_TABLE - 1) / YEARS_PER_TABLE;
        for (int part = 0; part < parts; part++) {
            int from = part * years.size() / parts;
            int to = (part + 1) * years.size() / parts;
            List<String> columns = new ArrayList<>();
            columns.add(texts.get("keyFigures.column.indicator"));
            columns.addAll(cats.subList(from, to));
            String caption = texts.get("programmeDevelopment.table")
                    + (part == 0 ? "" : " – " + texts.get("overview.continued"));
            Table.Builder table = Table.builder(caption).columns(columns);
            for (String id : ids) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(data.label(id)));
                years.subList(from, to).forEach(p -> row.add(data.cell(programme, p, id)));
                table.row(row);
            }
            s.table(table.build());
        }
        return s.build();
    }
}
