package org.hor.indicators.disclosure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorProvider;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.standard.StandardCatalogue;

/**
 * Looks up, through the engine's public API, the count that decides whether a value is suppressed
 * (see the table in {@link DisclosureControl}); remembers each count it asked for, so one pass over
 * an evaluation asks the engine once per scope, period and count. Not thread-safe; one per call.
 */
final class Denominators {
    static final String REACH = "reach.organisations";
    static final String REACH_NEW = "reach.organisations.new";
    static final String GRANTS = "grants.count";
    static final String COOPERATIONS = "cooperations.active";

    private record Key(Scope scope, Period period, String indicatorId) {
    }

    private final Engine engine;
    private final Set<String> standardIds = new HashSet<>();
    private final Map<Key, Value> counts = new HashMap<>();

    Denominators(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        for (IndicatorProvider p : engine.providers()) {
            if (StandardCatalogue.ID.equals(p.id())) {
                p.indicators().forEach(i -> standardIds.add(i.definition().id()));
            }
        }
    }

    /** Returns whether {@code indicatorId} is a standard indicator of the engine's catalogue. */
    boolean standard(String indicatorId) {
        return standardIds.contains(indicatorId);
    }

    /** Returns whether the indicator is one of the two reach counts, suppressed by their own size. */
    static boolean isReachCount(String indicatorId) {
        return indicatorId.equals(REACH) || indicatorId.equals(REACH_NEW);
    }

    /**
     * Returns the count that decides over indicator {@code indicatorId} for {@code scope} and
     * {@code period} with previous period {@code previous}, or null when the spec names no rule for
     * it (the reach counts themselves, which decide by their own size, return null too).
     */
    Value count(Scope scope, Period period, Period previous, String indicatorId) {
        if (!standard(indicatorId)) {
            return null;
        }
        return switch (indicatorId) {
            case "reach.migrant-led.share", "offers.multi-use.share", "cost.per-organisation" ->
                    lookup(scope, period, REACH);
            case "retention.share" -> lookup(scope, previous, REACH);
            case "grants.amount", "grants.amount.mean", "grants.first-time.share", "grants.top-recipient.share" ->
                    lookup(scope, period, GRANTS);
            case "cooperations.formal.share" -> lookup(scope, period, COOPERATIONS);
            case "outcomes.organisations.share" -> lookup(scope, window(period), REACH);
            default -> null;
        };
    }

    /** Returns W(p): the custom range from ref(p) minus 2 years plus 1 day to ref(p). */
    Period window(Period period) {
        LocalDate ref = period.referenceDay(engine.dataset().asOf());
        return Period.range(ref.minusYears(2).plusDays(1), ref);
    }

    private Value lookup(Scope scope, Period period, String indicatorId) {
        return counts.computeIfAbsent(new Key(scope, period, indicatorId),
                key -> engine.value(key.scope(), key.period(), key.indicatorId()));
    }
}
