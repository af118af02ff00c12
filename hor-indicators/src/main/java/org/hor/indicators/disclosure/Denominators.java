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
import org.hor.indicators.DisclosureBasis;
import org.hor.indicators.Engine;
import org.hor.indicators.standard.Denominator;
import org.hor.indicators.standard.StandardCatalogue;

/**
 * Looks up, through the engine's public API, the count that decides whether a value is suppressed
 * (see the table in {@link DisclosureControl}; each standard indicator names its {@link Denominator});
 * remembers each count it asked for, so one pass over an evaluation asks the engine once per scope,
 * period and count. Not thread-safe; one per call.
 */
final class Denominators {
    private record Key(Scope scope, Period period, String indicatorId) {}

    private final Engine engine;
    private final Set<String> standardIds = new HashSet<>();
    private final Map<String, DisclosureBasis.Kind> declared = new HashMap<>();
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

    /**
     * Returns how a non-standard indicator declares itself ({@link DisclosureBasis}, as indicator files
     * do; {@code NONE} for the standard ones and for plugins that declare nothing).
     */
    DisclosureBasis.Kind declared(String indicatorId) {
        return standard(indicatorId)
                ? DisclosureBasis.Kind.NONE
                : declared.computeIfAbsent(indicatorId, engine::disclosure);
    }

    /** Returns whether a rule of disclosure control covers the indicator: a standard one or one that declares a basis. */
    boolean covered(String indicatorId) {
        return standard(indicatorId) || declared(indicatorId) != DisclosureBasis.Kind.NONE;
    }

    /**
     * Returns whether the indicator is a count of organisations that decides by its own size: the two
     * reach counts ({@link Denominator#OWN_SIZE} in the standard table), and the indicators that declare
     * {@link DisclosureBasis.Kind#OWN_SIZE} (an indicator file's {@code organisations} results).
     */
    boolean ownSize(String indicatorId) {
        return isReachCount(indicatorId) || declared(indicatorId) == DisclosureBasis.Kind.OWN_SIZE;
    }

    /**
     * Returns whether the indicator is a count of organisations that decides by its own size (the two
     * reach counts; {@link Denominator#OWN_SIZE} in the standard table).
     */
    static boolean isReachCount(String indicatorId) {
        return StandardCatalogue.denominator(indicatorId).orElse(Denominator.NONE) == Denominator.OWN_SIZE;
    }

    /**
     * Returns the count that decides over indicator {@code indicatorId} for {@code scope} and
     * {@code period} with previous period {@code previous}, or null when the spec names no rule for
     * it (the reach counts themselves, which decide by their own size, return null too).
     */
    Value count(Scope scope, Period period, Period previous, String indicatorId) {
        if (!standard(indicatorId)) {
            // an indicator that declares the organisations count its value rests on (spec 05: a share
            // or ratio over an organisations result, like a share of organisations)
            return declared(indicatorId) == DisclosureBasis.Kind.ORGANISATIONS
                    ? counts.computeIfAbsent(
                            new Key(scope, period, indicatorId),
                            key -> engine.disclosureCount(key.scope(), key.period(), key.indicatorId()))
                    : null;
        }
        // the standard table names each indicator's denominator (StandardIndicators)
        Denominator d = StandardCatalogue.denominator(indicatorId).orElse(Denominator.NONE);
        if (d.indicatorId() == null) {
            return null;
        }
        Period over = switch (d.over()) {
            case PERIOD -> period;
            case PREVIOUS -> previous;
            case WINDOW -> window(period);
        };
        return lookup(scope, over, d.indicatorId());
    }

    /** Returns W(p): the custom range from ref(p) minus 2 years plus 1 day to ref(p). */
    Period window(Period period) {
        LocalDate ref = period.referenceDay(engine.dataset().asOf());
        return Period.range(ref.minusYears(2).plusDays(1), ref);
    }

    private Value lookup(Scope scope, Period period, String indicatorId) {
        return counts.computeIfAbsent(
                new Key(scope, period, indicatorId), key -> engine.value(key.scope(), key.period(), key.indicatorId()));
    }
}
