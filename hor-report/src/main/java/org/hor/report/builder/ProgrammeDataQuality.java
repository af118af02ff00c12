package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.QuarterRecords;
import org.hor.report.document.Cell;
import org.hor.report.document.HeatMap;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tone;

/** The programme report's data quality: records per site and quarter, findings. */
final class ProgrammeDataQuality extends ProgrammeSection {

    ProgrammeDataQuality(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        Section.Builder s = section("dataQuality").paragraph(texts.get("programmeQuality.lead", year.code()));
        List<QuarterRecords> quarters = data.findings.dataQuality().quarters().stream()
                .filter(q -> year.contains(q.quarter()))
                .toList();
        List<Period> qs = List.of(
                Period.quarter(year.first().getYear(), 1),
                Period.quarter(year.first().getYear(), 2),
                Period.quarter(year.first().getYear(), 3),
                Period.quarter(year.first().getYear(), 4));
        List<String> siteIds = quarters.stream()
                .map(QuarterRecords::siteId)
                .distinct()
                .sorted()
                .toList();
        if (siteIds.isEmpty()) {
            s.paragraph(texts.get("dataQuality.noQuarters", year.code()));
        } else {
            List<List<Cell>> cells = new ArrayList<>();
            Table.Builder records = Table.builder(texts.get("programmeQuality.records", year.code()))
                    .columns(
                            texts.get("dataQuality.column.site"), texts.get("programmeQuality.column.quarters"),
                            texts.get("dataQuality.column.deliveries"), texts.get("dataQuality.column.outcomes"),
                            texts.get("dataQuality.column.cooperations"), texts.get("dataQuality.column.measurements"),
                            texts.get("dataQuality.column.support"), texts.get("dataQuality.column.exchanges"));
            for (String id : siteIds) {
                List<Cell> row = new ArrayList<>();
                long[] sums = new long[7];
                for (Period q : qs) {
                    QuarterRecords r = quarters.stream()
                            .filter(x -> x.siteId().equals(id) && x.quarter().equals(q))
                            .findFirst()
                            .orElse(null);
                    row.add(r == null ? Cell.empty() : Cell.number(r.deliveries()));
                    if (r != null) {
                        sums[0]++;
                        sums[1] += r.deliveries();
                        sums[2] += r.outcomes();
                        sums[3] += r.cooperationsStarted();
                        sums[4] += r.measurements();
                        sums[5] += r.supportActions();
                        sums[6] += r.exchanges();
                    }
                }
                cells.add(row);
                records.row(
                        Cell.text(data.siteName(id)),
                        Cell.number(sums[0]),
                        Cell.number(sums[1]),
                        Cell.number(sums[2]),
                        Cell.number(sums[3]),
                        Cell.number(sums[4]),
                        Cell.number(sums[5]),
                        Cell.number(sums[6]));
            }
            s.chart(new HeatMap(
                    texts.get("programmeQuality.heatmap", year.code()),
                    texts.get("programmeQuality.heatmap.description", year.code()),
                    data.siteNames(siteIds),
                    qs.stream().map(Period::code).toList(),
                    cells));
            s.table(records.build());
        }
        List<DataQualityFinding> inYear = data.findings.dataQuality().findings().stream()
                .filter(f -> year.contains(f.quarter()))
                .toList();
        long earlier = data.findings.dataQuality().findings().stream()
                .filter(f -> f.quarter().last().isBefore(year.first()))
                .count();
        if (inYear.isEmpty()) {
            s.paragraph(texts.get("programmeQuality.none", year.code()));
        } else {
            Table.Builder table = Table.builder(texts.get("programmeQuality.findings", year.code()))
                    .columns(findingColumns(true));
            for (DataQualityFinding f : inYear) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(data.siteName(f.siteId())));
                row.add(Cell.text(f.quarter().code()));
                row.add(Cell.status(Tone.WARNING, texts.label("dqKind", f.kind())));
                row.addAll(evidence.dataQualityCells(f));
                table.row(row);
            }
            s.table(table.build());
        }
        if (earlier > 0) {
            s.paragraph(texts.get("programmeQuality.earlier", earlier));
        }
        return s.build();
    }
}
