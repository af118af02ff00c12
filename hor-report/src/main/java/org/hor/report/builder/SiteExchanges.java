package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hor.core.model.Exchange;
import org.hor.core.model.Site;
import org.hor.report.document.Cell;
import org.hor.report.document.Inline;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The site report's exchanges with other sites. */
final class SiteExchanges extends SiteSection {

    SiteExchanges(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("exchanges").paragraph(texts.get("exchanges.lead", year.code()));
        List<Exchange> list = new ArrayList<>();
        for (Exchange x : data.dataset.exchanges()) {
            if (x.date() != null && year.contains(x.date()) && x.siteIds().contains(site.id())) {
                list.add(x);
            }
        }
        list.sort(java.util.Comparator.comparing(Exchange::date).thenComparing(Exchange::id));
        if (list.isEmpty()) {
            s.paragraph(texts.get("exchanges.none", year.code()));
            return s.build();
        }
        String text = texts.get("exchanges.summary", "\u0000", "\u0001");
        List<Inline> runs = new ArrayList<>();
        for (String p : text.split("(?=[\u0000\u0001])|(?<=[\u0000\u0001])")) {
            switch (p) {
                case "\u0000" -> runs.add(Inline.value(data.cell(scope, year, "exchange.participations")));
                case "\u0001" -> runs.add(Inline.value(data.cell(scope, year, "exchange.peer-sites")));
                default -> runs.add(Inline.text(p));
            }
        }
        s.paragraph(runs.toArray(Inline[]::new));
        Table.Builder table = Table.builder(texts.get("exchanges.table", year.code()))
                .rowHeaders(false)
                .columns(
                        texts.get("exchanges.column.date"),
                        texts.get("exchanges.column.format"),
                        texts.get("exchanges.column.topic"),
                        texts.get("exchanges.column.sites"));
        for (Exchange x : list) {
            List<String> others = new TreeSet<>(x.siteIds())
                    .stream()
                            .filter(id -> !id.equals(site.id()))
                            .map(data::siteName)
                            .toList();
            table.row(
                    Cell.date(x.date()),
                    Cell.text(x.format() == null ? "–" : texts.label("exchangeFormat", x.format())),
                    text(x.topic()),
                    Cell.text(texts.join(others)));
        }
        s.table(table.build());
        return s.build();
    }
}
