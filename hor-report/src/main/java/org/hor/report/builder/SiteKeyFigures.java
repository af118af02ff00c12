package org.hor.report.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hor.core.model.Delivery;
import org.hor.core.model.Offer;
import org.hor.core.model.Organisation;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;
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
        String[] parts = texts.get("keyFigures.reach", "\u0000", "\u0001", "\u0002")
                .split("(?=[\u0000\u0001\u0002])|(?<=[\u0000\u0001\u0002])");
        List<Inline> runs = new ArrayList<>();
        for (String p : parts) {
            switch (p) {
                case "\u0000" -> runs.add(Inline.text(year.code()));
                case "\u0001" -> runs.add(Inline.value(data.cell(scope, year, "reach.organisations")));
                case "\u0002" -> runs.add(Inline.value(data.cell(scope, previousYear, "reach.organisations")));
                default -> runs.add(Inline.text(p));
            }
        }
        return new Paragraph(runs);
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The organisations reached in Y, counted per value of one named attribute. */
    private void attributeTable(Section.Builder sub, String attribute) {
        sub.paragraph(texts.get("attributes.lead", year.code(), attribute));
        Set<String> offers = new TreeSet<>();
        for (Offer o : data.dataset.offers()) {
            if (site.id().equals(o.siteId())) {
                offers.add(o.id());
            }
        }
        Set<String> reached = new TreeSet<>();
        for (Delivery del : data.dataset.deliveries()) {
            if (offers.contains(del.offerId()) && del.date() != null && year.contains(del.date())) {
                reached.add(del.organisationId());
            }
        }
        Map<String, Organisation> orgs = new TreeMap<>();
        data.dataset.organisations().forEach(o -> orgs.put(o.id(), o));
        Map<String, Integer> counts = new TreeMap<>();
        int missing = 0;
        for (String id : reached) {
            Organisation o = orgs.get(id);
            String v = o == null ? null : o.attributes().get(attribute);
            if (v == null || v.isBlank()) {
                missing++;
            } else {
                counts.merge(data.shown(v), 1, Integer::sum);
            }
        }
        Table.Builder table = Table.builder(texts.get("attributes.heading", attribute))
                .columns(texts.get("attributes.column.value"), texts.get("attributes.column.organisations"));
        // the rows add up to the site's reach, which the report shows: one suppressed row alone would
        // be that reach minus the others, so secondary suppression as for a breakdown
        Map<String, Value> values = new java.util.LinkedHashMap<>();
        counts.forEach((v, n) -> values.put(v, Value.of(n)));
        if (missing > 0) {
            values.put("\u0000", Value.of(missing));
        }
        Map<String, Value> rows = values;
        int k = data.options.suppressBelow();
        if (k >= 2) {
            org.hor.indicators.disclosure.DisclosureControl control =
                    org.hor.indicators.disclosure.DisclosureControl.below(k);
            rows.replaceAll((v, n) -> control.isSmall(n) ? control.suppressed() : n);
            rows = control.protect(data.value(scope, year, "reach.organisations"), rows);
        }
        for (Map.Entry<String, Value> e : rows.entrySet()) {
            String v = e.getKey();
            Value n = e.getValue();
            table.row(
                    Cell.text(v.equals("\u0000") ? texts.get("attributes.missing") : Bidi.isolate(v)),
                    n instanceof Value.Defined x ? Cell.number(x.number().longValue()) : data.cell(n, null));
        }
        sub.table(table.build());
    }
}
