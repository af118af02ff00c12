package org.hor.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.Target;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.internal.TargetMath;
import org.jspecify.annotations.Nullable;

/**
 * The engine's targets of the dataset by site, checked against the catalogue once: which site scope
 * has targets, the target of one indicator and period with its result, and a site's targets that are
 * due.
 */
final class SiteTargets {

    private final Map<String, List<Target>> bySite = new HashMap<>();

    /**
     * Groups the dataset's targets by site.
     *
     * @throws IllegalArgumentException if a target names an indicator the catalogue does not have, or
     *                                  its period does not parse
     */
    SiteTargets(Dataset dataset, Catalogue catalogue) {
        for (Target t : dataset.targets()) {
            if (catalogue.definition(t.indicator()).isEmpty()) {
                throw new IllegalArgumentException("the target of site " + t.siteId() + " for " + t.period()
                        + " names an indicator the catalogue does not have: " + t.indicator());
            }
            Period.parse(t.period());
            bySite.computeIfAbsent(t.siteId(), k -> new ArrayList<>()).add(t);
        }
    }

    /** Whether site scope {@code scope} has targets: looked up once per scope, as most sites have none. */
    boolean has(Scope scope) {
        return scope.kind() == ScopeKind.SITE && bySite.containsKey(scope.value());
    }

    /** {@return the targets of site {@code siteId} in dataset order, empty when it has none} */
    List<Target> of(String siteId) {
        return bySite.getOrDefault(siteId, List.of());
    }

    /**
     * {@return the result of the target of site {@code siteId} for {@code def} and {@code period} given
     * the indicator's {@code actual} value; null when the site has no such target}
     */
    @Nullable
    TargetResult result(String siteId, IndicatorDefinition def, Period period, Value actual, LocalDate asOf) {
        for (Target t : of(siteId)) {
            if (t.indicator().equals(def.id()) && Period.parse(t.period()).equals(period)) {
                return TargetMath.evaluate(siteId, def, period, t.value(), actual, asOf);
            }
        }
        return null;
    }

    /** {@return the targets of site {@code siteId} whose period is not future, by period then catalogue order} */
    List<Target> due(String siteId, LocalDate asOf, Catalogue catalogue) {
        List<Target> targets = new ArrayList<>(of(siteId));
        targets.removeIf(t -> Period.parse(t.period()).isFuture(asOf));
        targets.sort(Comparator.comparing((Target t) -> Period.parse(t.period()), Period.ORDER)
                .thenComparingInt(t -> catalogue.position(t.indicator())));
        return targets;
    }
}
