package org.hor.indicators.output;

import static org.hor.indicators.output.BriefingEvidence.indicatorValue;
import static org.hor.indicators.output.BriefingEvidence.only;
import static org.hor.indicators.output.BriefingEvidence.quantity;
import static org.hor.indicators.output.BriefingEvidence.threshold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Value;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.Development;
import org.hor.indicators.evaluation.Evidence;
import org.hor.indicators.evaluation.ExchangeNetwork;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.FollowUp;
import org.hor.indicators.evaluation.GroupIndicator;
import org.hor.indicators.evaluation.MeasureFollowUp;
import org.hor.indicators.evaluation.Peer;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.Standing;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.SupportMeasure;
import org.hor.indicators.evaluation.SupportNeed;
import org.hor.indicators.evaluation.SupportTexts;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;
import org.hor.indicators.evaluation.Trend;
import org.hor.indicators.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link Findings} as a plain-text briefing for people ({@code hor findings}): one section per
 * site (by id) with its challenges, the support and peers for each, what became of earlier support,
 * its trends and data-quality findings; then a programme-wide section with support needs, which
 * support works, the comparison of the approaches, reference values for new sites and the exchange
 * network. German (the default for every language but English) or English, from the bundles
 * {@code briefing.properties} and {@code briefing_en.properties}. Given the indicator definitions,
 * indicators are named by their label in the briefing's language, otherwise by their id; given the
 * dataset, sites are named by id and name.
 */
public final class FindingsBriefing {

    private static final String REACH = "reach.organisations";

    private final Locale locale;
    private final Texts texts;
    private final SupportTexts support;
    private final Map<String, Site> sites;
    private final DecimalFormat numbers;
    private final boolean english;
    private final Map<String, String> labels;

