package org.hor.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hor.core.model.CarrierType;
import org.hor.core.model.Coverage;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.indicators.internal.Kernels;

/**
 * What an evaluation covers: the scopes that exist and the periods a scope gets, as
 * {@link Engine#scopes} and {@link Engine#periods} describe them.
 */
final class ScopesAndPeriods {

    private ScopesAndPeriods() {}

    /** {@return the scopes of {@code kinds} that exist among {@code sites}, in output order} */
    static List<Scope> scopes(List<Site> sites, Set<ScopeKind> kinds) {
        List<Scope> scopes = new ArrayList<>();
        for (ScopeKind kind : EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(ScopeKind.class) : kinds)) {
            switch (kind) {
                case SITE -> sites.stream().map(Site::id).sorted().forEach(id -> scopes.add(Scope.site(id)));
                case CARRIER_TYPE -> {
                    for (CarrierType c : CarrierType.values()) {
                        if (sites.stream().anyMatch(s -> s.carrierType() == c)) {
                            scopes.add(new Scope(kind, c.name()));
                        }
                    }
                }
                case COVERAGE -> {
                    for (Coverage c : Coverage.values()) {
                        if (sites.stream().anyMatch(s -> s.coverage() == c)) {
                            scopes.add(new Scope(kind, c.name()));
                        }
                    }
                }
                case STATE ->
                    sites.stream()
                            .map(Site::state)
                            .filter(Objects::nonNull)
                            .distinct()
                            .sorted()
                            .forEach(code -> scopes.add(new Scope(kind, code)));
                case PROGRAMME -> scopes.add(Scope.PROGRAMME);
            }
        }
        return List.copyOf(scopes);
    }

    /**
     * {@return the periods {@code scope} gets under {@code options} as of {@code asOf}, in output order}
     *
     * @throws IllegalArgumentException if no site belongs to the scope
     */
    static List<Period> periods(
            Kernels kernels, SiteTargets targets, LocalDate asOf, Scope scope, EvaluationOptions options) {
        int[] sites = kernels.sites(scope).sites();
        LocalDate earliest = null;
        for (int s : sites) {
            LocalDate start = kernels.index().site(s).start();
            earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
        }
        TreeSet<Period> periods = new TreeSet<>(Period.ORDER);
        for (PeriodType type : EnumSet.copyOf(options.periodTypes())) {
            if (earliest.isAfter(asOf)) {
                break;
            }
            for (Period p = Period.containing(type, earliest); !p.isFuture(asOf); p = next(p)) {
                if (options.keeps(p) && kernels.active(scope, p)) {
                    periods.add(p);
                }
            }
        }
        if (scope.kind() == ScopeKind.SITE) {
            for (var t : targets.of(scope.value())) {
                Period p = Period.parse(t.period());
                if (!p.isFuture(asOf) && options.keeps(p)) {
                    periods.add(p);
                }
            }
        }
        return List.copyOf(periods);
    }

    private static Period next(Period p) {
        return Period.containing(p.type(), p.last().plusDays(1));
    }
}
