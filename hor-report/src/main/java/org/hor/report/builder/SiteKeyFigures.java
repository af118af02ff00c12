package org.hor.report.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hor.core.model.Organisation;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;
import org.hor.indicators.disclosure.DisclosureControl;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Inline;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;

/** The site report's key figures of Y with the change against Y−1, and the organisations by a named attribute. */
final class SiteKeyFigures extends SiteSection {

    /** The indicators shown as key-figure tiles, in order (the programme report's overview shows them too). */
    static final List<String> TILES = List.of(
            "reach.organisations",
            "reach.organisations.new",
            "deliveries.count",
            "retention.share",
            "offers.multi-use.share",
            "grants.amount",
            "cooperations.active",
            "outcomes.organisations.share");

    SiteKeyFigures(ReportData data, Site site) {
        super(data, site);
    }

    @Override
    Section build() {
        Section.Builder s =
                section("keyFigures").paragraph(texts.get("keyFigures.lead", year.code(), previousYear.code()));
        s.block(reachSentence());
        List<Tile> tiles = new ArrayList<>();
        for (String id : TILES) {
            if (data.definition(id) == null) {
                continue;
            }
            Evaluation.Row row = data.row(scope, year, id);
            String note = "";
            if (row != null && row.target() != null) {
                TargetResult tr = row.target();
                // under disclosure control a suppressed actual has no status: it would reveal the actual
                note = tr.status() == null
                        ? texts.get("keyFigures.target.suppressed", year.code(), plain(tr.target()))
                        : texts.get(
                                "keyFigures.target",
                                year.code(),
                                plain(tr.target()),
                                texts.label("targetStatus", tr.status()));
            }
            tiles.add(new Tile(
                    data.label(id),
                    data.cell(scope, year, id),
                    List.of(data.change(scope, year, previousYear, id)),
                    note));
        }
        s.tiles(tiles.toArray(Tile[]::new));
        Table.Builder table = Table.builder(texts.get("keyFigures.table", previousYear.code(), year.code()))
                .columns(
                        texts.get("keyFigures.column.indicator"),
                        previousYear.code(),
                        year.code(),
                        texts.get("keyFigures.column.change"));
        for (IndicatorDefinition def : data.evaluation.indicators()) {
            if (!ReportData.STANDARD_IDS.contains(def.id())) {
                continue;
            }
            String id = def.id();
            table.row(
                    Cell.text(data.label(id)),
                    data.cell(scope, previousYear, id),
                    data.cell(scope, year, id),
                    data.changeCell(data.value(scope, previousYear, id), data.value(scope, year, id), id));
        }
        s.table(table.build());
        for (String attribute : data.options.organisationAttributes()) {
            s.section(texts.get("attributes.heading", attribute), sub -> attributeTable(sub, attribute));
        }
        return s.build();
    }

    private Paragraph reachSentence() {
        return new Paragraph(texts.runs(
                "keyFigures.reach",
                Inline.text(year.code()),
                Inline.value(data.cell(scope, year, "reach.organisations")),
                Inline.value(data.cell(scope, previousYear, "reach.organisations"))));
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * The organisations reached in Y, counted per value of one named attribute: those that
     * {@code reach.organisations} of the site and Y counts, so the rows add up to that figure.
     */
    private void attributeTable(Section.Builder sub, String attribute) {
        sub.paragraph(texts.get("attributes.lead", year.code(), attribute));
        List<Organisation> reached = ReportData.withIds(
                data.dataset.organisations(), Organisation::id, data.contributing(scope, year, "reach.organisations"));
        Map<String, Integer> counts = new TreeMap<>();
        int notStated = 0;
        for (Organisation o : reached) {
            String value = o.attributes().get(attribute);
            if (value == null || value.isBlank()) {
                notStated++;
            } else {
                counts.merge(data.shown(value), 1, Integer::sum);
            }
        }
        // the rows in order: the values, then the organisations that do not state one
        List<Cell> labels = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        counts.forEach((value, n) -> {
            labels.add(Cell.text(Bidi.isolate(value)));
            values.add(Value.of(n));
        });
        if (notStated > 0) {
            labels.add(Cell.text(texts.get("attributes.missing")));
            values.add(Value.of(notStated));
        }
        Table.Builder table = Table.builder(texts.get("attributes.heading", attribute))
                .columns(texts.get("attributes.column.value"), texts.get("attributes.column.organisations"));
        List<Value> shown = protect(values);
        for (int i = 0; i < labels.size(); i++) {
            Value n = shown.get(i);
            table.row(
                    labels.get(i),
                    n instanceof Value.Defined x ? Cell.number(x.number().longValue()) : data.cell(n, null));
        }
        sub.table(table.build());
    }

    /**
     * Returns the counts of the attribute table under disclosure control: counts below k suppressed and,
     * since the rows add up to the site's reach, which the report shows, one suppressed row alone would
     * be that reach minus the others: secondary suppression as for a breakdown.
     */
    private List<Value> protect(List<Value> counts) {
        int k = data.options.suppressBelow();
        if (k < 2) {
            return counts;
        }
        DisclosureControl control = DisclosureControl.below(k);
        // the rows by position: a value from the data is no key
        Map<String, Value> rows = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            Value n = counts.get(i);
            rows.put(Integer.toString(i), control.isSmall(n) ? control.suppressed() : n);
        }
        return List.copyOf(control.protect(data.value(scope, year, "reach.organisations"), rows)
                .values());
    }
}
