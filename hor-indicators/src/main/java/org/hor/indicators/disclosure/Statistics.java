package org.hor.indicators.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.evaluation.ApproachGroup;
import org.hor.indicators.evaluation.Approaches;
import org.hor.indicators.evaluation.Findings;
import org.hor.indicators.evaluation.GroupIndicator;
import org.hor.indicators.evaluation.KeyIndicatorSummary;
import org.hor.indicators.evaluation.OperatingYear;
import org.hor.indicators.evaluation.RecommendedTarget;
import org.hor.indicators.evaluation.Summary;
import org.hor.indicators.evaluation.TargetBasis;
import org.hor.indicators.evaluation.TransferIndicator;
import org.hor.indicators.evaluation.TransferYear;

/**
 * Withholds the statistics of the formative evaluation that equal or pin down a suppressed value
 * (spec 04 "Disclosure control": "a median, quartile, benchmark or recommended target that equals or
 * pins down a suppressed value is itself shown as suppressed").
 *
 * <p>A statistic of spec 03 over n sorted values x₀ ≤ … ≤ xₙ₋₁ is the minimum x₀, the maximum xₙ₋₁, or
 * a type-7 quantile: x_⌊h⌋ when h = (n − 1)·p is whole, else x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋). It
 * depends on the one or two order statistics it is computed from; it is withheld when one of them is
 * a suppressed value (or equal to one: with ties the reader cannot tell which site's value it is).
 * A statistic computed only from shown values reveals nothing more than those values do. The
 * deviation of a group median from the overall median is withheld with either median; a recommended
 * target (the median of its basis) with that median. The number n is always shown.
 *
 * <p>Whether an input is suppressed is read from the published evaluation (which includes the
 * complementary suppressions); a value it does not hold (an operating year that is no calendar year)
 * is judged by the rules of {@link DisclosureControl}.
 */
final class Statistics {

    private final DisclosureControl control;
    private final Engine engine;
    private final Map<String, Value> published = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();

    Statistics(DisclosureControl control, Evaluation evaluation, Engine engine) {
        this.control = control;
        this.engine = engine;
        for (Evaluation.Row r : evaluation.rows()) {
            published.put(key(r.scope(), r.period(), r.indicator().id()), r.value());
        }
        engine.dataset().sites().forEach(s -> sites.put(s.id(), s));
    }

    private static String key(Scope scope, Period period, String indicator) {
        return scope.id() + '|' + period.first() + '|' + period.last() + '|' + indicator;
    }

    /** One input of a statistic: its exact value and whether a published output withholds it. */
    private record Input(BigDecimal value, boolean hidden) {}

    Findings apply(Findings f) {
        return new Findings(
                f.asOf(),
                f.year(),
                f.sitesOfYear(),
                f.development(),
                f.checks(),
                f.challenges(),
                f.followUps(),
                f.measureFollowUps(),
                f.supportNeeds(),
                approaches(f),
                transfer(f),
                f.exchangeYear(),
                f.exchangeAllTime(),
                f.dataQuality());
    }

    // ------------------------------------------------------------------ approaches (spec 03 §5)

    private Approaches approaches(Findings f) {
        Period year = f.year();
        Map<String, Value> overallMedians = new HashMap<>();
        List<KeyIndicatorSummary> overall = new ArrayList<>();
        for (KeyIndicatorSummary k : f.approaches().overall()) {
            Summary s = protect(k.summary(), inputs(f.sitesOfYear(), year, null, k.indicator()));
            overall.add(new KeyIndicatorSummary(k.indicator(), s));
            overallMedians.put(k.indicator(), s.median());
        }
        List<ApproachGroup> groups = new ArrayList<>();
        for (ApproachGroup g : f.approaches().groups()) {
            List<GroupIndicator> indicators = new ArrayList<>();
            for (GroupIndicator gi : g.indicators()) {
                Summary s = protect(gi.summary(), inputs(g.siteIds(), year, null, gi.indicator()));
                Value overallMedian = overallMedians.getOrDefault(gi.indicator(), gi.overallMedian());
                Value deviation = gi.deviation().isDefined()
                                && (DisclosureControl.isSuppressed(s.median())
                                        || DisclosureControl.isSuppressed(overallMedian))
                        ? control.suppressed()
                        : gi.deviation();
                indicators.add(new GroupIndicator(gi.indicator(), s, overallMedian, deviation, gi.standing()));
            }
            groups.add(new ApproachGroup(g.dimension(), g.value(), g.siteIds(), indicators));
        }
        return new Approaches(overall, groups);
    }

