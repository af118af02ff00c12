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

    private final ReportData data;
    private final Texts texts;
    private final Map<ValueKey, ReleasedChange> changed = new HashMap<>();

    SinceSection(ReportData data) {
        this.data = data;
        this.texts = data.texts;
        if (data.options.since() != null) {
            data.options.since().changes().forEach(c -> changed.put(c.key(), c));
        }
    }

    /** Returns the section, when the report is built with the changes since a release. */
    Optional<Section> section() {
        ReportOptions.Since since = data.options.since();
        if (since == null) {
            return Optional.empty();
        }
        String name = Bidi.isolate(since.releaseName());
        Section.Builder s = Section.builder(texts.get("since.heading", name));
        if (since.changes().isEmpty()) {
            return Optional.of(s.paragraph(texts.get("since.none", name)).build());
        }
        s.paragraph(texts.get("since.lead", name, since.changes().size()));
        Table.Builder table = Table.builder(texts.get("since.table", name))
                .columns(
                        texts.get("since.column.scope"),
                        texts.get("since.column.period"),
                        texts.get("since.column.indicator"),
                        texts.get("since.column.category"),
                        texts.get("since.column.released"),
                        texts.get("since.column.now"));
        for (ReleasedChange c : since.changes()) {
            ValueKey k = c.key();
            table.row(
                    Cell.text(Bidi.isolate(k.scope())),
                    Cell.text(k.period()),
                    Cell.text(data.label(k.indicator())),
                    Cell.text(k.category() == null ? "–" : Bidi.isolate(k.category())),
                    cell(c.released(), k.indicator()),
                    c.current() == null ? Cell.text(texts.get("since.gone")) : cell(c.current(), k.indicator()));
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
        String note = texts.get(
                "since.mark",
                Bidi.isolate(data.options.since().releaseName()),
                CellFormat.format(cell(c.released(), indicator), texts.locale()));
        return cell instanceof Cell.Noted n ? Cell.noted(n.value(), n.note() + " " + note) : cell.withNote(note);
    }

    private Cell cell(KeyedValue v, String indicator) {
        if (v.value() != null) {
            return data.number(
                    v.value(),
                    data.definition(indicator) == null
                            ? ""
                            : data.definition(indicator).unit());
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
        return data.undefined(u);
    }
}
