package org.hor.report.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.hor.core.model.Exchange;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.ExchangeNetwork;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.HeatMap;
import org.hor.report.document.Inline;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The programme report's exchange network. */
final class ProgrammeExchange extends ProgrammeSection {

    ProgrammeExchange(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        Section.Builder s = section("exchange").paragraph(texts.get("exchange.lead", year.code()));
        ExchangeNetwork net = data.findings.exchangeYear();
        List<String> names = data.siteNames(net.siteIds());
        if (net.siteIds().size() >= 2) {
            List<List<Cell>> cells = new ArrayList<>();
            List<List<Integer>> matrix = net.matrix();
            for (int i = 0; i < matrix.size(); i++) {
                List<Cell> row = new ArrayList<>();
                for (int j = 0; j < matrix.size(); j++) {
                    row.add(i == j ? Cell.empty() : Cell.number(matrix.get(i).get(j)));
                }
                cells.add(row);
            }
            s.chart(new HeatMap(
                    texts.get("exchange.matrix", year.code()),
                    texts.get("exchange.matrix.description", year.code()),
                    names,
                    names,
                    cells));
        }
        s.paragraph(texts.runs(
                        "exchange.density", year.code(), net.pairs().size(), net.allPairs(), Inline.value(density(net)))
                .toArray(Inline[]::new));
        ExchangeNetwork all = data.findings.exchangeAllTime();
        s.paragraph(
                texts.runs("exchange.densityAllTime", all.pairs().size(), all.allPairs(), Inline.value(density(all)))
                        .toArray(Inline[]::new));
        s.paragraph(
                net.isolated().isEmpty()
                        ? texts.get("exchange.noIsolated", year.code())
                        : texts.get("exchange.isolated", year.code(), texts.join(data.siteNames(net.isolated()))));
        // the exchanges exchange.participations counts for the programme and Y
        List<Exchange> list = ReportData.withIds(
                        data.dataset.exchanges(),
                        Exchange::id,
                        data.contributing(Scope.PROGRAMME, year, "exchange.participations"))
                .stream()
                .sorted(Comparator.comparing(Exchange::date).thenComparing(Exchange::id))
                .toList();
        if (list.isEmpty()) {
            s.paragraph(texts.get("exchange.none", year.code()));
        } else {
            Table.Builder table = Table.builder(texts.get("exchange.table", year.code()))
                    .rowHeaders(false)
                    .columns(
                            texts.get("exchanges.column.date"),
                            texts.get("exchanges.column.format"),
                            texts.get("exchanges.column.topic"),
                            texts.get("exchange.column.sites"));
            for (Exchange x : list) {
                table.row(
                        Cell.date(x.date()),
                        Cell.text(x.format() == null ? "–" : texts.label("exchangeFormat", x.format())),
                        Cell.text(x.topic() == null ? "–" : Bidi.isolate(data.shown(x.topic()))),
                        Cell.text(texts.join(data.siteNames(
                                new TreeSet<>(x.siteIds()).stream().toList()))));
            }
            s.table(table.build());
        }
        return s.build();
    }

    private Cell density(ExchangeNetwork net) {
        return net.density() instanceof Value.Defined v
                ? data.percent(v.number().multiply(BigDecimal.valueOf(100)))
                : data.cell(net.density(), null);
    }
}
