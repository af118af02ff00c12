package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Site;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.QuarterRecords;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tone;

/** The site report's records per quarter and data-quality findings. */
final class SiteDataQuality extends SiteSection {

    SiteDataQuality(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("dataQuality").paragraph(texts.get("dataQuality.lead"));
        List<QuarterRecords> quarters = data.findings.dataQuality().quarters().stream()
                .filter(q -> q.siteId().equals(site.id()) && year.contains(q.quarter()))
                .toList();
        if (quarters.isEmpty()) {
            s.paragraph(texts.get("dataQuality.noQuarters", year.code()));
        } else {
            Table.Builder table = Table.builder(texts.get("dataQuality.records", year.code()))
                    .columns(
                            texts.get("dataQuality.column.quarter"),
                            texts.get("dataQuality.column.deliveries"),
                            texts.get("dataQuality.column.outcomes"),
                            texts.get("dataQuality.column.cooperations"),
                            texts.get("dataQuality.column.measurements"),
                            texts.get("dataQuality.column.support"),
                            texts.get("dataQuality.column.exchanges"));
            for (QuarterRecords q : quarters) {
                table.row(
                        Cell.text(q.quarter().code()),
                        Cell.number(q.deliveries()),
                        Cell.number(q.outcomes()),
                        Cell.number(q.cooperationsStarted()),
                        Cell.number(q.measurements()),
                        Cell.number(q.supportActions()),
                        Cell.number(q.exchanges()));
            }
            s.table(table.build());
        }
        List<DataQualityFinding> findings = data.findings.dataQuality().findings().stream()
                .filter(f -> f.siteId().equals(site.id()) && !f.quarter().last().isAfter(year.last()))
                .toList();
        if (findings.isEmpty()) {
            s.paragraph(texts.get("dataQuality.none", dateText(year.last())));
        } else {
            Table.Builder table = Table.builder(texts.get("dataQuality.findings", dateText(year.last())))
                    .columns(findingColumns(false));
            for (DataQualityFinding f : findings) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(f.quarter().code()));
                row.add(Cell.status(Tone.WARNING, texts.label("dqKind", f.kind())));
                row.addAll(evidence.dataQualityCells(f));
                table.row(row);
            }
            s.table(table.build());
        }
        return s.build();
    }
}
