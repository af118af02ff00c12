package org.hor.indicators.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hor.core.model.Exchange;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;

/** Spec 03 §7: the site × site network of exchanges. */
final class ExchangeAnalysis {

    private ExchangeAnalysis() {}

    /**
     * Returns the network over {@code siteIds} of the exchanges dated in {@code period} ({@code null}:
     * all) that both sites of a pair attended.
     */
    static ExchangeNetwork network(List<String> siteIds, List<Exchange> exchanges, Period period) {
        Set<String> sites = new TreeSet<>(siteIds);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Exchange x : exchanges) {
            if (period != null && (x.date() == null || !period.contains(x.date()))) {
                continue;
            }
            List<String> attended = new ArrayList<>(new TreeSet<>(x.siteIds()));
            attended.retainAll(sites);
            for (int i = 0; i < attended.size(); i++) {
                for (int j = i + 1; j < attended.size(); j++) {
                    counts.computeIfAbsent(attended.get(i), a -> new TreeMap<>())
                            .merge(attended.get(j), 1, Integer::sum);
                }
            }
        }
        List<SitePair> pairs = new ArrayList<>();
        Set<String> met = new TreeSet<>();
        counts.forEach((a, row) -> row.forEach((b, n) -> {
            pairs.add(new SitePair(a, b, n));
            met.add(a);
            met.add(b);
        }));
        long n = sites.size();
        long allPairs = n * (n - 1) / 2;
        List<String> isolated = sites.stream().filter(s -> !met.contains(s)).toList();
        Value density = Decimals.ratio(pairs.size(), allPairs);
        return new ExchangeNetwork(period, List.copyOf(sites), pairs, allPairs, density, isolated);
    }
}
