package org.hor.indicators.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/**
 * What a {@link ChallengeRule} sees when it is evaluated at one site.
 *
 * @param dataset the dataset
 * @param site    the site (a site of Y)
 * @param year    the evaluation year Y (a complete calendar year)
 * @param source  the indicator values
 */
record RuleContext(Dataset dataset, Site site, Period year, IndicatorSource source) {

    /** @throws NullPointerException if a component is null */
    public RuleContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
    }

    /** {@return the dataset's {@code asOf}} */
    public LocalDate asOf() {
        return dataset.asOf();
    }

    /** {@return the calendar year {@code yearsBefore} years before Y (0 is Y itself)} */
    public Period yearBefore(int yearsBefore) {
        return Period.year(year.first().getYear() - yearsBefore);
    }

    /** {@return the value of {@code indicator} for the site in {@code period}} */
    public Value value(String indicator, Period period) {
        return source.value(Scope.site(site.id()), period, indicator);
    }

    /** {@return the breakdown part {@code category} of {@code indicator} for the site in {@code period}} */
    public Value part(String indicator, Period period, String category) {
        return source.part(Scope.site(site.id()), period, indicator, category);
    }
}
