package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/** Spec 03 §5: comparing the approaches. */
final class ApproachAnalysis {

    private ApproachAnalysis() {}

    static Approaches compare(List<Site> sitesOfYear, Period year, IndicatorSource source, AssessmentOptions options) {
        List<KeyIndicatorSummary> overall = new ArrayList<>();
        for (String indicator : options.keyIndicators()) {
            overall.add(new KeyIndicatorSummary(indicator, summary(sitesOfYear, year, source, indicator)));
        }
        List<ApproachGroup> groups = new ArrayList<>();
        for (CarrierType type : CarrierType.values()) {
            group(
                    groups,
                    ApproachDimension.CARRIER_TYPE,
                    type.name(),
                    sitesOfYear,
                    s -> s.carrierType() == type,
                    overall,
                    year,
                    source,
                    options);
        }
        for (Coverage coverage : Coverage.values()) {
            group(
                    groups,
                    ApproachDimension.COVERAGE,
                    coverage.name(),
                    sitesOfYear,
                    s -> s.coverage() == coverage,
                    overall,
                    year,
                    source,
                    options);
        }
        return new Approaches(overall, groups);
    }

    private static void group(
            List<ApproachGroup> groups,
            ApproachDimension dimension,
            String value,
            List<Site> sites,
            Function<Site, Boolean> member,
            List<KeyIndicatorSummary> overall,
            Period year,
            IndicatorSource source,
            AssessmentOptions options) {
        List<Site> inGroup = sites.stream().filter(member::apply).toList();
        if (inGroup.isEmpty()) {
            return;
        }
        List<GroupIndicator> indicators = new ArrayList<>();
        for (KeyIndicatorSummary all : overall) {
            Summary summary = summary(inGroup, year, source, all.indicator());
            indicators.add(standing(
                    all.indicator(),
                    summary,
                    all.summary().median(),
                    source.direction(all.indicator()),
                    options.approachMinSites(),
                    options.approachMarginPercent()));
        }
        groups.add(new ApproachGroup(
                dimension, value, inGroup.stream().map(Site::id).toList(), indicators));
    }

    private static Summary summary(List<Site> sites, Period year, IndicatorSource source, String indicator) {
        List<Value> values = new ArrayList<>();
        for (Site s : sites) {
            values.add(source.value(Scope.site(s.id()), year, indicator));
        }
        return Summary.of(values);
    }

    /**
     * A group's standing on one indicator: compared when the group's n ≥ {@code minSites} and the
     * overall median is defined and not 0; better (in the indicator's direction) by more than
     * {@code marginPercent} % of |overall median| is a strength, worse by more a weakness. Exact:
     * better × 100 &gt; margin × |overall|.
     */
    static GroupIndicator standing(
            String indicator,
            Summary group,
            Value overallMedian,
            Direction direction,
            int minSites,
            BigDecimal marginPercent) {
        boolean comparable = group.n() >= minSites
                && group.median().isDefined()
                && overallMedian.asNumber().map(m -> m.signum() != 0).orElse(false);
        if (!comparable) {
            return new GroupIndicator(
                    indicator,
                    group,
                    overallMedian,
                    Value.undefined(org.hor.core.spi.Reason.NOT_APPLICABLE),
                    Standing.NOT_COMPARED);
        }
        BigDecimal overall = overallMedian.asNumber().orElseThrow();
        BigDecimal median = group.median().asNumber().orElseThrow();
        BigDecimal difference = median.subtract(overall);
        BigDecimal better = direction == Direction.DOWN ? difference.negate() : difference;
        BigDecimal margin = marginPercent.multiply(overall.abs());
        BigDecimal scaled = better.multiply(Decimals.HUNDRED);
        Standing standing = scaled.compareTo(margin) > 0
                ? Standing.STRENGTH
                : scaled.compareTo(margin.negate()) < 0 ? Standing.WEAKNESS : Standing.WITHIN_MARGIN;
        return new GroupIndicator(
                indicator, group, overallMedian, Decimals.percent(difference, overall.abs()), standing);
    }
}
