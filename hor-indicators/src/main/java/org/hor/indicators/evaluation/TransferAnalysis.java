package org.hor.indicators.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/** Spec 03 §6: reference values per operating year and recommended targets for new sites. */
final class TransferAnalysis {

    private TransferAnalysis() {}

    /** Returns the complete operating years of {@code site}, from k = 1. */
    static List<OperatingYear> completeYears(Site site, LocalDate asOf) {
        List<OperatingYear> years = new ArrayList<>();
        if (site.start() == null) {
            return years;
        }
        for (int k = 1; ; k++) {
            OperatingYear y = OperatingYear.of(site.start(), k);
            if (!y.isCompleteFor(site, asOf)) {
                return years;
            }
            years.add(y);
        }
    }

    static List<TransferYear> transfer(
            List<Site> sitesById, LocalDate asOf, IndicatorSource source, AssessmentOptions options) {
        Map<Integer, Map<Site, OperatingYear>> byK = new TreeMap<>();
        for (Site site : sitesById) {
            for (OperatingYear y : completeYears(site, asOf)) {
                byK.computeIfAbsent(y.k(), k -> new LinkedHashMap<>()).put(site, y);
            }
        }
        List<TransferYear> years = new ArrayList<>();
        byK.forEach((k, sites) -> {
            List<TransferIndicator> indicators = new ArrayList<>();
            for (String indicator : options.keyIndicators()) {
                Map<Site, Value> values = new LinkedHashMap<>();
                sites.forEach((site, y) ->
                        values.put(site, source.value(Scope.site(site.id()), y.period(), y.previous(), indicator)));
                Summary all = Summary.of(values.values());
                indicators.add(new TransferIndicator(
                        indicator, all, recommendations(values, all, options.transferMinSites())));
            }
            years.add(new TransferYear(k, sites.keySet().stream().map(Site::id).toList(), indicators));
        });
        return years;
    }

    static List<RecommendedTarget> recommendations(Map<Site, Value> values, Summary all, int minSites) {
        List<RecommendedTarget> list = new ArrayList<>();
        for (CarrierType type : CarrierType.values()) {
            List<Value> ofType = values.entrySet().stream()
                    .filter(e -> e.getKey().carrierType() == type)
                    .map(Map.Entry::getValue)
                    .toList();
            Summary own = Summary.of(ofType);
            boolean byType = own.n() >= minSites;
            Summary basis = byType ? own : all;
            basis.median()
                    .asNumber()
                    .filter(m -> m.signum() != 0)
                    .ifPresent(m -> list.add(new RecommendedTarget(
                            type, byType ? TargetBasis.CARRIER_TYPE : TargetBasis.ALL_SITES, basis.n(), m)));
        }
        return list;
    }
}
