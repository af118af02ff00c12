package org.hor.report.builder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.OutcomeType;
import org.hor.core.model.PartnerType;
import org.hor.core.model.Period;
import org.hor.core.model.Pillar;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Evaluation;
import org.hor.indicators.TargetResult;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.Development;
import org.hor.indicators.evaluation.Evidence;
import org.hor.indicators.evaluation.FollowUp;
import org.hor.indicators.evaluation.FollowUpState;
import org.hor.indicators.evaluation.Peer;
import org.hor.indicators.evaluation.QuarterRecords;
import org.hor.indicators.evaluation.RuleCheck;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.indicators.evaluation.Trend;
import org.hor.report.document.BarChart;
import org.hor.report.document.Bidi;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Fact;
import org.hor.report.document.Inline;
import org.hor.report.document.LineChart;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Section;
import org.hor.report.document.Series;
import org.hor.report.document.StackedBarChart;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.Tone;

/** Builds the site report (spec 04 "Report contents"): one method per top-level section. */
final class SiteReport {

    /** The indicators shown as key-figure tiles, in order. */
    static final List<String> TILES = List.of("reach.organisations", "reach.organisations.new", "deliveries.count",
            "retention.share", "offers.multi-use.share", "grants.amount", "cooperations.active",
            "outcomes.organisations.share");
    private static final List<String> REACH = List.of("reach.organisations", "reach.organisations.new");
    private static final List<String> SHARES = List.of("retention.share", "offers.multi-use.share",
            "outcomes.organisations.share");
    private static final List<String> QUARTER_FIGURES = List.of("reach.organisations", "reach.organisations.new",
            "deliveries.count", "consulting.hours", "grants.amount", "outcomes.count");

    private final ReportData d;
    private final Texts t;
    private final Site site;
    private final Scope scope;
    private final Period y;
    private final Period y1;
    private final EvidenceText evidence;

    SiteReport(ReportData data, String siteId) {
        this.d = data;
        this.t = data.texts;
        this.site = data.site(siteId);
        if (site == null) {
            throw new IllegalArgumentException("no site '" + siteId + "' in the dataset");
        }
        this.scope = Scope.site(siteId);
        this.y = data.year;
        this.y1 = data.previousYear;
        this.evidence = new EvidenceText(data);
    }

    Document build() {
        String yc = y.code();
        Document.Builder doc = Document.builder(t.get("site.title", yc, d.siteName(site.id())), t.locale())
                .subtitle(d.dataset.programme() == null || d.dataset.programme().name() == null ? ""
                        : Bidi.isolate(d.shown(d.dataset.programme().name())))
                .fact(t.get("fact.year"), Cell.text(yc))
                .fact(t.get("fact.asOf"), Cell.date(d.asOf));
        d.since.section().ifPresent(doc::block);
        doc.block(profile());
        doc.block(keyFigures());
        doc.block(development());
        doc.block(offers());
        doc.block(targets());
        doc.block(impacts());
        doc.block(cooperations());
        doc.block(challenges());
        doc.block(followUp());
        doc.block(exchanges());
        doc.block(plugins());
        doc.block(dataQuality());
        return doc.build();
    }

    private Section.Builder section(String name) {
        return Section.builder(t.get(ReportType.SITE.key(name)));
    }

    // ------------------------------------------------------------------ profile

