package org.hor.report.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Exchange;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.ApproachDimension;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.AssessmentOptions;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.ExchangeNetwork;
import org.hor.indicators.evaluation.FollowUp;
import org.hor.indicators.evaluation.GroupIndicator;
import org.hor.indicators.evaluation.KeyIndicatorSummary;
import org.hor.indicators.evaluation.MeasureFollowUp;
import org.hor.indicators.evaluation.QuarterRecords;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.Rule;
import org.hor.indicators.evaluation.RuleCheck;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.indicators.evaluation.SupportNeed;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;
import org.hor.report.document.Bidi;
import org.hor.report.document.Box;
import org.hor.report.document.BoxPlot;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.HeatMap;
import org.hor.report.document.LineChart;
import org.hor.report.document.Section;
import org.hor.report.document.Series;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.Tone;

/** Builds the programme report (spec 04 "Report contents"): one method per top-level section. */
final class ProgrammeReport {

    /** The most years shown side by side in the table of programme indicators per year. */
    static final int YEARS_PER_TABLE = 5;

    private final ReportData d;
    private final Texts t;
    private final Period y;
    private final Period y1;
    private final Scope programme = Scope.PROGRAMME;
    private final EvidenceText evidence;
    private final List<String> keys;

    ProgrammeReport(ReportData data) {
        this.d = data;
        this.t = data.texts;
        this.y = data.year;
        this.y1 = data.previousYear;
        this.evidence = new EvidenceText(data);
        List<String> ids = new ArrayList<>(AssessmentOptions.KEY_INDICATORS);
        ids.add(2, "deliveries.count");
        this.keys = ids.stream().filter(id -> d.definition(id) != null).toList();
    }

    Document build() {
        String name = d.dataset.programme() == null || d.dataset.programme().name() == null ? ""
                : Bidi.isolate(d.shown(d.dataset.programme().name()));
        Document.Builder doc = Document.builder(t.get("programme.title", y.code(), name), t.locale())
                .fact(t.get("fact.year"), Cell.text(y.code()))
                .fact(t.get("fact.asOf"), Cell.date(d.asOf))
                .fact(t.get("fact.sites"), Cell.number(d.findings.sitesOfYear().size()));
        if (d.dataset.programme() != null && d.dataset.programme().funder() != null) {
            doc.fact(t.get("fact.funder"), Cell.text(Bidi.isolate(d.dataset.programme().funder())));
        }
        d.since.section().ifPresent(doc::block);
        doc.block(overview());
        doc.block(development());
        doc.block(approaches());
        doc.block(supportNeeds());
        doc.block(supportEffect());
        doc.block(transfer());
        doc.block(exchange());
        doc.block(dataQuality());
        return doc.build();
    }

    private Section.Builder section(String name) {
        return Section.builder(t.get(ReportType.PROGRAMME.key(name)));
    }

    /** The sites the evaluation holds a value of Y for, by id. */
    private List<Site> sitesInYear() {
        return d.sites().stream().filter(s -> d.row(Scope.site(s.id()), y, keys.get(0)) != null).toList();
    }

    // ------------------------------------------------------------------ overview

