package org.hor.report.builder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hor.core.model.Period;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import org.hor.indicators.release.ReleasedChange;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.render.CellFormat;

/**
 * The section "Changes since NAME" of {@code hor report --since RELEASE} (spec 06): every released
 * figure that changed, old → new, and the note that marks such a figure wherever the report's tables
 * show it. Without {@link ReportOptions#since()} there is neither section nor mark.
 */
final class SinceSection {

    private final ReportData d;
    private final Texts t;
    private final Map<ValueKey, ReleasedChange> changed = new HashMap<>();

    SinceSection(ReportData d) {
        this.d = d;
        this.t = d.texts;
        if (d.options.since() != null) {
            d.options.since().changes().forEach(c -> changed.put(c.key(), c));
        }
    }

    /** Returns the section, when the report is built with the changes since a release. */
    Optional<Section> section() {
        ReportOptions.Since since = d.options.since();
        if (since == null) {
            return Optional.empty();
        }
        String name = Bidi.isolate(since.releaseName());
        Section.Builder s = Section.builder(t.get("since.heading", name));
        if (since.changes().isEmpty()) {
            return Optional.of(s.paragraph(t.get("since.none", name)).build());
        }
        s.paragraph(t.get("since.lead", name, since.changes().size()));
        Table.Builder table = Table.builder(t.get("since.table", name))
                .columns(
                        t.get("since.column.scope"),
                        t.get("since.column.period"),
                        t.get("since.column.indicator"),
                        t.get("since.column.category"),
                        t.get("since.column.released"),
                        t.get("since.column.now"));
        for (ReleasedChange c : since.changes()) {
            ValueKey k = c.key();
            table.row(
                    Cell.text(Bidi.isolate(k.scope())),
                    Cell.text(k.period()),
                    Cell.text(d.label(k.indicator())),
                    Cell.text(k.category() == null ? "–" : Bidi.isolate(k.category())),
                    cell(c.released(), k.indicator()),
                    c.current() == null ? Cell.text(t.get("since.gone")) : cell(c.current(), k.indicator()));
        }
        return Optional.of(s.table(table.build()).build());
    }

    /** Returns {@code cell} with the mark of a changed released figure, when the key changed. */
    Cell mark(Cell cell, Scope scope, Period period, String indicator, String category) {
        if (changed.isEmpty()) {
            return cell;
        }
        ReleasedChange c = changed.get(new ValueKey(scope.id(), period.code(), indicator, category));
        if (c == null) {
            return cell;
        }
        String note = t.get(
                "since.mark",
                Bidi.isolate(d.options.since().releaseName()),
                CellFormat.format(cell(c.released(), indicator), t.locale()));
        return cell instanceof Cell.Noted n ? Cell.noted(n.value(), n.note() + " " + note) : cell.withNote(note);
    }

    private Cell cell(KeyedValue v, String indicator) {
        if (v.value() != null) {
            return d.number(
                    v.value(),
                    d.definition(indicator) == null
                            ? ""
                            : d.definition(indicator).unit());
        }
        String reason = v.reason();
        int colon = reason.indexOf(": ");
        Reason r;
        try {
            r = Reason.valueOf(colon < 0 ? reason : reason.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Cell.undefined(reason);
        }
        Value.Undefined u = (Value.Undefined) Value.undefined(r, colon < 0 ? "" : reason.substring(colon + 2));
        return d.undefined(u);
    }
}
