package org.hor.report.builder;

import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The site report's plugin indicators that apply to the site. */
final class SitePlugins extends SiteSection {

    SitePlugins(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("plugins").paragraph(texts.get("plugins.lead", year.code()));
        Table.Builder table = Table.builder(texts.get("plugins.table", year.code()))
                .columns(
                        texts.get("keyFigures.column.indicator"),
                        texts.get("plugins.column.value"),
                        texts.get("plugins.column.unit"),
                        texts.get("plugins.column.definition"));
        int n = 0;
        for (IndicatorDefinition def : data.evaluation.indicators()) {
            if (ReportData.STANDARD_IDS.contains(def.id()) || OwnIndicators.isOwn(data, def)) {
                continue;
            }
            Evaluation.Row r = data.row(scope, year, def.id());
            if (r == null || r.value() instanceof Value.Undefined u && u.reason() == Reason.NOT_APPLICABLE) {
                continue;
            }
            table.row(
                    Cell.text(data.label(def.id())),
                    data.cell(r.value(), def),
                    Cell.text(Bidi.isolate(def.unit())),
                    Cell.text(Bidi.isolate(def.definition().in(texts.locale()))));
            n++;
        }
        if (n == 0) {
            s.paragraph(texts.get("plugins.none", year.code()));
        } else {
            s.table(table.build());
        }
        return s.build();
    }
}
