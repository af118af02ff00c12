package org.hor.examples;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hor.core.model.Delivery;
import org.hor.core.model.Organisation;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Level;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/**
 * {@code example.newcomer-organisations.share}: among the organisations reached, Orgs(S,p), that
 * state a {@code founded} year, 100 × the share founded at most 3 years before the period
 * ({@code founded ≥ year(first(p)) − 3}). {@link Reason#NO_DATA} when no reached organisation
 * states a founded year. Computed with {@link Value#share}.
 */
public final class NewcomerOrganisationsShare implements Indicator {

    /** How many years before the period a newcomer may have been founded. */
    public static final int YEARS = 3;

    /** The definition. */
    public static final IndicatorDefinition DEFINITION = IndicatorDefinition.builder(
                    "example.newcomer-organisations.share")
            .label("Anteil junger Organisationen", "Newcomer organisations")
            .definition(
                    "Anteil der erreichten Organisationen mit Gründungsjahr, die höchstens drei Jahre vor dem "
                            + "Zeitraum gegründet wurden.",
                    "Share of the organisations reached with a founding year that were founded at most three years "
                            + "before the period.")
            .unit("percent")
            .level(Level.OUTPUT)
            .accrual(Accrual.LEVEL)
            .numberStyle(NumberStyle.DECIMAL)
            .build();

    /** Creates the indicator. */
    public NewcomerOrganisationsShare() {}

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Result compute(EvaluationContext ctx, Scope scope, Period period) {
        Set<String> reached = new HashSet<>();
        for (Site site : ctx.sites(scope)) {
            for (Delivery d : ctx.deliveries(site.id(), period.first(), period.last())) {
                reached.add(d.organisationId());
            }
        }
        Map<String, Organisation> orgs = new HashMap<>();
        for (Organisation o : ctx.dataset().organisations()) {
            orgs.put(o.id(), o);
        }
        int earliest = period.first().getYear() - YEARS;
        long withYear = 0;
        long newcomers = 0;
        for (String id : reached) {
            Integer founded = orgs.get(id).founded();
            if (founded != null) {
                withYear++;
                if (founded >= earliest) {
                    newcomers++;
                }
            }
        }
        if (withYear == 0) {
            return Result.of(Value.undefined(Reason.NO_DATA));
        }
        return Result.of(Value.share(newcomers, withYear));
    }
}
