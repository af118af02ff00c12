package org.hor.report.builder;

import java.util.ArrayList;
import java.util.Comparator;
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
        // the exchanges exchange.participations counts for the site and Y
        List<Exchange> list = new ArrayList<>(ReportData.withIds(
                data.dataset.exchanges(), Exchange::id, data.contributing(scope, year, "exchange.participations")));
        list.sort(Comparator.comparing(Exchange::date).thenComparing(Exchange::id));
        if (list.isEmpty()) {
            s.paragraph(texts.get("exchanges.none", year.code()));
            return s.build();
        }
        s.paragraph(texts.runs(
                        "exchanges.summary",
                        Inline.value(data.cell(scope, year, "exchange.participations")),
                        Inline.value(data.cell(scope, year, "exchange.peer-sites")))
                .toArray(Inline[]::new));
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