    private Section overview() {
        Section.Builder s = section("overview").paragraph(t.get("overview.lead", y.code()));
        List<Tile> tiles = new ArrayList<>();
        for (String id : SiteReport.TILES) {
            if (d.definition(id) != null) {
                tiles.add(new Tile(d.label(id), d.cell(programme, y, id), List.of(d.change(programme, y, y1, id)), ""));
            }
        }
        s.tiles(tiles.toArray(Tile[]::new));
        List<Site> sites = sitesInYear();
        if (sites.isEmpty()) {
            s.paragraph(t.get("overview.none", y.code()));
            return s.build();
        }
        // two narrower tables rather than one that scrolls: reach and use, then grants, cooperations, impact
        int half = (keys.size() + 1) / 2;
        for (List<String> chunk : List.of(keys.subList(0, half), keys.subList(half, keys.size()))) {
            if (chunk.isEmpty()) {
                continue;
            }
            String caption = t.get("overview.table", y.code()) + (chunk.get(0).equals(keys.get(0)) ? ""
                    : " – " + t.get("overview.continued"));
            List<String> columns = new ArrayList<>();
            columns.add(t.get("overview.column.site"));
            chunk.forEach(id -> columns.add(d.label(id)));
            Table.Builder table = Table.builder(caption).columns(columns).note(t.get("overview.note.distinct"));
            for (Site site : sites) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(d.siteName(site.id())));
                chunk.forEach(id -> row.add(d.cell(Scope.site(site.id()), y, id)));
                table.row(row);
            }
            List<Cell> total = new ArrayList<>();
            total.add(Cell.text(t.get("overview.total")));
            chunk.forEach(id -> total.add(d.cell(programme, y, id)));
            table.totalRow(total.toArray(Cell[]::new));
            s.table(table.build());
        }
        return s.build();
    }

    // ------------------------------------------------------------------ development

    private Section development() {
        Section.Builder s = section("development").paragraph(t.get("programmeDevelopment.lead"));
        List<Period> years = d.completeYears(programme);
        if (years.isEmpty()) {
            s.paragraph(t.get("development.none", y.code()));
            return s.build();
        }
        List<String> cats = years.stream().map(Period::code).toList();
        List<Series> reach = new ArrayList<>();
        for (String id : List.of("reach.organisations", "reach.organisations.new")) {
            List<Cell> values = new ArrayList<>();
            years.forEach(p -> values.add(SiteReport.plottable(d.cell(programme, p, id))));
            reach.add(new Series(d.label(id), values));
        }
        s.chart(new LineChart(t.get("programmeDevelopment.chart"), t.get("programmeDevelopment.chart.description"),
                cats, reach));
        s.chart(new SiteReport(d, d.sites().get(0).id()).pillarChart(programme, years,
                t.get("programmeDevelopment.pillars"), t.get("programmeDevelopment.pillars.description")));
        List<String> ids = new ArrayList<>(keys);
        for (String extra : List.of("consulting.hours", "grants.count", "events.count", "outcomes.count",
                "exchange.participations", "budget.amount", "cost.per-organisation")) {
            if (d.definition(extra) != null) {
                ids.add(extra);
            }
        }
        // at most YEARS_PER_TABLE years side by side, so that the table fits an A4 page:
        // 10 years → 2 tables of 5, 7 years → 3 + 4
        int parts = (years.size() + YEARS_PER_TABLE - 1) / YEARS_PER_TABLE;
        for (int part = 0; part < parts; part++) {
            int from = part * years.size() / parts;
            int to = (part + 1) * years.size() / parts;
            List<String> columns = new ArrayList<>();
            columns.add(t.get("keyFigures.column.indicator"));
            columns.addAll(cats.subList(from, to));
            String caption = t.get("programmeDevelopment.table") + (part == 0 ? "" : " – " + t.get("overview.continued"));
            Table.Builder table = Table.builder(caption).columns(columns);
            for (String id : ids) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(d.label(id)));
                years.subList(from, to).forEach(p -> row.add(d.cell(programme, p, id)));
                table.row(row);
            }
            s.table(table.build());
        }
        return s.build();
    }

    // ------------------------------------------------------------------ approaches

    private Section approaches() {
        AssessmentOptions defaults = AssessmentOptions.defaults();
        Section.Builder s = section("approaches").paragraph(t.get("approaches.lead", y.code(),
                defaults.approachMarginPercent().toPlainString(), defaults.approachMinSites()));
        if (d.findings.approaches().groups().isEmpty()) {
            s.paragraph(t.get("approaches.none", y.code()));
            return s.build();
        }
        for (ApproachDimension dim : ApproachDimension.values()) {
            List<ApproachGroup> groups = d.findings.approaches().groups().stream().filter(g -> g.dimension() == dim).toList();
            if (groups.isEmpty()) {
                continue;
            }
            String dimName = t.label("dimension", dim);
            s.section(capitalise(dimName), sub -> {
                List<String> columns = new ArrayList<>();
                columns.add(t.get("approaches.column.group"));
                columns.add(t.get("approaches.column.sites"));
                List<String> ids = groups.get(0).indicators().stream().map(GroupIndicator::indicator).toList();
                ids.forEach(id -> columns.add(d.label(id)));
                Table.Builder table = Table.builder(t.get("approaches.table", dimName)).columns(columns);
                for (ApproachGroup g : groups) {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.text(t.labelOrCode(dim.fieldName(), g.value())));
                    row.add(Cell.number(g.sites()));
                    for (GroupIndicator gi : g.indicators()) {
                        row.add(d.guarded(gi.indicator(), gi.summary().median()));
                    }
                    table.row(row);
                }
                List<Cell> all = new ArrayList<>();
                all.add(Cell.text(t.get("approaches.all")));
                all.add(Cell.number(d.findings.sitesOfYear().size()));
                for (String id : ids) {
                    Value median = d.findings.approaches().overall().stream().filter(k -> k.indicator().equals(id))
                            .map(KeyIndicatorSummary::summary).map(Summary::median).findFirst()
                            .orElse(Value.undefined(org.hor.core.spi.Reason.NO_DATA));
                    all.add(d.guarded(id, median));
                }
                table.totalRow(all.toArray(Cell[]::new));
                sub.table(table.build());
                List<String> bullets = new ArrayList<>();
                for (ApproachGroup g : groups) {
                    bullets.add(t.labelOrCode(dim.fieldName(), g.value()) + " – "
                            + t.get("approaches.strengths", standings(g, g.strengths())) + "; "
                            + t.get("approaches.weaknesses", standings(g, g.weaknesses())));
                }
                sub.bullets(bullets.toArray(String[]::new));
            });
        }
        return s.build();
    }

    private String standings(ApproachGroup g, List<String> ids) {
        if (ids.isEmpty()) {
            return t.get("approaches.nothing");
        }
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            GroupIndicator gi = g.indicators().stream().filter(i -> i.indicator().equals(id)).findFirst().orElseThrow();
            String dev = gi.deviation().asNumber().map(n -> signedPercent(n))
                    .orElse(d.isSuppressed(gi.deviation()) ? "< " + d.threshold(gi.deviation()) : "–");
            parts.add(t.get("approaches.standing", d.label(id), dev));
        }
        return t.join(parts);
    }

    /** Returns a signed whole percentage as text in the report's language, e.g. {@code +35 %}. */
    private String signedPercent(BigDecimal n) {
        BigDecimal r = n.setScale(0, java.math.RoundingMode.HALF_UP);
        String sign = r.signum() > 0 ? "+" : r.signum() < 0 ? "−" : "";
        boolean english = t.locale().getLanguage().equals("en");
        return sign + r.abs().toPlainString() + (english ? "%" : "\u00A0%");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ------------------------------------------------------------------ support needs

    private Section supportNeeds() {
        Section.Builder s = section("supportNeeds").paragraph(t.get("supportNeeds.lead", y.code()));
        Table.Builder challenges = Table.builder(t.get("supportNeeds.challenges", y.code())).columns(
                t.get("challenges.column.rule"), t.get("supportNeeds.column.evaluable"), t.get("supportNeeds.column.fired"),
                t.get("supportNeeds.column.sites"));
        for (Rule rule : Rule.values()) {
            int evaluable = 0;
            List<String> fired = new ArrayList<>();
            for (RuleCheck rc : d.findings.checks()) {
                if (rc.rule() == rule && rc.evaluable()) {
                    evaluable++;
                    if (rc.fired()) {
                        fired.add(d.siteName(rc.siteId()));
                    }
                }
            }
            challenges.row(Cell.text(t.label("rule", rule)), Cell.number(evaluable), Cell.number(fired.size()),
                    Cell.text(fired.isEmpty() ? "–" : t.join(fired)));
        }
        s.table(challenges.build());
        if (d.findings.supportNeeds().isEmpty()) {
            s.paragraph(t.get("supportNeeds.none", y.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(t.get("supportNeeds.table")).columns(t.get("challenges.column.rule"),
                t.get("supportNeeds.column.fired"), t.get("supportNeeds.column.evaluable"),
                t.get("supportNeeds.column.share"), t.get("supportNeeds.column.sites"));
        for (SupportNeed n : d.findings.supportNeeds()) {
            table.row(Cell.text(t.label("rule", n.rule())), Cell.number(n.fired()), Cell.number(n.evaluable()),
                    n.share() instanceof Value.Defined v ? Cell.percent(v.number()) : d.cell(n.share(), null), Cell.text(t.join(d.siteNames(n.siteIds()))));
        }
        s.table(table.build());
        return s.build();
    }

    // ------------------------------------------------------------------ support effect

    private Section supportEffect() {
        Section.Builder s = section("supportEffect").paragraph(t.get("supportEffect.lead", y1.code(), y.code()));
        List<MeasureFollowUp> used = d.findings.measureFollowUps().stream().filter(m -> m.followUps() > 0).toList();
        if (used.isEmpty()) {
            s.paragraph(t.get("supportEffect.none", y1.code()));
            return s.build();
        }
        Table.Builder table = Table.builder(t.get("supportEffect.table")).columns(t.get("supportEffect.column.measure"),
                t.get("supportEffect.column.followUps"), t.get("supportEffect.column.resolved"),
                t.get("supportEffect.column.persists"), t.get("supportEffect.column.open"),
                t.get("supportEffect.column.share"));
        for (MeasureFollowUp m : used) {
            String title = SupportMeasure.byId(m.measure()).map(x -> d.options.supportTexts().title(x, t.locale()))
                    .orElse(m.measure());
            table.row(Cell.text(title), Cell.number(m.followUps()), Cell.number(m.resolved()), Cell.number(m.persists()),
                    Cell.number(m.open()), m.resolvedShare() instanceof Value.Defined v ? Cell.percent(v.number())
                            : d.cell(m.resolvedShare(), null));
        }
        s.table(table.build());
        SiteReport helper = new SiteReport(d, d.sites().get(0).id());
        Table.Builder detail = Table.builder(t.get("supportEffect.detail")).columns(t.get("overview.column.site"),
                t.get("challenges.column.rule"), t.get("followUp.column.measures"),
                t.get("followUp.column.state", y.code()));
        for (FollowUp f : d.findings.followUps()) {
            detail.row(Cell.text(d.siteName(f.siteId())), Cell.text(t.label("rule", f.rule())),
                    Cell.text(t.join(helper.measureTitles(f.measures()))), helper.followUpState(f.state()));
        }
        s.table(detail.build());
        return s.build();
    }

    // ------------------------------------------------------------------ transfer

    private Section transfer() {
        Section.Builder s = section("transfer").paragraph(t.get("transfer.lead"));
        List<TransferYear> years = d.findings.transfer();
        if (years.isEmpty()) {
            s.paragraph(t.get("transfer.none"));
            return s.build();
        }
        List<String> ids = years.get(0).indicators().stream().map(TransferIndicator::indicator).toList();
        for (String id : ids) {
            List<Box> boxes = new ArrayList<>();
            for (TransferYear ty : years) {
                for (TransferIndicator ti : ty.indicators()) {
                    if (ti.indicator().equals(id) && ti.summary().n() > 0) {
                        List<Cell> five = List.of(d.guarded(id, ti.summary().min()), d.guarded(id, ti.summary().q1()),
                                d.guarded(id, ti.summary().median()), d.guarded(id, ti.summary().q3()),
                                d.guarded(id, ti.summary().max()));
                        if (five.stream().allMatch(Cell::isNumeric)) {
                            boxes.add(new Box(t.get("transfer.box", ty.k(), ti.summary().n()), five.get(0), five.get(1),
                                    five.get(2), five.get(3), five.get(4)));
                        }
                    }
                }
            }
            if (!boxes.isEmpty()) {
                s.chart(new BoxPlot(t.get("transfer.chart", d.label(id)), t.get("transfer.chart.description", d.label(id)),
                        boxes));
            }
        }
        Table.Builder table = Table.builder(t.get("transfer.table")).columns(t.get("transfer.column.year"),
                t.get("keyFigures.column.indicator"), t.get("transfer.column.n"), t.get("box.minimum"),
                t.get("box.lowerQuartile"), t.get("box.median"), t.get("box.upperQuartile"), t.get("box.maximum"));
        for (TransferYear ty : years) {
            for (TransferIndicator ti : ty.indicators()) {
                String id = ti.indicator();
                Summary sm = ti.summary();
                table.row(Cell.text(t.get("transfer.year", ty.k())), Cell.text(d.label(id)), Cell.number(sm.n()),
                        d.guarded(id, sm.min()), d.guarded(id, sm.q1()), d.guarded(id, sm.median()),
                        d.guarded(id, sm.q3()), d.guarded(id, sm.max()));
            }
        }
        s.table(table.build());
        Table targets = targets(years);
        if (targets == null) {
            s.paragraph(t.get("transfer.noTargets"));
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
        years.forEach(ty -> ty.indicators().forEach(ti -> ti.recommendations()
                .forEach(rt -> types.add(rt.carrierType()))));
        if (types.isEmpty()) {
            return null;
        }
        List<String> columns = new ArrayList<>(List.of(t.get("transfer.column.year"), t.get("keyFigures.column.indicator")));
        types.forEach(c -> columns.add(t.label("carrierType", c)));
        Table.Builder table = Table.builder(t.get("transfer.targets")).columns(columns).note(t.get("transfer.targets.note"));
        boolean omitted = false;
        for (TransferYear ty : years) {
            for (TransferIndicator ti : ty.indicators()) {
                if (ti.recommendations().isEmpty()) {
                    continue;
                }
                String id = ti.indicator();
                List<Cell> row = new ArrayList<>(List.of(Cell.text(t.get("transfer.year", ty.k())), Cell.text(d.label(id))));
                for (CarrierType c : types) {
                    RecommendedTarget rt = ti.recommendations().stream().filter(r -> r.carrierType() == c).findFirst()
                            .orElse(null);
                    if (rt == null) {
                        row.add(Cell.empty());
                        omitted = true;
                    } else if (rt.suppressed()) {
                        row.add(d.undefined((Value.Undefined) d.suppressedValue())
                                .withNote(t.get("transfer.basis.note." + rt.basis().name(), rt.n())));
                    } else {
                        row.add(d.guarded(id, Value.of(rt.value()))
                                .withNote(t.get("transfer.basis.note." + rt.basis().name(), rt.n())));
                    }
                }
                table.row(row);
            }
        }
        if (omitted) {
            table.note(t.get("transfer.targets.omitted"));
        }
        return table.build();
    }

    // ------------------------------------------------------------------ exchange

    private Section exchange() {
        Section.Builder s = section("exchange").paragraph(t.get("exchange.lead", y.code()));
        ExchangeNetwork net = d.findings.exchangeYear();
        List<String> names = d.siteNames(net.siteIds());
        if (net.siteIds().size() >= 2) {
            List<List<Cell>> cells = new ArrayList<>();
            List<List<Integer>> matrix = net.matrix();
            for (int i = 0; i < matrix.size(); i++) {
                List<Cell> row = new ArrayList<>();
                for (int j = 0; j < matrix.size(); j++) {
                    row.add(i == j ? Cell.empty() : Cell.number(matrix.get(i).get(j)));
                }
                cells.add(row);
            }
            s.chart(new HeatMap(t.get("exchange.matrix", y.code()), t.get("exchange.matrix.description", y.code()),
                    names, names, cells));
        }
        s.paragraph(org.hor.report.document.Inline.text(t.get("exchange.density", y.code(), net.pairs().size(),
                net.allPairs()) + " "), org.hor.report.document.Inline.value(density(net)),
                org.hor.report.document.Inline.text("."));
        ExchangeNetwork all = d.findings.exchangeAllTime();
        s.paragraph(org.hor.report.document.Inline.text(t.get("exchange.densityAllTime", all.pairs().size(),
                all.allPairs()) + " "), org.hor.report.document.Inline.value(density(all)),
                org.hor.report.document.Inline.text("."));
        s.paragraph(net.isolated().isEmpty() ? t.get("exchange.noIsolated", y.code())
                : t.get("exchange.isolated", y.code(), t.join(d.siteNames(net.isolated()))));
        List<Exchange> list = d.dataset.exchanges().stream().filter(x -> x.date() != null && y.contains(x.date()))
                .sorted(java.util.Comparator.comparing(Exchange::date).thenComparing(Exchange::id)).toList();
        if (list.isEmpty()) {
            s.paragraph(t.get("exchange.none", y.code()));
        } else {
            Table.Builder table = Table.builder(t.get("exchange.table", y.code())).rowHeaders(false).columns(
                    t.get("exchanges.column.date"), t.get("exchanges.column.format"), t.get("exchanges.column.topic"),
                    t.get("exchange.column.sites"));
            for (Exchange x : list) {
                table.row(Cell.date(x.date()), Cell.text(x.format() == null ? "–" : t.label("exchangeFormat", x.format())),
                        Cell.text(x.topic() == null ? "–" : Bidi.isolate(d.shown(x.topic()))),
                        Cell.text(t.join(d.siteNames(new java.util.TreeSet<>(x.siteIds()).stream().toList()))));
            }
            s.table(table.build());
        }
        return s.build();
    }

    private Cell density(ExchangeNetwork net) {
        return net.density() instanceof Value.Defined v ? Cell.percent(v.number().multiply(BigDecimal.valueOf(100)))
                : d.cell(net.density(), null);
    }

    // ------------------------------------------------------------------ data quality

    private Section dataQuality() {
        Section.Builder s = section("dataQuality").paragraph(t.get("programmeQuality.lead", y.code()));
        List<QuarterRecords> quarters = d.findings.dataQuality().quarters().stream()
                .filter(q -> y.contains(q.quarter())).toList();
        List<Period> qs = List.of(Period.quarter(y.first().getYear(), 1), Period.quarter(y.first().getYear(), 2),
                Period.quarter(y.first().getYear(), 3), Period.quarter(y.first().getYear(), 4));
        List<String> siteIds = quarters.stream().map(QuarterRecords::siteId).distinct().sorted().toList();
        if (siteIds.isEmpty()) {
            s.paragraph(t.get("dataQuality.noQuarters", y.code()));
        } else {
            List<List<Cell>> cells = new ArrayList<>();
            Table.Builder records = Table.builder(t.get("programmeQuality.records", y.code())).columns(
                    t.get("dataQuality.column.site"), t.get("programmeQuality.column.quarters"),
                    t.get("dataQuality.column.deliveries"), t.get("dataQuality.column.outcomes"),
                    t.get("dataQuality.column.cooperations"), t.get("dataQuality.column.measurements"),
                    t.get("dataQuality.column.support"), t.get("dataQuality.column.exchanges"));
            for (String id : siteIds) {
                List<Cell> row = new ArrayList<>();
                long[] sums = new long[7];
                for (Period q : qs) {
                    QuarterRecords r = quarters.stream().filter(x -> x.siteId().equals(id) && x.quarter().equals(q))
                            .findFirst().orElse(null);
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
                records.row(Cell.text(d.siteName(id)), Cell.number(sums[0]), Cell.number(sums[1]), Cell.number(sums[2]),
                        Cell.number(sums[3]), Cell.number(sums[4]), Cell.number(sums[5]), Cell.number(sums[6]));
            }
            s.chart(new HeatMap(t.get("programmeQuality.heatmap", y.code()),
                    t.get("programmeQuality.heatmap.description", y.code()), d.siteNames(siteIds),
                    qs.stream().map(Period::code).toList(), cells));
            s.table(records.build());
        }
        List<DataQualityFinding> inYear = d.findings.dataQuality().findings().stream()
                .filter(f -> y.contains(f.quarter())).toList();
        long earlier = d.findings.dataQuality().findings().stream().filter(f -> f.quarter().last().isBefore(y.first()))
                .count();
        SiteReport helper = new SiteReport(d, d.sites().get(0).id());
        if (inYear.isEmpty()) {
            s.paragraph(t.get("programmeQuality.none", y.code()));
        } else {
            Table.Builder table = Table.builder(t.get("programmeQuality.findings", y.code()))
                    .columns(helper.findingColumns(true));
            for (DataQualityFinding f : inYear) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(d.siteName(f.siteId())));
                row.add(Cell.text(f.quarter().code()));
                row.add(Cell.status(Tone.WARNING, t.label("dqKind", f.kind())));
                row.addAll(evidence.dataQualityCells(f));
                table.row(row);
            }
            s.table(table.build());
        }
        if (earlier > 0) {
            s.paragraph(t.get("programmeQuality.earlier", earlier));
        }
        return s.build();
    }
}
