package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.indicators.evaluation.Development;
import org.hor.indicators.evaluation.Trend;
import org.hor.report.document.BarChart;
import org.hor.report.document.Cell;
import org.hor.report.document.LineChart;
import org.hor.report.document.Section;
import org.hor.report.document.Series;
import org.hor.report.document.Table;
import org.hor.report.document.Tone;

/** The site report's development of the key indicators over the complete years and the quarters of Y. */
final class SiteDevelopment extends SiteSection {

    private static final List<String> REACH = List.of("reach.organisations", "reach.organisations.new");
    private static final List<String> SHARES =
            List.of("retention.share", "offers.multi-use.share", "outcomes.organisations.share");
    private static final List<String> QUARTER_FIGURES = List.of(
            "reach.organisations",
            "reach.organisations.new",
            "deliveries.count",
            "consulting.hours",
            "grants.amount",
            "outcomes.count");

    SiteDevelopment(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("development").paragraph(texts.get("development.lead", year.code()));
        List<Period> years = data.completeYears(scope);
        if (years.isEmpty()) {
            s.paragraph(texts.get("development.none", year.code()));
        } else {
            List<String> cats = years.stream().map(Period::code).toList();
            s.section(texts.get("development.years"), sub -> {
                sub.chart(new LineChart(
                        texts.get("development.years.counts"),
                        texts.get("development.years.counts.description"),
                        cats,
                        series(REACH, years)));
                sub.chart(new LineChart(
                        texts.get("development.years.shares"),
                        texts.get("development.years.shares.description"),
                        cats,
                        series(SHARES, years)));
                List<String> columns = new ArrayList<>();
                columns.add(texts.get("keyFigures.column.indicator"));
                columns.addAll(cats);
                columns.add(texts.get("development.column.trend"));
                Table.Builder table = Table.builder(texts.get("development.years.table"))
                        .columns(columns)
                        .note(texts.get("development.years.note"));
                for (String id : keyIndicators()) {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.text(data.label(id)));
                    years.forEach(p -> row.add(data.cell(scope, p, id)));
                    row.add(trend(id));
                    table.row(row);
                }
                sub.table(table.build());
            });
        }
        List<Period> quarters = data.quartersOfYear(scope);
        if (!quarters.isEmpty()) {
            List<String> qcats = quarters.stream().map(Period::code).toList();
            s.section(texts.get("development.quarters", year.code()), sub -> {
                sub.chart(new BarChart(
                        texts.get("development.quarters.chart", year.code()),
                        texts.get("development.quarters.chart.description", year.code()),
                        qcats,
                        series(List.of("deliveries.count", "reach.organisations"), quarters)));
                List<String> columns = new ArrayList<>();
                columns.add(texts.get("keyFigures.column.indicator"));
                columns.addAll(qcats);
                Table.Builder table = Table.builder(texts.get("development.quarters.table", year.code()))
                        .columns(columns);
                for (String id : QUARTER_FIGURES) {
                    if (data.definition(id) == null) {
                        continue;
                    }
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.text(data.label(id)));
                    quarters.forEach(p -> row.add(data.cell(scope, p, id)));
                    table.row(row);
                }
                sub.table(table.build());
            });
        }
        return s.build();
    }

    private List<Series> series(List<String> ids, List<Period> periods) {
        List<Series> list = new ArrayList<>();
        for (String id : ids) {
            if (data.definition(id) == null) {
                continue;
            }
            List<Cell> values = new ArrayList<>();
            periods.forEach(p -> values.add(plottable(data.cell(scope, p, id))));
            list.add(new Series(data.label(id), values));
        }
        return list;
    }

    private Cell trend(String id) {
        for (Development dev : data.findings.development()) {
            if (dev.siteId().equals(site.id())
                    && dev.indicator().equals(id)
                    && dev.periodType() == org.hor.core.model.PeriodType.YEAR) {
                Trend tr = dev.trend();
                Tone tone = tr == Trend.UNKNOWN || tr == Trend.STABLE
                        ? Tone.NEUTRAL
                        : (tr == Trend.RISING) == (data.definition(id).direction() == org.hor.core.spi.Direction.UP)
                                ? Tone.POSITIVE
                                : Tone.NEGATIVE;
                return Cell.status(tone, texts.label("trend", tr));
            }
        }
        return Cell.status(Tone.NEUTRAL, texts.label("trend", Trend.UNKNOWN));
    }
}
