package org.hor.indicators.evaluation;

import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;

/**
 * One point of a site's series (spec 03 §1).
 *
 * @param period        the complete period
 * @param value         the indicator's value for the site in that period
 * @param activeDays    the days of the period on which the site was active
 * @param isShort       whether the site was active on fewer than half of the period's days
 * @param change        the value minus the previous point's value; undefined for the first point
 *                      ({@code NOT_APPLICABLE}) or when one of the two is undefined (its reason)
 * @param changePercent 100 × change / the previous value; undefined when the change is, or
 *                      ({@code NO_DENOMINATOR}) when the previous value is 0
 */
public record SeriesPoint(
        Period period, Value value, long activeDays, boolean isShort, Value change, Value changePercent) {

    /**
     * @throws NullPointerException if a component is null
     *
     * @param period the complete period
     * @param value the indicator's value for the site in that period
     * @param activeDays the days of the period on which the site was active
     * @param isShort whether the site was active on fewer than half of the period's days
     * @param change the value minus the previous point's value; undefined for the first point ({@code
     *               NOT_APPLICABLE}) or when one of the two is undefined (its reason)
     * @param changePercent 100 × change / the previous value; undefined when the change is, or ({@code
     *                      NO_DENOMINATOR}) when the previous value is 0
     */
    public SeriesPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(changePercent, "changePercent");
    }
}
