package org.hor.indicators.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.model.Site;

/**
 * Operating year k of a site (spec 03 §6): the custom range from {@code start} plus k−1 years to
 * the day before {@code start} plus k years ({@link LocalDate#plusYears} semantics: 29 February
 * becomes 28 February where needed). Its previous period is operating year k−1; for k = 1 the range
 * of the same length ending the day before {@code start}. Ask the {@link IndicatorSource} with
 * {@link IndicatorSource#value(org.hor.core.spi.Scope, Period, Period, String)} and {@link #previous()}.
 *
 * @param k        the year, from 1
 * @param period   its days
 * @param previous its previous period
 */
public record OperatingYear(int k, Period period, Period previous) {

    /**
     * @throws IllegalArgumentException if k &lt; 1
     *
     * @param k the year, from 1
     * @param period its days
     * @param previous its previous period
     */
    public OperatingYear {
        if (k < 1) {
            throw new IllegalArgumentException("an operating year is numbered from 1: " + k);
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(previous, "previous");
    }

    /**
     * {@return operating year {@code k} of a site that started on {@code start}}
     *
     * @param start the site's start
     * @param k the year, from 1
     * @throws IllegalArgumentException if k &lt; 1
     */
    public static OperatingYear of(LocalDate start, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("an operating year is numbered from 1: " + k);
        }
        Period period = range(start, k);
        Period previous = k == 1 ? period.previous() : range(start, k - 1);
        return new OperatingYear(k, period, previous);
    }

    private static Period range(LocalDate start, int k) {
        return Period.range(start.plusYears(k - 1L), start.plusYears(k).minusDays(1));
    }

    /**
     * {@return whether this year is complete for {@code site}: its last day is ≤ {@code asOf} and ≤ the site's end}
     *
     * @param site the site
     * @param asOf the dataset's {@code asOf}
     */
    public boolean isCompleteFor(Site site, LocalDate asOf) {
        return !period.last().isAfter(asOf)
                && (site.end() == null || !period.last().isAfter(site.end()));
    }
}
