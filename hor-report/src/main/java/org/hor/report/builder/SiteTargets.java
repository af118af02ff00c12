package org.hor.report.builder;

import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Site;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;

/** The site report's target attainment. */
final class SiteTargets extends SiteSection {

    SiteTargets(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s = section("targets").paragraph(texts.get("targets.lead", year.code()));
        List<Evaluation.Row> rows = new ArrayList<>();
        for (Evaluation.Row r : data.evaluation.rows()) {
            if (r.scope().equals(scope) && r.target() != null && r.period().overlaps(year.first(), year.last())) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            s.paragraph(texts.get("targets.none", year.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(texts.get("targets.table"))
                .columns(
                        texts.get("keyFigures.column.indicator"),
                        texts.get("targets.column.period"),
                        texts.get("targets.column.target"),
                        texts.get("targets.column.actual"),
                        texts.get("targets.column.expectation"),
                        texts.get("targets.column.attainment"),
                        texts.get("targets.column.status"));
        for (Evaluation.Row r : rows) {
            TargetResult tr = r.target();
            Cell actual = data.cell(r.value(), r.indicator());
            boolean hidden = actual instanceof Cell.Suppressed;
            table.row(
                    Cell.text(data.label(r.indicator().id())),
                    Cell.text(r.period().code()),
                    data.cell(Value.of(tr.target()), r.indicator()),
                    actual,
                    tr.expectationIfAny()
                            .map(e -> data.cell(Value.of(e), r.indicator()))
                            .orElse(Cell.empty()),
                    hidden ? actual : tr.attainmentIfAny().map(data::percent).orElse(Cell.empty()),
                    tr.status() == null ? suppressedLike(actual) : data.status(tr.status()));
        }
        s.table(table.build());
        return s.build();
    }

    /**
     * Returns the cell for a status withheld by disclosure control: the suppressed actual's own
     * cell ({@code < k}), or a suppressed cell with the report's threshold.
     */
    private Cell suppressedLike(Cell actual) {
        return actual instanceof Cell.Suppressed ? actual : data.undefined((Value.Undefined) data.suppressedValue());
    }
}