    private Section profile() {
        Section.Builder s = section("profile").paragraph(t.get("profile.lead"));
        LocalDate lastDay = y.last();
        Cell age;
        if (site.start() == null || site.start().isAfter(lastDay)) {
            age = Cell.text(t.get("profile.age.notStarted"));
        } else {
            age = Cell.text(t.get("profile.age.value", java.time.Period.between(site.start(), lastDay).getYears()));
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.get("profile.name"), Cell.text(d.siteName(site.id()))));
        facts.add(new Fact(t.get("profile.carrier"), text(site.carrier())));
        facts.add(new Fact(t.get("profile.city"), text(site.city())));
        facts.add(new Fact(t.get("profile.state"), Cell.text(site.state() == null ? "–"
                : t.labelOrCode("state", site.state()))));
        facts.add(new Fact(t.get("profile.approach"), Cell.text(approach(site))));
        facts.add(new Fact(t.get("profile.start"), site.start() == null ? Cell.undefined(Reason.NO_DATA.name())
                : Cell.date(site.start())));
        facts.add(new Fact(t.get("profile.end"), site.end() == null ? Cell.text(t.get("profile.end.none"))
                : Cell.date(site.end())));
        facts.add(new Fact(t.get("profile.age", dateText(lastDay)), age));
        s.facts(facts.toArray(Fact[]::new));
        if (site.start() != null && site.start().isAfter(lastDay)) {
            // a site that starts after Y is not yet active, not "no longer" active
            s.paragraph(t.get("profile.notYetActive", y.code()));
        } else if (!d.findings.sitesOfYear().contains(site.id())) {
            s.paragraph(t.get("profile.notActive"));
        }
        return s.build();
    }

    private String approach(Site s) {
        String carrier = s.carrierType() == null ? "–" : t.label("carrierType", s.carrierType());
        String coverage = s.coverage() == null ? "–" : t.label("coverage", s.coverage());
        return carrier + " · " + coverage;
    }

    /** Returns a text from the data as a cell, isolated (bidi), or a dash when there is none. */
    private Cell text(String s) {
        return Cell.text(s == null ? "–" : Bidi.isolate(d.shown(s)));
    }

    // ------------------------------------------------------------------ key figures

    private Section keyFigures() {
        Section.Builder s = section("keyFigures").paragraph(t.get("keyFigures.lead", y.code(), y1.code()));
        s.block(reachSentence());
        List<Tile> tiles = new ArrayList<>();
        for (String id : TILES) {
            if (d.definition(id) == null) {
                continue;
            }
            Evaluation.Row row = d.row(scope, y, id);
            String note = "";
            if (row != null && row.target() != null) {
                TargetResult tr = row.target();
                // under disclosure control a suppressed actual has no status: it would reveal the actual
                note = tr.status() == null ? t.get("keyFigures.target.suppressed", y.code(), plain(tr.target()))
                        : t.get("keyFigures.target", y.code(), plain(tr.target()), t.label("targetStatus", tr.status()));
            }
            tiles.add(new Tile(d.label(id), d.cell(scope, y, id), List.of(d.change(scope, y, y1, id)), note));
        }
        s.tiles(tiles.toArray(Tile[]::new));
        Table.Builder table = Table.builder(t.get("keyFigures.table", y1.code(), y.code()))
                .columns(t.get("keyFigures.column.indicator"), y1.code(), y.code(), t.get("keyFigures.column.change"));
        for (IndicatorDefinition def : d.evaluation.indicators()) {
            if (!ReportData.STANDARD_IDS.contains(def.id())) {
                continue;
            }
            String id = def.id();
            table.row(Cell.text(d.label(id)), d.cell(scope, y1, id), d.cell(scope, y, id),
                    d.changeCell(d.value(scope, y1, id), d.value(scope, y, id), id));
        }
        s.table(table.build());
        for (String attribute : d.options.organisationAttributes()) {
            s.section(t.get("attributes.heading", attribute), sub -> attributeTable(sub, attribute));
        }
        return s.build();
    }

    private Paragraph reachSentence() {
        String[] parts = t.get("keyFigures.reach", "\u0000", "\u0001", "\u0002").split("(?=[\u0000\u0001\u0002])|(?<=[\u0000\u0001\u0002])");
        List<Inline> runs = new ArrayList<>();
        for (String p : parts) {
            switch (p) {
                case "\u0000" -> runs.add(Inline.text(y.code()));
                case "\u0001" -> runs.add(Inline.value(d.cell(scope, y, "reach.organisations")));
                case "\u0002" -> runs.add(Inline.value(d.cell(scope, y1, "reach.organisations")));
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
        sub.paragraph(t.get("attributes.lead", y.code(), attribute));
        Set<String> offers = new TreeSet<>();
        for (Offer o : d.dataset.offers()) {
            if (site.id().equals(o.siteId())) {
                offers.add(o.id());
            }
        }
        Set<String> reached = new TreeSet<>();
        for (Delivery del : d.dataset.deliveries()) {
            if (offers.contains(del.offerId()) && del.date() != null && y.contains(del.date())) {
                reached.add(del.organisationId());
            }
        }
        Map<String, Organisation> orgs = new TreeMap<>();
        d.dataset.organisations().forEach(o -> orgs.put(o.id(), o));
        Map<String, Integer> counts = new TreeMap<>();
        int missing = 0;
        for (String id : reached) {
            Organisation o = orgs.get(id);
            String v = o == null ? null : o.attributes().get(attribute);
            if (v == null || v.isBlank()) {
                missing++;
            } else {
                counts.merge(d.shown(v), 1, Integer::sum);
            }
        }
        Table.Builder table = Table.builder(t.get("attributes.heading", attribute))
                .columns(t.get("attributes.column.value"), t.get("attributes.column.organisations"));
        // the rows add up to the site's reach, which the report shows: one suppressed row alone would
        // be that reach minus the others, so secondary suppression as for a breakdown
        Map<String, Value> values = new java.util.LinkedHashMap<>();
        counts.forEach((v, n) -> values.put(v, Value.of(n)));
        if (missing > 0) {
            values.put("\u0000", Value.of(missing));
        }
        Map<String, Value> rows = values;
        int k = d.options.suppressBelow();
        if (k >= 2) {
            org.hor.indicators.disclosure.DisclosureControl control = org.hor.indicators.disclosure.DisclosureControl.below(k);
            rows.replaceAll((v, n) -> control.isSmall(n) ? control.suppressed() : n);
            rows = control.protect(d.value(scope, y, "reach.organisations"), rows);
        }
        for (Map.Entry<String, Value> e : rows.entrySet()) {
            String v = e.getKey();
            Value n = e.getValue();
            table.row(Cell.text(v.equals("\u0000") ? t.get("attributes.missing") : Bidi.isolate(v)),
                    n instanceof Value.Defined x ? Cell.number(x.number().longValue()) : d.cell(n, null));
        }
        sub.table(table.build());
    }

    // ------------------------------------------------------------------ development

    private Section development() {
        Section.Builder s = section("development").paragraph(t.get("development.lead", y.code()));
        List<Period> years = d.completeYears(scope);
        if (years.isEmpty()) {
            s.paragraph(t.get("development.none", y.code()));
        } else {
            List<String> cats = years.stream().map(Period::code).toList();
            s.section(t.get("development.years"), sub -> {
                sub.chart(new LineChart(t.get("development.years.counts"), t.get("development.years.counts.description"),
                        cats, series(REACH, years)));
                sub.chart(new LineChart(t.get("development.years.shares"), t.get("development.years.shares.description"),
                        cats, series(SHARES, years)));
                List<String> columns = new ArrayList<>();
                columns.add(t.get("keyFigures.column.indicator"));
                columns.addAll(cats);
                columns.add(t.get("development.column.trend"));
                Table.Builder table = Table.builder(t.get("development.years.table")).columns(columns)
                        .note(t.get("development.years.note"));
                for (String id : keyIndicators()) {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.text(d.label(id)));
                    years.forEach(p -> row.add(d.cell(scope, p, id)));
                    row.add(trend(id));
                    table.row(row);
                }
                sub.table(table.build());
            });
        }
        List<Period> quarters = d.quartersOfYear(scope);
        if (!quarters.isEmpty()) {
            List<String> qcats = quarters.stream().map(Period::code).toList();
            s.section(t.get("development.quarters", y.code()), sub -> {
                sub.chart(new BarChart(t.get("development.quarters.chart", y.code()),
                        t.get("development.quarters.chart.description", y.code()), qcats,
                        series(List.of("deliveries.count", "reach.organisations"), quarters)));
                List<String> columns = new ArrayList<>();
                columns.add(t.get("keyFigures.column.indicator"));
                columns.addAll(qcats);
                Table.Builder table = Table.builder(t.get("development.quarters.table", y.code())).columns(columns);
                for (String id : QUARTER_FIGURES) {
                    if (d.definition(id) == null) {
                        continue;
                    }
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.text(d.label(id)));
                    quarters.forEach(p -> row.add(d.cell(scope, p, id)));
                    table.row(row);
                }
                sub.table(table.build());
            });
        }
        return s.build();
    }

    private List<String> keyIndicators() {
        List<String> ids = new ArrayList<>(AssessmentOptions.KEY_INDICATORS);
        ids.add(2, "deliveries.count");
        return ids.stream().filter(id -> d.definition(id) != null).toList();
    }

    private List<Series> series(List<String> ids, List<Period> periods) {
        List<Series> list = new ArrayList<>();
        for (String id : ids) {
            if (d.definition(id) == null) {
                continue;
            }
            List<Cell> values = new ArrayList<>();
            periods.forEach(p -> values.add(plottable(d.cell(scope, p, id))));
            list.add(new Series(d.label(id), values));
        }
        return list;
    }

    /** Returns a cell a chart can hold: numeric cells and gaps as they are, anything else as empty. */
    static Cell plottable(Cell c) {
        return c.isNumeric() || c.isGap() ? c : Cell.empty();
    }

    private Cell trend(String id) {
        for (Development dev : d.findings.development()) {
            if (dev.siteId().equals(site.id()) && dev.indicator().equals(id)
                    && dev.periodType() == org.hor.core.model.PeriodType.YEAR) {
                Trend tr = dev.trend();
                Tone tone = tr == Trend.UNKNOWN || tr == Trend.STABLE ? Tone.NEUTRAL
                        : (tr == Trend.RISING) == (d.definition(id).direction() == org.hor.core.spi.Direction.UP)
                        ? Tone.POSITIVE : Tone.NEGATIVE;
                return Cell.status(tone, t.label("trend", tr));
            }
        }
        return Cell.status(Tone.NEUTRAL, t.label("trend", Trend.UNKNOWN));
    }

    // ------------------------------------------------------------------ offers

    private Section offers() {
        Section.Builder s = section("offers").paragraph(t.get("offers.lead"));
        String id = "deliveries.count";
        Value total = d.value(scope, y, id);
        Table.Builder byType = Table.builder(t.get("offers.byType"))
                .columns(t.get("offers.column.type"), y1.code(), y.code(), t.get("offers.column.share", y.code()));
        for (OfferType type : OfferType.values()) {
            Value v = d.part(scope, y, id, type.name());
            byType.row(Cell.text(t.label("offerType", type)), d.partCell(scope, y1, id, type.name()),
                    d.partCell(scope, y, id, type.name()), share(v, total));
        }
        byType.totalRow(Cell.text(d.label(id)), d.cell(scope, y1, id), d.cell(scope, y, id), share(total, total));
        s.table(byType.build());
        Table.Builder byPillar = Table.builder(t.get("offers.byPillar"))
                .columns(t.get("offers.column.pillar"), y1.code(), y.code(), t.get("offers.column.share", y.code()));
        for (Pillar pillar : Pillar.values()) {
            Value v = pillar(y, pillar);
            byPillar.row(Cell.text(t.label("pillar", pillar)), d.cell(pillar(y1, pillar), d.definition(id)),
                    d.cell(v, d.definition(id)), share(v, total));
        }
        byPillar.totalRow(Cell.text(d.label(id)), d.cell(scope, y1, id), d.cell(scope, y, id), share(total, total));
        s.table(byPillar.build());
        List<Period> years = d.completeYears(scope);
        if (!years.isEmpty()) {
            s.chart(pillarChart(scope, years, t.get("offers.chart"), t.get("offers.chart.description")));
        }
        return s.build();
    }

    /** Returns a stacked bar chart of deliveries by pillar over {@code years} for {@code scope}. */
    StackedBarChart pillarChart(Scope sc, List<Period> years, String title, String description) {
        List<Series> series = new ArrayList<>();
        for (Pillar pillar : Pillar.values()) {
            List<Cell> values = new ArrayList<>();
            years.forEach(p -> values.add(plottable(d.cell(pillarValue(sc, p, pillar), d.definition("deliveries.count")))));
            series.add(new Series(t.label("pillar", pillar), values));
        }
        return new StackedBarChart(title, description, years.stream().map(Period::code).toList(), series);
    }

    private Value pillar(Period p, Pillar pillar) {
        return pillarValue(scope, p, pillar);
    }

    /** Returns the deliveries of one pillar: the sum of its offer types' parts. */
    Value pillarValue(Scope sc, Period p, Pillar pillar) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OfferType type : OfferType.values()) {
            if (type.pillar() != pillar) {
                continue;
            }
            Value v = d.part(sc, p, "deliveries.count", type.name());
            if (v instanceof Value.Undefined) {
                return v;
            }
            sum = sum.add(((Value.Defined) v).number());
        }
        return Value.of(sum);
    }

    private static Cell share(Value part, Value total) {
        if (part instanceof Value.Defined a && total instanceof Value.Defined b) {
            if (b.number().signum() == 0) {
                return Cell.undefined(Reason.NO_DENOMINATOR.name());
            }
            return Cell.percent(a.number().multiply(BigDecimal.valueOf(100)).divide(b.number(), 10,
                    java.math.RoundingMode.HALF_EVEN));
        }
        return Cell.empty();
    }

    // ------------------------------------------------------------------ targets

    private Section targets() {
        Section.Builder s = section("targets").paragraph(t.get("targets.lead", y.code()));
        List<Evaluation.Row> rows = new ArrayList<>();
        for (Evaluation.Row r : d.evaluation.rows()) {
            if (r.scope().equals(scope) && r.target() != null && r.period().overlaps(y.first(), y.last())) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            s.paragraph(t.get("targets.none", y.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(t.get("targets.table")).columns(t.get("keyFigures.column.indicator"),
                t.get("targets.column.period"), t.get("targets.column.target"), t.get("targets.column.actual"),
                t.get("targets.column.expectation"), t.get("targets.column.attainment"), t.get("targets.column.status"));
        for (Evaluation.Row r : rows) {
            TargetResult tr = r.target();
            Cell actual = d.cell(r.value(), r.indicator());
            boolean hidden = actual instanceof Cell.Suppressed;
            table.row(Cell.text(d.label(r.indicator().id())), Cell.text(r.period().code()),
                    d.cell(Value.of(tr.target()), r.indicator()), actual,
                    tr.expectationIfAny().map(e -> d.cell(Value.of(e), r.indicator())).orElse(Cell.empty()),
                    hidden ? actual : tr.attainmentIfAny().<Cell>map(Cell::percent).orElse(Cell.empty()),
                    tr.status() == null ? suppressedLike(actual) : d.status(tr.status()));
        }
        s.table(table.build());
        return s.build();
    }

    /**
     * Returns the cell for a status withheld by disclosure control: the suppressed actual's own
     * cell ({@code < k}), or a suppressed cell with the report's threshold.
     */
    private Cell suppressedLike(Cell actual) {
        return actual instanceof Cell.Suppressed ? actual : d.undefined((Value.Undefined) d.suppressedValue());
    }

    // ------------------------------------------------------------------ impacts

    private Section impacts() {
        Section.Builder s = section("impacts").paragraph(t.get("impacts.lead"));
        s.block(valueSentence("impacts.share", d.cell(scope, y, "outcomes.organisations.share"),
                y.referenceDay(d.asOf)));
        String id = "outcomes.count";
        List<String> cats = new ArrayList<>();
        List<Cell> before = new ArrayList<>();
        List<Cell> now = new ArrayList<>();
        for (OutcomeType type : OutcomeType.values()) {
            cats.add(t.label("outcomeType", type));
            before.add(plottable(d.partCell(scope, y1, id, type.name())));
            now.add(plottable(d.partCell(scope, y, id, type.name())));
        }
        s.chart(new BarChart(t.get("impacts.chart", y.code()), t.get("impacts.chart.description", y1.code(), y.code()),
                cats, List.of(new Series(y1.code(), before), new Series(y.code(), now))));
        return s.build();
    }

    /** Returns a paragraph from a text with {0} a value and {1} a date. */
    private Paragraph valueSentence(String key, Cell value, LocalDate date) {
        String text = t.get(key, "\u0000", "\u0001");
        List<Inline> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u0000' || c == '\u0001') {
                if (plain.length() > 0) {
                    runs.add(Inline.text(plain.toString()));
                    plain.setLength(0);
                }
                runs.add(Inline.value(c == '\u0000' ? value : Cell.date(date)));
            } else {
                plain.append(c);
            }
        }
        if (plain.length() > 0) {
            runs.add(Inline.text(plain.toString()));
        }
        return new Paragraph(runs);
    }

    // ------------------------------------------------------------------ cooperations

    private Section cooperations() {
        LocalDate ref = y.referenceDay(d.asOf);
        Section.Builder s = section("cooperations").paragraph(t.get("cooperations.lead", dateText(ref)));
        String active = "cooperations.active";
        String text = t.get("cooperations.summary", "\u0001", "\u0000", "\u0002");
        List<Inline> runs = new ArrayList<>();
        for (String p : text.split("(?=[\u0000\u0001\u0002])|(?<=[\u0000\u0001\u0002])")) {
            switch (p) {
                case "\u0000" -> runs.add(Inline.value(d.cell(scope, y, active)));
                case "\u0001" -> runs.add(Inline.value(Cell.date(ref)));
                case "\u0002" -> runs.add(Inline.value(d.cell(scope, y, "cooperations.formal.share")));
                default -> runs.add(Inline.text(p));
            }
        }
        s.paragraph(runs.toArray(Inline[]::new));
        Table.Builder byType = Table.builder(t.get("cooperations.byType")).columns(t.get("cooperations.column.partnerType"),
                t.get("cooperations.column.active", dateText(ref)), t.get("cooperations.column.new", y.code()));
        for (PartnerType type : PartnerType.values()) {
            byType.row(Cell.text(t.label("partnerType", type)), d.partCell(scope, y, active, type.name()),
                    d.partCell(scope, y, "cooperations.new", type.name()));
        }
        byType.totalRow(Cell.text(d.label(active)), d.cell(scope, y, active), d.cell(scope, y, "cooperations.new"));
        s.table(byType.build());
        List<Cooperation> list = new ArrayList<>();
        for (Cooperation c : d.dataset.cooperations()) {
            if (site.id().equals(c.siteId()) && c.start() != null && !c.start().isAfter(ref)
                    && (c.end() == null || !c.end().isBefore(ref)) && (site.end() == null || !site.end().isBefore(ref))) {
                list.add(c);
            }
        }
        list.sort(java.util.Comparator.comparing(Cooperation::start).thenComparing(Cooperation::id));
        if (list.isEmpty()) {
            s.paragraph(t.get("cooperations.none", dateText(ref)));
        } else {
            Table.Builder table = Table.builder(t.get("cooperations.list", dateText(ref))).columns(
                    t.get("cooperations.column.partner"), t.get("cooperations.column.partnerType"),
                    t.get("cooperations.column.since"), t.get("cooperations.column.formal"));
            for (Cooperation c : list) {
                table.row(text(c.partner()), Cell.text(c.partnerType() == null ? "–" : t.label("partnerType", c.partnerType())),
                        Cell.date(c.start()), Cell.text(t.get(c.isFormal() ? "cooperations.formal.yes" : "cooperations.formal.no")));
            }
            s.table(table.build());
        }
        return s.build();
    }

    /** Returns a date as text in the report's language (for headings, which hold no typed values). */
    String dateText(LocalDate date) {
        if (t.locale().getLanguage().equals("en")) {
            String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
            return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
        }
        return String.format(java.util.Locale.ROOT, "%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    // ------------------------------------------------------------------ challenges

    private Section challenges() {
        Section.Builder s = section("challenges").paragraph(t.get("challenges.lead", y.code()));
        if (!d.findings.sitesOfYear().contains(site.id())) {
            s.paragraph(t.get("challenges.notJudged", y.code()));
            return s.build();
        }
        List<Challenge> list = d.findings.challengesOf(site.id());
        if (list.isEmpty()) {
            s.paragraph(t.get("challenges.none", y.code()));
        }
        for (Challenge c : list) {
            String about = c.rule() == org.hor.indicators.evaluation.Rule.TARGET_MISSED
                    ? d.label(c.indicator()) + " " + c.period().code() : d.label(c.indicator());
            s.section(t.get("challenge.heading", t.label("rule", c.rule()), about), sub -> challenge(sub, c));
        }
        Table.Builder checks = Table.builder(t.get("challenges.checks", y.code()))
                .columns(t.get("challenges.column.rule"), t.get("challenges.column.result"));
        for (RuleCheck rc : d.findings.checks()) {
            if (!rc.siteId().equals(site.id())) {
                continue;
            }
            Cell result = !rc.evaluable() ? Cell.status(Tone.NEUTRAL, t.get("challenges.notEvaluable"))
                    : rc.fired() ? Cell.status(Tone.NEGATIVE, t.get("challenges.fired"))
                    : Cell.status(Tone.POSITIVE, t.get("challenges.passed"));
            checks.row(Cell.text(t.label("rule", rc.rule())), result);
        }
        s.table(checks.build());
        return s.build();
    }

    private void challenge(Section.Builder sub, Challenge c) {
        sub.paragraph(t.get("rule." + c.rule().name() + ".description"));
        Table.Builder ev = Table.builder(t.get("challenge.evidence")).columns(t.get("challenge.column.quantity"),
                t.get("challenge.column.period"), t.get("challenge.column.value"));
        for (Evidence e : c.evidence()) {
            ev.row(Cell.text(evidence.name(e)), evidence.period(e), evidence.value(e, scope));
        }
        sub.table(ev.build());
        List<String> measures = new ArrayList<>();
        for (SupportMeasure m : c.measures()) {
            measures.add(d.options.supportTexts().title(m, t.locale()) + ": "
                    + d.options.supportTexts().description(m, t.locale()));
        }
        sub.paragraph(Inline.strong(t.get("challenge.measures")));
        sub.bullets(measures.toArray(String[]::new));
        if (c.peers().isEmpty()) {
            sub.paragraph(Inline.strong(t.get("challenge.peers")), Inline.text(" " + t.get("challenge.noPeers")));
        } else {
            List<Inline> runs = new ArrayList<>();
            runs.add(Inline.strong(t.get("challenge.peers")));
            String sep = " ";
            for (Peer p : c.peers()) {
                runs.add(Inline.text(sep + d.siteName(p.siteId()) + " ("));
                runs.add(Inline.value(peerValue(p, c)));
                runs.add(Inline.text((p.sameCarrierType() ? ", " + t.get("challenge.peer.same") : "") + ")"));
                sep = t.get("list.separator");
            }
            sub.paragraph(runs.toArray(Inline[]::new));
        }
    }

    private Cell peerValue(Peer p, Challenge c) {
        Scope peer = Scope.site(p.siteId());
        if (d.row(peer, y, c.indicator()) != null) {
            return d.cell(peer, y, c.indicator());
        }
        return d.guarded(c.indicator(), p.value());
    }

    // ------------------------------------------------------------------ follow-up

    private Section followUp() {
        Section.Builder s = section("followUp").paragraph(t.get("followUp.lead", y1.code()));
        List<FollowUp> list = d.findings.followUps().stream().filter(f -> f.siteId().equals(site.id())).toList();
        if (list.isEmpty()) {
            s.paragraph(t.get("followUp.none", y1.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(t.get("followUp.table")).columns(t.get("challenges.column.rule"),
                t.get("followUp.column.measures"), t.get("followUp.column.actions"), t.get("followUp.column.state", y.code()));
        for (FollowUp f : list) {
            table.row(Cell.text(t.label("rule", f.rule())), Cell.text(t.join(measureTitles(f.measures()))),
                    Cell.number(f.actionIds().size()), followUpState(f.state()));
        }
        s.table(table.build());
        return s.build();
    }

    /** Returns the titles of measure ids; unknown ids as they are. */
    List<String> measureTitles(List<String> ids) {
        List<String> titles = new ArrayList<>();
        for (String id : ids) {
            titles.add(SupportMeasure.byId(id).map(m -> d.options.supportTexts().title(m, t.locale())).orElse(id));
        }
        return titles;
    }

    /** Returns a follow-up state as a badge. */
    Cell followUpState(FollowUpState state) {
        Tone tone = switch (state) {
            case RESOLVED -> Tone.POSITIVE;
            case PERSISTS -> Tone.NEGATIVE;
            case OPEN -> Tone.NEUTRAL;
        };
        return Cell.status(tone, t.label("followUpState", state));
    }

    // ------------------------------------------------------------------ exchanges

    private Section exchanges() {
        Section.Builder s = section("exchanges").paragraph(t.get("exchanges.lead", y.code()));
        List<Exchange> list = new ArrayList<>();
        for (Exchange x : d.dataset.exchanges()) {
            if (x.date() != null && y.contains(x.date()) && x.siteIds().contains(site.id())) {
                list.add(x);
            }
        }
        list.sort(java.util.Comparator.comparing(Exchange::date).thenComparing(Exchange::id));
        if (list.isEmpty()) {
            s.paragraph(t.get("exchanges.none", y.code()));
            return s.build();
        }
        String text = t.get("exchanges.summary", "\u0000", "\u0001");
        List<Inline> runs = new ArrayList<>();
        for (String p : text.split("(?=[\u0000\u0001])|(?<=[\u0000\u0001])")) {
            switch (p) {
                case "\u0000" -> runs.add(Inline.value(d.cell(scope, y, "exchange.participations")));
                case "\u0001" -> runs.add(Inline.value(d.cell(scope, y, "exchange.peer-sites")));
                default -> runs.add(Inline.text(p));
            }
        }
        s.paragraph(runs.toArray(Inline[]::new));
        Table.Builder table = Table.builder(t.get("exchanges.table", y.code())).rowHeaders(false).columns(
                t.get("exchanges.column.date"), t.get("exchanges.column.format"), t.get("exchanges.column.topic"),
                t.get("exchanges.column.sites"));
        for (Exchange x : list) {
            List<String> others = new TreeSet<>(x.siteIds()).stream().filter(id -> !id.equals(site.id()))
                    .map(d::siteName).toList();
            table.row(Cell.date(x.date()), Cell.text(x.format() == null ? "–" : t.label("exchangeFormat", x.format())),
                    text(x.topic()), Cell.text(t.join(others)));
        }
        s.table(table.build());
        return s.build();
    }

    // ------------------------------------------------------------------ plugins

    private Section plugins() {
        Section.Builder s = section("plugins").paragraph(t.get("plugins.lead", y.code()));
        Table.Builder table = Table.builder(t.get("plugins.table", y.code())).columns(t.get("keyFigures.column.indicator"),
                t.get("plugins.column.value"), t.get("plugins.column.unit"), t.get("plugins.column.definition"));
        int n = 0;
        for (IndicatorDefinition def : d.evaluation.indicators()) {
            if (ReportData.STANDARD_IDS.contains(def.id())) {
                continue;
            }
            Evaluation.Row r = d.row(scope, y, def.id());
            if (r == null || r.value() instanceof Value.Undefined u && u.reason() == Reason.NOT_APPLICABLE) {
                continue;
            }
            table.row(Cell.text(d.label(def.id())), d.cell(r.value(), def), Cell.text(Bidi.isolate(def.unit())),
                    Cell.text(Bidi.isolate(def.definition().in(t.locale()))));
            n++;
        }
        if (n == 0) {
            s.paragraph(t.get("plugins.none", y.code()));
        } else {
            s.table(table.build());
        }
        return s.build();
    }

    // ------------------------------------------------------------------ data quality

    private Section dataQuality() {
        Section.Builder s = section("dataQuality").paragraph(t.get("dataQuality.lead"));
        List<QuarterRecords> quarters = d.findings.dataQuality().quarters().stream()
                .filter(q -> q.siteId().equals(site.id()) && y.contains(q.quarter())).toList();
        if (quarters.isEmpty()) {
            s.paragraph(t.get("dataQuality.noQuarters", y.code()));
        } else {
            Table.Builder table = Table.builder(t.get("dataQuality.records", y.code())).columns(
                    t.get("dataQuality.column.quarter"), t.get("dataQuality.column.deliveries"),
                    t.get("dataQuality.column.outcomes"), t.get("dataQuality.column.cooperations"),
                    t.get("dataQuality.column.measurements"), t.get("dataQuality.column.support"),
                    t.get("dataQuality.column.exchanges"));
            for (QuarterRecords q : quarters) {
                table.row(Cell.text(q.quarter().code()), Cell.number(q.deliveries()), Cell.number(q.outcomes()),
                        Cell.number(q.cooperationsStarted()), Cell.number(q.measurements()),
                        Cell.number(q.supportActions()), Cell.number(q.exchanges()));
            }
            s.table(table.build());
        }
        List<DataQualityFinding> findings = d.findings.dataQuality().findings().stream()
                .filter(f -> f.siteId().equals(site.id()) && !f.quarter().last().isAfter(y.last())).toList();
        if (findings.isEmpty()) {
            s.paragraph(t.get("dataQuality.none", dateText(y.last())));
        } else {
            Table.Builder table = Table.builder(t.get("dataQuality.findings", dateText(y.last())))
                    .columns(findingColumns(false));
            for (DataQualityFinding f : findings) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(f.quarter().code()));
                row.add(Cell.status(Tone.WARNING, t.label("dqKind", f.kind())));
                row.addAll(evidence.dataQualityCells(f));
                table.row(row);
            }
            s.table(table.build());
        }
        return s.build();
    }

    /** Returns the columns of a table of data-quality findings, with a site column first if asked. */
    List<String> findingColumns(boolean withSite) {
        List<String> columns = new ArrayList<>();
        if (withSite) {
            columns.add(t.get("dataQuality.column.site"));
        }
        columns.addAll(List.of(t.get("dataQuality.column.quarter"), t.get("dataQuality.column.kind"),
                t.get("dataQuality.column.deliveries"), t.get("dataQuality.column.details"),
                t.get("dataQuality.column.value"), t.get("dataQuality.column.threshold"),
                t.get("dataQuality.column.day")));
        return columns;
    }

}