    // ------------------------------------------------------------------ transfer (spec 03 §6)

    private List<TransferYear> transfer(Findings f) {
        List<TransferYear> years = new ArrayList<>();
        for (TransferYear ty : f.transfer()) {
            List<TransferIndicator> indicators = new ArrayList<>();
            for (TransferIndicator ti : ty.indicators()) {
                List<Input> all = inputs(ty.siteIds(), null, ty.k(), ti.indicator());
                Summary s = protect(ti.summary(), all);
                List<RecommendedTarget> recommendations = new ArrayList<>();
                for (RecommendedTarget rt : ti.recommendations()) {
                    List<String> basis = rt.basis() == TargetBasis.ALL_SITES
                            ? ty.siteIds()
                            : ty.siteIds().stream()
                                    .filter(id -> sites.get(id) != null
                                            && sites.get(id).carrierType() == rt.carrierType())
                                    .toList();
                    List<Input> in = inputs(basis, null, ty.k(), ti.indicator());
                    recommendations.add(
                            !rt.suppressed() && quantileHidden(sorted(in), new BigDecimal("0.5")) ? rt.withheld() : rt);
                }
                indicators.add(new TransferIndicator(ti.indicator(), s, recommendations));
            }
            years.add(new TransferYear(ty.k(), ty.siteIds(), indicators));
        }
        return years;
    }

    // ------------------------------------------------------------------ inputs and order statistics

    /**
     * Returns the defined values of {@code indicator} of the sites: in {@code year}, or (year null) in
     * their operating year {@code k}.
     */
    private List<Input> inputs(List<String> siteIds, Period year, Integer k, String indicator) {
        List<Input> list = new ArrayList<>();
        for (String id : siteIds) {
            Scope scope = Scope.site(id);
            Period period;
            Period previous;
            if (year != null) {
                period = year;
                previous = year.previous();
            } else {
                Site site = sites.get(id);
                if (site == null || site.start() == null) {
                    continue;
                }
                OperatingYear oy = OperatingYear.of(site.start(), k);
                period = oy.period();
                previous = oy.previous();
            }
            Value raw = engine.value(scope, period, previous, indicator);
            if (!(raw instanceof Value.Defined d)) {
                continue;
            }
            // withheld in the published evaluation (also by complementary suppression), or by the rules
            // (an operating year that is no calendar year is in no evaluation)
            boolean hidden = DisclosureControl.isSuppressed(published.get(key(scope, period, indicator)))
                    || DisclosureControl.isSuppressed(control.apply(scope, period, previous, indicator, raw, engine));
            list.add(new Input(d.number(), hidden));
        }
        return list;
    }

    private static List<Input> sorted(List<Input> inputs) {
        List<Input> xs = new ArrayList<>(inputs);
        xs.sort(Comparator.comparing(Input::value));
        return xs;
    }

    /** Returns {@code summary} with each statistic that depends on a hidden input withheld. */
    private Summary protect(Summary summary, List<Input> inputs) {
        List<Input> xs = sorted(inputs);
        if (xs.isEmpty() || xs.stream().noneMatch(Input::hidden)) {
            return summary;
        }
        return new Summary(
                summary.n(),
                hide(summary.min(), hidden(xs, 0)),
                hide(summary.q1(), quantileHidden(xs, new BigDecimal("0.25"))),
                hide(summary.median(), quantileHidden(xs, new BigDecimal("0.5"))),
                hide(summary.q3(), quantileHidden(xs, new BigDecimal("0.75"))),
                hide(summary.max(), hidden(xs, xs.size() - 1)));
    }

    private Value hide(Value v, boolean hidden) {
        return hidden && v.isDefined() ? control.suppressed() : v;
    }

    /** Whether the type-7 quantile p of sorted {@code xs} is computed from a hidden value. */
    private static boolean quantileHidden(List<Input> xs, BigDecimal p) {
        if (xs.isEmpty()) {
            return false;
        }
        BigDecimal h = BigDecimal.valueOf(xs.size() - 1L).multiply(p);
        int lo = h.intValue();
        boolean whole = h.subtract(BigDecimal.valueOf(lo)).signum() == 0;
        return hidden(xs, lo) || !whole && hidden(xs, lo + 1);
    }

    /** Whether order statistic {@code j} is hidden, or equal to a hidden value. */
    private static boolean hidden(List<Input> xs, int j) {
        BigDecimal x = xs.get(j).value();
        return xs.stream().anyMatch(i -> i.hidden() && i.value().compareTo(x) == 0);
    }
}