    private FindingsBriefing(
            Locale locale, SupportTexts support, Dataset dataset, Collection<IndicatorDefinition> definitions) {
        this.locale = locale;
        this.english = locale.getLanguage().equals("en");
        this.labels = new TreeMap<>();
        for (IndicatorDefinition d : definitions) {
            labels.put(d.id(), english ? d.label().en() : d.label().de());
        }
        this.texts = Texts.of(FindingsBriefing.class, "briefing", locale);
        this.support = support;
        this.sites = new TreeMap<>();
        if (dataset != null) {
            dataset.sites().forEach(s -> sites.put(s.id(), s));
        }
        this.numbers = new DecimalFormat(
                "#,##0.##", DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : Locale.GERMAN));
        this.numbers.setRoundingMode(RoundingMode.HALF_EVEN);
    }

    /**
     * {@return the briefing as text, sites named by id only, with the library's support texts}
     *
     * @param findings the formative evaluation's findings
     * @param locale the language
     */
    public static String toText(Findings findings, Locale locale) {
        StringBuilder out = new StringBuilder();
        write(findings, null, SupportTexts.bundled(), locale, out);
        return out.toString();
    }

    /**
     * Writes the briefing.
     *
     * @param findings the findings
     * @param dataset  the dataset they were computed from, for the sites' names; or {@code null}
     * @param support  the texts of the support measures
     * @param locale   the language: English for {@code en}, German otherwise
     * @param out      where to write; lines end with {@code \n}
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(
            Findings findings, @Nullable Dataset dataset, SupportTexts support, Locale locale, Appendable out) {
        write(findings, dataset, support, List.of(), locale, out);
    }

    /**
     * Writes the briefing with indicators named by their labels.
     *
     * @param findings    the findings
     * @param dataset     the dataset they were computed from, for the sites' names; or {@code null}
     * @param support     the texts of the support measures
     * @param definitions the indicator definitions, such as {@code Catalogue.standard().definitions()};
     *                    an indicator without a definition here is named by its id
     * @param locale      the language: English for {@code en}, German otherwise
     * @param out         where to write; lines end with {@code \n}
     * @throws NullPointerException if an argument but {@code dataset} is null
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(
            Findings findings,
            @Nullable Dataset dataset,
            SupportTexts support,
            Collection<IndicatorDefinition> definitions,
            Locale locale,
            Appendable out) {
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(definitions, "definitions");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        StringBuilder b = new StringBuilder();
        new FindingsBriefing(locale, support, dataset, definitions).write(findings, b);
        try {
            out.append(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Findings f, StringBuilder b) {
        String y = f.year().code();
        line(b, 0, texts.format("title", y));
        line(
                b,
                0,
                texts.format(
                        "stand",
                        date(f.asOf()),
                        f.sitesOfYear().size(),
                        date(f.year().last()),
                        list(f.sitesOfYear())));
        TreeSet<String> siteIds = new TreeSet<>(f.sitesOfYear());
        f.followUps().forEach(u -> siteIds.add(u.siteId()));
        f.dataQuality().findings().forEach(d -> siteIds.add(d.siteId()));
        for (String siteId : siteIds) {
            b.append('\n');
            site(f, siteId, b);
        }
        b.append('\n');
        programme(f, b);
    }

    private void site(Findings f, String siteId, StringBuilder b) {
        Site site = sites.get(siteId);
        String heading = site == null
                ? texts.format("site.heading", siteId)
                : texts.format("site.heading.named", siteId, isolate(site.name()) + ", " + isolate(site.city()));
        line(b, 0, heading);
        line(
                b,
                0,
                "="
                        .repeat(heading.replaceAll("[\u202A-\u202E\u2066-\u2069]", "")
                                .length()));
        String y = f.year().code();
        if (!f.sitesOfYear().contains(siteId)) {
            line(b, 0, texts.get("site.notOfYear"));
        } else {
            List<Challenge> challenges = f.challengesOf(siteId);
            if (challenges.isEmpty()) {
                line(b, 0, texts.format("site.noChallenges", y));
            } else {
                line(b, 0, texts.format("site.challenges", y));
                for (Challenge c : challenges) {
                    line(b, 1, "- " + texts.get("rule." + c.rule().id()) + ": " + finding(c));
                    List<String> measures = new ArrayList<>();
                    for (SupportMeasure m : c.measures()) {
                        measures.add(support.title(m, locale));
                    }
                    line(b, 2, texts.format("site.support", String.join(", ", measures)));
                    if (c.peers().isEmpty()) {
                        line(b, 2, texts.get("site.noPeers"));
                    } else {
                        List<String> peers = new ArrayList<>();
                        for (Peer p : c.peers()) {
                            peers.add(texts.format(
                                    p.sameCarrierType() ? "site.peer.same" : "site.peer",
                                    siteName(p.siteId()),
                                    indicator(c.indicator()) + " " + value(p.value())));
                        }
                        line(b, 2, texts.format("site.peers", String.join(", ", peers)));
                    }
                }
            }
        }
        List<FollowUp> followUps =
                f.followUps().stream().filter(u -> u.siteId().equals(siteId)).toList();
        if (!followUps.isEmpty()) {
            line(b, 0, texts.format("site.followUps", f.year().previous().code()));
            for (FollowUp u : followUps) {
                line(
                        b,
                        1,
                        "- "
                                + texts.format(
                                        "site.followUp",
                                        texts.get("rule." + u.rule().id()),
                                        texts.get("state." + u.state().name()),
                                        measureTitles(u.measures())));
            }
        }
        List<String> rising = new ArrayList<>();
        List<String> falling = new ArrayList<>();
        for (Development d : f.development()) {
            if (d.siteId().equals(siteId) && d.periodType() == PeriodType.YEAR) {
                if (d.trend() == Trend.RISING) {
                    rising.add(indicator(d.indicator()));
                } else if (d.trend() == Trend.FALLING) {
                    falling.add(indicator(d.indicator()));
                }
            }
        }
        if (!rising.isEmpty() || !falling.isEmpty()) {
            line(b, 0, texts.format("site.trends", list(rising), list(falling)));
        }
        List<DataQualityFinding> dq = f.dataQuality().findings().stream()
                .filter(d -> d.siteId().equals(siteId))
                .toList();
        if (!dq.isEmpty()) {
            line(b, 0, texts.get("site.dataQuality"));
            silentRuns(dq, b);
            for (DataQualityFinding d : dq) {
                if (d.kind() != DataQualityFinding.Kind.SILENT_QUARTER) {
                    line(b, 1, "- " + dataQuality(d));
                }
            }
        }
    }

    private void programme(Findings f, StringBuilder b) {
        String heading = texts.get("programme.heading");
        line(b, 0, heading);
        line(b, 0, "=".repeat(heading.length()));
        String y = f.year().code();
        if (f.supportNeeds().isEmpty()) {
            line(b, 0, texts.get("programme.noNeeds"));
        } else {
            line(b, 0, texts.format("programme.needs", y));
            for (SupportNeed n : f.supportNeeds()) {
                line(
                        b,
                        1,
                        "- "
                                + texts.format(
                                        "programme.need",
                                        texts.get("rule." + n.rule().id()),
                                        n.fired(),
                                        n.evaluable(),
                                        value(n.share()),
                                        list(siteNames(n.siteIds()))));
            }
        }
        List<MeasureFollowUp> used =
                f.measureFollowUps().stream().filter(m -> m.followUps() > 0).toList();
        if (used.isEmpty()) {
            line(b, 0, texts.get("programme.noMeasures"));
        } else {
            line(b, 0, texts.get("programme.measures"));
            for (MeasureFollowUp m : used) {
                line(
                        b,
                        1,
                        "- "
                                + texts.format(
                                        plural("programme.measure", m.followUps()),
                                        measureTitles(List.of(m.measure())),
                                        m.followUps(),
                                        m.resolved(),
                                        m.persists(),
                                        m.open(),
                                        value(m.resolvedShare())));
            }
        }
        line(b, 0, texts.format("programme.approaches", y));
        for (ApproachGroup g : f.approaches().groups()) {
            line(
                    b,
                    1,
                    "- "
                            + texts.format(
                                    "programme.approach",
                                    texts.get("dimension." + g.dimension().name()),
                                    label(g.value()),
                                    g.sites(),
                                    standings(g, Standing.STRENGTH),
                                    standings(g, Standing.WEAKNESS)));
        }
        if (f.transfer().isEmpty()) {
            line(b, 0, texts.get("programme.noTransfer"));
        } else {
            line(b, 0, texts.get("programme.transfer"));
            for (TransferYear t : f.transfer()) {
                if (t.indicators().stream().allMatch(i -> i.summary().n() == 0)) {
                    continue;
                }
                line(
                        b,
                        1,
                        texts.format(
                                "programme.transfer.year", t.k(), t.siteIds().size()));
                for (TransferIndicator i : t.indicators()) {
                    if (i.summary().n() == 0) {
                        continue;
                    }
                    List<String> targets = new ArrayList<>();
                    for (RecommendedTarget r : i.recommendations()) {
                        targets.add(texts.format(
                                "programme.transfer.target",
                                label(r.carrierType().name()),
                                number(r.value()),
                                texts.get("basis." + r.basis().name()),
                                r.n()));
                    }
                    Summary s = i.summary();
                    line(
                            b,
                            2,
                            "- "
                                    + texts.format(
                                            "programme.transfer.indicator",
                                            indicator(i.indicator()),
                                            s.n(),
                                            value(s.median()),
                                            value(s.q1()),
                                            value(s.q3()),
                                            value(s.min()),
                                            value(s.max()),
                                            list(targets)));
                }
            }
        }
        line(b, 0, texts.get("programme.exchange"));
        ExchangeNetwork ny = f.exchangeYear();
        line(
                b,
                1,
                "- "
                        + texts.format(
                                "programme.exchange.year",
                                y,
                                ny.pairs().size(),
                                ny.allPairs(),
                                value(ny.density()),
                                list(siteNames(ny.isolated()))));
        ExchangeNetwork na = f.exchangeAllTime();
        line(
                b,
                1,
                "- "
                        + texts.format(
                                "programme.exchange.allTime",
                                na.pairs().size(),
                                na.allPairs(),
                                value(na.density()),
                                list(siteNames(na.isolated()))));
        line(
                b,
                0,
                texts.format(
                        "programme.dataQuality",
                        f.dataQuality().findings().size(),
                        f.dataQuality().quarters().size()));
    }

    private String standings(ApproachGroup g, Standing which) {
        List<String> parts = new ArrayList<>();
        for (GroupIndicator i : g.indicators()) {
            if (i.standing() == which) {
                parts.add(texts.format(
                        "programme.standing",
                        indicator(i.indicator()),
                        value(i.summary().median()),
                        value(i.overallMedian()),
                        signed(i.deviation())));
            }
        }
        return list(parts);
    }

    private String finding(Challenge c) {
        List<Evidence> e = c.evidence();
        String key = "finding." + c.rule().id();
        return switch (c.rule()) {
            case TARGET_MISSED -> {
                Evidence.Target t = only(e, Evidence.Target.class).get(0);
                String status = c.targetStatus() == null
                        ? ""
                        : texts.get("status." + c.targetStatus().name());
                yield texts.format(
                        t.attainment() != null ? key : key + ".noAttainment",
                        indicator(c.indicator()),
                        c.period().code(),
                        number(t.target()),
                        value(t.actual()),
                        t.attainmentIfAny().map(this::number).orElse(""),
                        status);
            }
            case DECLINING_REACH -> {
                List<Evidence.IndicatorValue> v = only(e, Evidence.IndicatorValue.class);
                yield texts.format(
                        key,
                        v.get(0).period().code(),
                        value(v.get(0).value()),
                        v.get(1).period().code(),
                        value(v.get(1).value()),
                        v.get(2).period().code(),
                        value(v.get(2).value()));
            }
            case LOW_NEW_REACH ->
                counted(
                        key,
                        indicatorValue(e, REACH),
                        indicatorValue(e, c.indicator()),
                        only(e, Evidence.Share.class).get(0).value(),
                        threshold(e));
            case LOW_RETENTION ->
                counted(key, indicatorValue(e, REACH), indicatorValue(e, c.indicator()), threshold(e));
            case GRANT_CONCENTRATION ->
                counted(key, indicatorValue(e, "grants.count"), indicatorValue(e, c.indicator()), threshold(e));
            case NO_LOCAL_AUTHORITY_PARTNER ->
                counted(
                        key,
                        indicatorValue(e, c.indicator()),
                        only(e, Evidence.PartValue.class).get(0).value());
            case ISOLATED_SITE ->
                counted(
                        key,
                        quantity(e, Evidence.Quantity.Kind.PROGRAMME_EXCHANGES, null),
                        indicatorValue(e, c.indicator()));
            case LOW_OUTCOME_RATE -> counted(key, indicatorValue(e, c.indicator()), threshold(e));
        };
    }

    /** Formats {@code key} (its singular form when the first value is 1) with the values. */
    private String counted(String key, Value... values) {
        return texts.format(
                plural(key, values[0]), Arrays.stream(values).map(this::value).toArray());
    }

    private String dataQuality(DataQualityFinding d) {
        List<Evidence> n = d.numbers();
        String key = "dq." + d.kind().name();
        Period q = d.quarter();
        Value count = quantity(n, Evidence.Quantity.Kind.DELIVERIES, q);
        return switch (d.kind()) {
            case SILENT_QUARTER ->
                texts.format(key, q.code(), value(quantity(n, Evidence.Quantity.Kind.ACTIVE_DAYS, q)));
            case JUMP ->
                texts.format(
                        key,
                        q.code(),
                        value(quantity(n, Evidence.Quantity.Kind.DELIVERIES, q.previous())),
                        value(count),
                        signed(quantity(n, Evidence.Quantity.Kind.DELIVERIES_CHANGE, q)),
                        value(threshold(n)));
            case BULK_DATING ->
                texts.format(
                        key,
                        q.code(),
                        value(quantity(n, Evidence.Quantity.Kind.DELIVERIES_ON_ONE_DAY, q)),
                        value(count),
                        date(d.day()),
                        value(quantity(n, Evidence.Quantity.Kind.DELIVERIES_ON_ONE_DAY_SHARE, q)),
                        value(threshold(n)));
        };
    }

    /** Writes consecutive silent quarters as one line each run, so that a long gap reads as one finding. */
    private void silentRuns(List<DataQualityFinding> findings, StringBuilder b) {
        List<DataQualityFinding> run = new ArrayList<>();
        for (DataQualityFinding d : findings) {
            if (d.kind() != DataQualityFinding.Kind.SILENT_QUARTER) {
                continue;
            }
            if (!run.isEmpty()
                    && !run.get(run.size() - 1).quarter().equals(d.quarter().previous())) {
                silentRun(run, b);
                run.clear();
            }
            run.add(d);
        }
        if (!run.isEmpty()) {
            silentRun(run, b);
        }
    }

    private void silentRun(List<DataQualityFinding> run, StringBuilder b) {
        if (run.size() == 1) {
            line(b, 1, "- " + dataQuality(run.get(0)));
        } else {
            line(
                    b,
                    1,
                    "- "
                            + texts.format(
                                    "dq.SILENT_QUARTERS",
                                    run.get(0).quarter().code(),
                                    run.get(run.size() - 1).quarter().code(),
                                    run.size()));
        }
    }

    private String measureTitles(List<String> ids) {
        List<String> titles = new ArrayList<>();
        for (String id : ids) {
            titles.add(
                    SupportMeasure.byId(id).map(m -> support.title(m, locale)).orElse(id));
        }
        return list(titles);
    }

    /** Returns an indicator's label in the briefing's language, or its id when it has no definition. */
    private String indicator(String id) {
        return id == null ? texts.get("undefined") : labels.getOrDefault(id, id);
    }

    /** Returns a site as {@code S-01 Haus der Ressourcen Dresden}, or its id when the dataset is unknown. */
    private String siteName(String id) {
        Site site = sites.get(id);
        return site == null ? id : id + " " + isolate(site.name());
    }

    /**
     * Returns a text from the data between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
     * ISOLATE, its own bidi controls balanced (unmatched closers dropped, open ones closed), so a name
     * ending in U+202E cannot reorder the text after it (bidi spoofing).
     */
    static String isolate(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4).append('\u2068');
        StringBuilder open = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u202A' || c == '\u202B' || c == '\u202D' || c == '\u202E') {
                open.append('e');
            } else if (c >= '\u2066' && c <= '\u2068') {
                open.append('i');
            } else if (c == '\u202C') {
                if (open.length() == 0 || open.charAt(open.length() - 1) != 'e') {
                    continue;
                }
                open.setLength(open.length() - 1);
            } else if (c == '\u2069') {
                int last = open.lastIndexOf("i");
                if (last < 0) {
                    continue;
                }
                open.setLength(last);
            }
            out.append(c);
        }
        for (int j = open.length() - 1; j >= 0; j--) {
            out.append(open.charAt(j) == 'i' ? '\u2069' : '\u202C');
        }
        return out.append('\u2069').toString();
    }

    private List<String> siteNames(Collection<String> ids) {
        return ids.stream().map(this::siteName).toList();
    }

    /**
     * Returns {@code key + ".one"} when {@code count} is exactly 1 and the bundle has that key
     * (singular wording: "1 active cooperation"), else {@code key}.
     */
    private String plural(String key, Value count) {
        return count.asNumber()
                .map(n -> plural(key, n.compareTo(BigDecimal.ONE) == 0 ? 1 : 0))
                .orElse(key);
    }

    private String plural(String key, long count) {
        return count == 1 && texts.has(key + ".one") ? key + ".one" : key;
    }

    private String label(String enumValue) {
        return texts.has("value." + enumValue) ? texts.get("value." + enumValue) : enumValue;
    }

    private String value(Value v) {
        return v.asNumber().map(this::number).orElse(texts.get("undefined"));
    }

    private String signed(Value v) {
        return v.asNumber().map(n -> (n.signum() > 0 ? "+" : "") + number(n)).orElse(texts.get("undefined"));
    }

    private String number(BigDecimal n) {
        return numbers.format(n);
    }

    private String date(LocalDate day) {
        if (day == null) {
            return texts.get("undefined");
        }
        return english
                ? day.toString()
                : String.format(
                        Locale.GERMAN, "%02d.%02d.%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private String list(List<String> items) {
        return items.isEmpty() ? texts.get("none") : String.join(", ", items);
    }

    private static void line(StringBuilder b, int indent, String text) {
        b.append("  ".repeat(indent)).append(text).append('\n');
    }
}
