package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.model.SupportAction;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/** Spec 03 §2–§4: challenges with measures and peers, follow-up, programme-wide support needs. */
final class SupportAnalysis {

    private SupportAnalysis() {}

    static List<Challenge> challenges(YearChecks checks, IndicatorSource source, int maxPeers) {
        List<Challenge> list = new ArrayList<>();
        for (Site site : checks.sites()) {
            for (Rule rule : checks.rules()) {
                RuleResult r = checks.result(site.id(), rule).orElseThrow();
                for (RuleHit hit : r.hits()) {
                    List<Peer> peers = peers(checks, source, site, rule, hit.indicator(), maxPeers);
                    list.add(new Challenge(
                            site.id(),
                            rule,
                            checks.year(),
                            hit.indicator(),
                            hit.period(),
                            hit.evidence(),
                            hit.targetStatus(),
                            SupportMeasure.answering(rule),
                            peers));
                }
            }
        }
        return list;
    }

    /**
     * Peer sites (spec 03 §3): sites of Y other than {@code site} at which {@code rule} was evaluable
     * and did not fire and whose {@code indicator} (Y) is defined; same carrier type first, then the
     * indicator best first by its direction, then site id.
     */
    static List<Peer> peers(
            YearChecks checks, IndicatorSource source, Site site, Rule rule, String indicator, int maxPeers) {
        Direction direction = source.direction(indicator);
        List<Peer> candidates = new ArrayList<>();
        for (Site other : checks.sites()) {
            if (other.id().equals(site.id())) {
                continue;
            }
            Optional<RuleResult> r = checks.result(other.id(), rule);
            if (r.isEmpty() || !r.get().evaluable() || r.get().fired()) {
                continue;
            }
            Value v = source.value(Scope.site(other.id()), checks.year(), indicator);
            if (!v.isDefined()) {
                continue;
            }
            CarrierType type = other.carrierType();
            candidates.add(new Peer(other.id(), type, type != null && type == site.carrierType(), v));
        }
        Comparator<BigDecimal> best =
                direction == Direction.DOWN ? Comparator.naturalOrder() : Comparator.reverseOrder();
        candidates.sort(Comparator.comparing((Peer p) -> !p.sameCarrierType())
                .thenComparing(p -> p.value().asNumber().orElseThrow(), best)
                .thenComparing(Peer::siteId));
        return List.copyOf(candidates.subList(0, Math.min(maxPeers, candidates.size())));
    }

    /** Follow-ups of the challenges of Y−1 answered with support (spec 03 §3). */
    static List<FollowUp> followUps(YearChecks before, YearChecks now, List<SupportAction> actions, LocalDate asOf) {
        List<FollowUp> list = new ArrayList<>();
        Period window = Period.range(before.year().first(), now.year().referenceDay(asOf));
        for (Site site : before.sites()) {
            for (Rule rule : before.rules()) {
                if (!before.result(site.id(), rule).orElseThrow().fired()) {
                    continue;
                }
                List<SupportAction> used = actions.stream()
                        .filter(a -> site.id().equals(a.siteId()) && rule.id().equals(a.rule()))
                        .filter(a -> a.date() != null && window.contains(a.date()))
                        .sorted(Comparator.comparing(SupportAction::date).thenComparing(SupportAction::id))
                        .toList();
                if (used.isEmpty()) {
                    continue;
                }
                Optional<RuleResult> r = now.result(site.id(), rule);
                FollowUpState state = r.isEmpty() || !r.get().evaluable()
                        ? FollowUpState.OPEN
                        : r.get().fired() ? FollowUpState.PERSISTS : FollowUpState.RESOLVED;
                list.add(new FollowUp(
                        site.id(),
                        rule,
                        used.stream().map(SupportAction::id).toList(),
                        measures(used),
                        state,
                        r.map(RuleResult::evidence).orElse(List.of())));
            }
        }
        return list;
    }

    private static List<String> measures(List<SupportAction> actions) {
        List<String> list = new ArrayList<>();
        for (SupportMeasure m : SupportMeasure.values()) {
            if (actions.stream().anyMatch(a -> m.id().equals(a.measure()))) {
                list.add(m.id());
            }
        }
        TreeSet<String> others = new TreeSet<>();
        for (SupportAction a : actions) {
            if (a.measure() != null && SupportMeasure.byId(a.measure()).isEmpty()) {
                others.add(a.measure());
            }
        }
        list.addAll(others);
        return list;
    }

    /** One entry per catalogue measure: which support works. */
    static List<MeasureFollowUp> measureFollowUps(List<FollowUp> followUps) {
        List<MeasureFollowUp> list = new ArrayList<>();
        for (SupportMeasure m : SupportMeasure.values()) {
            int count = 0;
            int resolved = 0;
            int persists = 0;
            int open = 0;
            for (FollowUp f : followUps) {
                if (!f.measures().contains(m.id())) {
                    continue;
                }
                count++;
                switch (f.state()) {
                    case RESOLVED -> resolved++;
                    case PERSISTS -> persists++;
                    case OPEN -> open++;
                }
            }
            list.add(new MeasureFollowUp(
                    m.id(), count, resolved, persists, open, Decimals.percent(resolved, resolved + persists)));
        }
        return list;
    }

    /** Programme-wide support needs (spec 03 §4). */
    static List<SupportNeed> supportNeeds(YearChecks checks, BigDecimal percent, int minSites) {
        List<SupportNeed> list = new ArrayList<>();
        for (Rule rule : checks.rules()) {
            int evaluable = 0;
            List<String> fired = new ArrayList<>();
            for (Site site : checks.sites()) {
                RuleResult r = checks.result(site.id(), rule).orElseThrow();
                if (r.evaluable()) {
                    evaluable++;
                    if (r.fired()) {
                        fired.add(site.id());
                    }
                }
            }
            boolean need = fired.size() >= minSites
                    && fired.size() > 0
                    && BigDecimal.valueOf(fired.size())
                                    .multiply(Decimals.HUNDRED)
                                    .compareTo(percent.multiply(BigDecimal.valueOf(evaluable)))
                            >= 0;
            if (need) {
                list.add(new SupportNeed(
                        rule, evaluable, fired.size(), Decimals.percent(fired.size(), evaluable), fired));
            }
        }
        return list;
    }
}
