package org.hor.report.builder;

import java.util.List;
import org.hor.core.model.Site;
import org.hor.indicators.evaluation.FollowUp;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The site report's follow-up of earlier support. */
final class SiteFollowUp extends SiteSection {

    SiteFollowUp(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("followUp").paragraph(texts.get("followUp.lead", previousYear.code()));
        List<FollowUp> list = data.findings.followUps().stream()
                .filter(f -> f.siteId().equals(site.id()))
                .toList();
        if (list.isEmpty()) {
            s.paragraph(texts.get("followUp.none", previousYear.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(texts.get("followUp.table"))
                .columns(
                        texts.get("challenges.column.rule"),
                        texts.get("followUp.column.measures"),
                        texts.get("followUp.column.actions"),
                        texts.get("followUp.column.state", year.code()));
        for (FollowUp f : list) {
            table.row(
                    Cell.text(texts.label("rule", f.rule())),
                    Cell.text(texts.join(measureTitles(f.measures()))),
                    Cell.number(f.actionIds().size()),
                    followUpState(f.state()));
        }
        s.table(table.build());
        return s.build();
    }
}
