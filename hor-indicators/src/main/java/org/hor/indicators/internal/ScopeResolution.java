package org.hor.indicators.internal;

import org.hor.core.model.Site;
import org.hor.core.spi.Scope;

/** Resolves a scope to its sites in an index: the one place that says which sites a group scope holds. */
final class ScopeResolution {

    private ScopeResolution() {}

    /**
     * Returns the sites of {@code scope} in {@code ix}.
     *
     * @throws IllegalArgumentException if no site belongs to the scope
     */
    static ScopeSites resolve(DatasetIndex ix, Scope scope) {
        int ns = ix.sites.length;
        boolean[] mask = new boolean[ns];
        for (int s = 0; s < ns; s++) {
            Site site = ix.sites[s];
            mask[s] = switch (scope.kind()) {
                case SITE -> site.id().equals(scope.value());
                case CARRIER_TYPE -> name(site.carrierType()).equals(scope.value());
                case COVERAGE -> name(site.coverage()).equals(scope.value());
                case STATE -> scope.value().equals(site.state());
                case PROGRAMME -> true;
            };
        }
        int[] sites =
                java.util.stream.IntStream.range(0, ns).filter(s -> mask[s]).toArray();
        if (sites.length == 0) {
            throw new IllegalArgumentException("no site belongs to scope " + scope.id());
        }
        return new ScopeSites(scope, sites, mask);
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }
}
