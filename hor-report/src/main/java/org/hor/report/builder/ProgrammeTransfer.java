package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The programme report's transfer benchmarks and recommended targets for a new site. */
final class ProgrammeTransfer extends ProgrammeSection {

    ProgrammeTransfer(ReportData data) {
        super(data);
    }

    @Override
    Section build() {
        Section.Builder s = section("transfer").paragraph(texts.get("transfer.lead"));
        List<TransferYear> years = data.findings.transfer();
        if (years.isEmpty()) {
            s.paragraph(texts.get("transfer.none"));
            return s.build();
        }
        List<String> ids = years.get(0).indicators().stream()
                .map(TransferIndicator::indicator)
                .toList();
        for (String id : ids) {
            List<Box> boxes = new ArrayList<>();
            for (TransferYear ty : years) {
                for (TransferIndicator ti : ty.indicators()) {
                    if (ti.indicator().equals(id) && ti.summary().n() > 0) {
                        List<Cell> five = List.of(
                                data.guarded(id, ti.summary().min()),
                                data.guarded(id, ti.summary().q1()),
                                data.guarded(id, ti.summary().median()),
                                data.guarded(id, ti.summary().q3()),
                                data.guarded(id, ti.summary().max()));
                        if (five.stream().allMatch(Cell::isNumeric)) {
                            boxes.add(new Box(
                                    texts.get(
                                            "transfer.box", ty.k(), ti.summary().n()),
                                    five.get(0),
                                    five.get(1),
                                    five.get(2),
                                    five.get(3),
                                    five.get(4)));
                        }
                    }
                }
            }
            if (!boxes.isEmpty()) {
                s.chart(new BoxPlot(
                        texts.get("transfer.chart", data.label(id)),
                        texts.get("transfer.chart.description", data.label(id)),
                        boxes));
            }
        }
        Table.Builder table = Table.builder(texts.get("transfer.table"))
                .columns(
                        texts.get("transfer.column.year"),
                        texts.get("keyFigures.column.indicator"),
                        texts.get("transfer.column.n"),
                        texts.get("box.minimum"),
                        texts.get("box.lowerQuartile"),
                        texts.get("box.median"),
                        texts.get("box.upperQuartile"),
                        texts.get("box.maximum"));
        for (TransferYear ty : years) {
            for (TransferIndicator ti : ty.indicators()) {
                String id = ti.indicator();
                Summary sm = ti.summary();
                table.row(
                        Cell.text(texts.get("transfer.year", ty.k())),
                        Cell.text(data.label(id)),
                        Cell.number(sm.n()),
                        data.guarded(id, sm.min()),
                        data.guarded(id, sm.q1()),
                        data.guarded(id, sm.median()),
                        data.guarded(id, sm.q3()),
                        data.guarded(id, sm.max()));
            }
        }
        s.table(table.build());
        Table targets = targets(years);
        if (targets == null) {
            s.paragraph(texts.get("transfer.noTargets"));
        } else {
            s.table(targets);
        }
        return s.build();
    }

    /**
     * Returns the recommended targets pivoted: one row per operating year and key indicator, one
     * column per carrier type of the new site; each value carries its basis as a note (the median of
     * the sites of that carrier type, or of all sites when fewer than 3 of that type have a value,
     * with its n). An empty cell is a target omitted because the median is 0 or undefined. Returns
     * null when there is no recommendation at all.
     */
    Table targets(List<TransferYear> years) {
        java.util.SortedSet<CarrierType> types = new java.util.TreeSet<>();
        years.forEach(ty ->
                ty.indicators().forEach(ti -> ti.recommendations().forEach(rt -> types.add(rt.carrierType()))));
        if (types.isEmpty()) {
            return null;
        }
        List<String> columns =
                new ArrayList<>(List.of(texts.get("transfer.column.year"), texts.get("keyFigures.column.indicator")));
        types.forEach(c -> columns.add(texts.label("carrierType", c)));
        Table.Builder table =
                Table.builder(texts.get("transfer.targets")).columns(columns).note(texts.get("transfer.targets.note"));
        boolean omitted = false;
        for (TransferYear ty : years) {
            for (TransferIndicator ti : ty.indicators()) {
                if (ti.recommendations().isEmpty()) {
                    continue;
                }
                String id = ti.indicator();
                List<Cell> row = new ArrayList<>(
                        List.of(Cell.text(texts.get("transfer.year", ty.k())), Cell.text(data.label(id))));
                for (CarrierType c : types) {
                    RecommendedTarget rt = ti.recommendations().stream()
                            .filter(r -> r.carrierType() == c)
                            .findFirst()
                            .orElse(null);
                    if (rt == null) {
                        row.add(Cell.empty());
                        omitted = true;
                    } else if (rt.suppressed()) {
                        row.add(data.undefined((Value.Undefined) data.suppressedValue())
                                .withNote(texts.get(
                                        "transfer.basis.note." + rt.basis().name(), rt.n())));
                    } else {
                        row.add(data.guarded(id, Value.of(rt.value()))
                                .withNote(texts.get(
                                        "transfer.basis.note." + rt.basis().name(), rt.n())));
                    }
                }
                table.row(row);
            }
        }
        if (omitted) {
            table.note(texts.get("transfer.targets.omitted"));
        }
        return table.build();
    }
}
