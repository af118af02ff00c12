package org.hor.report.builder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hor.core.model.Cooperation;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Site;
import org.hor.report.document.Cell;
import org.hor.report.document.Inline;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The site report's cooperations by partner type and the active ones. */
final class SiteCooperations extends SiteSection {

    SiteCooperations(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        LocalDate ref = year.referenceDay(data.asOf);
        Section.Builder s = section("cooperations").paragraph(texts.get("cooperations.lead", dateText(ref)));
        String active = "cooperations.active";
        s.paragraph(texts.runs(
                        "cooperations.summary",
                        Inline.value(Cell.date(ref)),
                        Inline.value(data.cell(scope, year, active)),
                        Inline.value(data.cell(scope, year, "cooperations.formal.share")))
                .toArray(Inline[]::new));
        Table.Builder byType = Table.builder(texts.get("cooperations.byType"))
                .columns(
                        texts.get("cooperations.column.partnerType"),
                        texts.get("cooperations.column.active", dateText(ref)),
                        texts.get("cooperations.column.new", year.code()));
        for (PartnerType type : PartnerType.values()) {
            byType.row(
                    Cell.text(texts.label("partnerType", type)),
                    data.partCell(scope, year, active, type.name()),
                    data.partCell(scope, year, "cooperations.new", type.name()));
        }
        byType.totalRow(
                Cell.text(data.label(active)),
                data.cell(scope, year, active),
                data.cell(scope, year, "cooperations.new"));
        s.table(byType.build());
        // exactly the cooperations the indicator counts: the engine's rule, not a second one here
        List<Cooperation> list = new ArrayList<>(ReportData.withIds(
                data.dataset.cooperations(), Cooperation::id, data.contributing(scope, year, active)));
        list.sort(Comparator.comparing(Cooperation::start).thenComparing(Cooperation::id));
        if (list.isEmpty()) {
            s.paragraph(texts.get("cooperations.none", dateText(ref)));
        } else {
            Table.Builder table = Table.builder(texts.get("cooperations.list", dateText(ref)))
                    .columns(
                            texts.get("cooperations.column.partner"), texts.get("cooperations.column.partnerType"),
                            texts.get("cooperations.column.since"), texts.get("cooperations.column.formal"));
            for (Cooperation c : list) {
                table.row(
                        text(c.partner()),
                        Cell.text(c.partnerType() == null ? "–" : texts.label("partnerType", c.partnerType())),
                        Cell.date(c.start()),
                        Cell.text(texts.get(c.isFormal() ? "cooperations.formal.yes" : "cooperations.formal.no")));
            }
            s.table(table.build());
        }
        return s.build();
    }
}
