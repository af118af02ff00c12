package org.hor.indicators.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.hor.core.model.Dataset;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.Challenge;
import org.hor.indicators.evaluation.DataQualityFinding;
import org.hor.indicators.evaluation.Development;
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

    private final BriefingWords w;
    private final Texts texts;
    private final BriefingEvidence evidence;

    private FindingsBriefing(
            Locale locale,
            SupportTexts support,
            @Nullable Dataset dataset,
            Collection<IndicatorDefinition> definitions) {
        this.w = new BriefingWords(locale, support, dataset, definitions);
        this.texts = w.texts;
        this.evidence = new BriefingEvidence(w);
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
                        w.date(f.asOf()),
                        f.sitesOfYear().size(),
                        w.date(f.year().last()),
                        w.list(f.sitesOfYear())));
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
        Site site = w.site(siteId);
        String heading = site == null
                ? texts.format("site.heading", siteId)
                : texts.format(
                        "site.heading.named",
                        siteId,
                        BriefingWords.isolate(site.name()) + ", " + BriefingWords.isolate(site.city()));
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
                    line(b, 1, "- " + texts.get("rule." + c.rule().id()) + ": " + evidence.challenge(c));
                    List<String> measures = new ArrayList<>();
                    for (SupportMeasure m : c.measures()) {
                        measures.add(w.measure(m));
                    }
                    line(b, 2, texts.format("site.support", String.join(", ", measures)));
                    if (c.peers().isEmpty()) {
                        line(b, 2, texts.get("site.noPeers"));
                    } else {
                        List<String> peers = new ArrayList<>();
                        for (Peer p : c.peers()) {
                            peers.add(texts.format(
                                    p.sameCarrierType() ? "site.peer.same" : "site.peer",
                                    w.siteName(p.siteId()),
                                    w.indicator(c.indicator()) + " " + w.value(p.value())));
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
                                        w.measureTitles(u.measures())));
            }
        }
        List<String> rising = new ArrayList<>();
        List<String> falling = new ArrayList<>();
        for (Development d : f.development()) {
            if (d.siteId().equals(siteId) && d.periodType() == PeriodType.YEAR) {
                if (d.trend() == Trend.RISING) {
                    rising.add(w.indicator(d.indicator()));
                } else if (d.trend() == Trend.FALLING) {
                    falling.add(w.indicator(d.indicator()));
                }
            }
        }
        if (!rising.isEmpty() || !falling.isEmpty()) {
            line(b, 0, texts.format("site.trends", w.list(rising), w.list(falling)));
        }
        List<DataQualityFinding> dq = f.dataQuality().findings().stream()
                .filter(d -> d.siteId().equals(siteId))
                .toList();
        if (!dq.isEmpty()) {
            line(b, 0, texts.get("site.dataQuality"));
            silentRuns(dq, b);
            for (DataQualityFinding d : dq) {
                if (d.kind() != DataQualityFinding.Kind.SILENT_QUARTER) {
                    line(b, 1, "- " + evidence.dataQuality(d));
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
                                        w.value(n.share()),
                                        w.list(w.siteNames(n.siteIds()))));
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
                                        w.plural("programme.measure", m.followUps()),
                                        w.measureTitles(List.of(m.measure())),
                                        m.followUps(),
                                        m.resolved(),
                                        m.persists(),
                                        m.open(),
                                        w.value(m.resolvedShare())));
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
                                    w.label(g.value()),
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
                                w.label(r.carrierType().name()),
                                w.number(r.value()),
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
                                            w.indicator(i.indicator()),
                                            s.n(),
                                            w.value(s.median()),
                                            w.value(s.q1()),
                                            w.value(s.q3()),
                                            w.value(s.min()),
                                            w.value(s.max()),
                                            w.list(targets)));
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
                                w.value(ny.density()),
                                w.list(w.siteNames(ny.isolated()))));
        ExchangeNetwork na = f.exchangeAllTime();
        line(
                b,
                1,
                "- "
                        + texts.format(
                                "programme.exchange.allTime",
                                na.pairs().size(),
                                na.allPairs(),
                                w.value(na.density()),
                                w.list(w.siteNames(na.isolated()))));
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
                        w.indicator(i.indicator()),
                        w.value(i.summary().median()),
                        w.value(i.overallMedian()),
                        w.signed(i.deviation())));
            }
        }
        return w.list(parts);
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
            line(b, 1, "- " + evidence.dataQuality(run.get(0)));
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

    private static void line(StringBuilder b, int indent, String text) {
        b.append("  ".repeat(indent)).append(text).append('\n');
    }
}
