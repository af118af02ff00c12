package org.hor.report.builder;

import java.util.List;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.model.Pillar;
import org.hor.core.model.Site;
import org.hor.core.spi.Value;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The site report's offer mix: deliveries by offer type and by pillar. */
final class SiteOffers extends SiteSection {

    SiteOffers(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("offers").paragraph(texts.get("offers.lead"));
        String id = "deliveries.count";
        Value total = data.value(scope, year, id);
        Table.Builder byType = Table.builder(texts.get("offers.byType"))
                .columns(
                        texts.get("offers.column.type"),
                        previousYear.code(),
                        year.code(),
                        texts.get("offers.column.share", year.code()));
        for (OfferType type : OfferType.values()) {
            Value v = data.part(scope, year, id, type.name());
            byType.row(
                    Cell.text(texts.label("offerType", type)),
                    data.partCell(scope, previousYear, id, type.name()),
                    data.partCell(scope, year, id, type.name()),
                    share(v, total));
        }
        byType.totalRow(
                Cell.text(data.label(id)),
                data.cell(scope, previousYear, id),
                data.cell(scope, year, id),
                share(total, total));
        s.table(byType.build());
        Table.Builder byPillar = Table.builder(texts.get("offers.byPillar"))
                .columns(
                        texts.get("offers.column.pillar"),
                        previousYear.code(),
                        year.code(),
                        texts.get("offers.column.share", year.code()));
        for (Pillar pillar : Pillar.values()) {
            Value v = pillar(year, pillar);
            byPillar.row(
                    Cell.text(texts.label("pillar", pillar)),
                    data.cell(pillar(previousYear, pillar), data.definition(id)),
                    data.cell(v, data.definition(id)),
                    share(v, total));
        }
        byPillar.totalRow(
                Cell.text(data.label(id)),
                data.cell(scope, previousYear, id),
                data.cell(scope, year, id),
                share(total, total));
        s.table(byPillar.build());
        List<Period> years = data.completeYears(scope);
        if (!years.isEmpty()) {
            s.chart(pillarChart(scope, years, texts.get("offers.chart"), texts.get("offers.chart.description")));
        }
        return s.build();
    }

    private Value pillar(Period p, Pillar pillar) {
        return pillarValue(scope, p, pillar);
    }

    /**
     * Returns a part's share of the total as a cell, computed as the engine computes shares
     * ({@link Value#share}), so its digits are those of every other share the report shows.
     */
    private Cell share(Value part, Value total) {
        if (part instanceof Value.Defined a && total instanceof Value.Defined b) {
            Value share = Value.share(a.number(), b.number());
            return share instanceof Value.Defined d
                    ? data.percent(d.number())
                    : Cell.undefined(((Value.Undefined) share).reason().name());
        }
        return Cell.empty();
    }
}
