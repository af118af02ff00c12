package org.hor.core.sample;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The scale and seed of a generated sample (see {@link SampleGenerator}). Immutable; change one
 * parameter with the {@code with…} methods, e.g.
 * {@code SampleParameters.defaults().withSites(400).withDeliveries(20_000_000)}.
 *
 * @param sites         the number of sites (1 to 10 000); ids {@code S-01} … in site order
 * @param organisations the number of organisations (at least 1)
 * @param deliveries    the exact number of deliveries (at least 0)
 * @param firstYear     the year the programme starts (the first sites start on 1 January of it)
 * @param asOf          the day the data was extracted: nothing is dated after it
 * @param seed          the seed of the pseudo-random generator: the same parameters give the same data
 */
public record SampleParameters(int sites, int organisations, int deliveries, int firstYear, LocalDate asOf, long seed) {

    /** The largest number of sites. */
    public static final int MAX_SITES = 10_000;
    /** The earliest first year. */
    public static final int MIN_FIRST_YEAR = 1900;
    /** The largest number of years from {@code firstYear} to the year of {@code asOf}, inclusive. */
    public static final int MAX_YEARS = 60;

    /**
     * Checks the parameters.
     *
     * @param sites the number of sites (1 to 10 000); ids {@code S-01} … in site order
     * @param organisations the number of organisations (at least 1)
     * @param deliveries the exact number of deliveries (at least 0)
     * @param firstYear the year the programme starts (the first sites start on 1 January of it)
     * @param asOf the day the data was extracted: nothing is dated after it
     * @param seed the seed of the pseudo-random generator: the same parameters give the same data
     * @throws NullPointerException     if {@code asOf} is null
     * @throws IllegalArgumentException if {@code sites} is not from 1 to {@value #MAX_SITES},
     *                                  {@code organisations} is below 1, {@code deliveries} is negative,
     *                                  {@code firstYear} is before {@value #MIN_FIRST_YEAR} or after the
     *                                  year of {@code asOf}, or the years span more than {@value #MAX_YEARS}
     */
    public SampleParameters {
        Objects.requireNonNull(asOf, "asOf");
        if (sites < 1) {
            throw new IllegalArgumentException("sites must be at least 1: " + sites);
        }
        if (sites > MAX_SITES) {
            throw new IllegalArgumentException("sites must be at most " + MAX_SITES + ": " + sites);
        }
        if (organisations < 1) {
            throw new IllegalArgumentException("organisations must be at least 1: " + organisations);
        }
        if (deliveries < 0) {
            throw new IllegalArgumentException("deliveries must not be negative: " + deliveries);
        }
        if (firstYear < MIN_FIRST_YEAR) {
            throw new IllegalArgumentException("firstYear must be at least " + MIN_FIRST_YEAR + ": " + firstYear);
        }
        if (firstYear > asOf.getYear()) {
            throw new IllegalArgumentException(
                    "firstYear must not be after the year of asOf (" + asOf.getYear() + "): " + firstYear);
        }
        if (asOf.getYear() - firstYear + 1 > MAX_YEARS) {
            throw new IllegalArgumentException("the years from firstYear to asOf must be at most " + MAX_YEARS + ": "
                    + firstYear + " to " + asOf.getYear());
        }
    }

    /**
     * {@return the embedded default: 12 sites, 600 organisations, 30 000 deliveries from 2016 to
     * {@code asOf} 2025-12-31, seed 2016} Its evaluation year is 2025.
     */
    public static SampleParameters defaults() {
        return new SampleParameters(12, 600, 30_000, 2016, LocalDate.of(2025, 12, 31), 2016);
    }

    /**
     * {@return the evaluation year of spec 03 for this {@code asOf}: the latest calendar year whose
     * last day is on or before {@code asOf}}
     */
    public int evaluationYear() {
        return asOf.getMonthValue() == 12 && asOf.getDayOfMonth() == 31 ? asOf.getYear() : asOf.getYear() - 1;
    }

    /**
     * {@return these parameters with another number of sites}
     *
     * @param sites the number of sites (1 to 10 000); ids {@code S-01} … in site order
     * @throws IllegalArgumentException if {@code sites} is not from 1 to {@value #MAX_SITES}
     */
    public SampleParameters withSites(int sites) {
        return new SampleParameters(sites, organisations, deliveries, firstYear, asOf, seed);
    }

    /**
     * {@return these parameters with another number of organisations}
     *
     * @param organisations the number of organisations (at least 1)
     * @throws IllegalArgumentException if {@code organisations} is below 1
     */
    public SampleParameters withOrganisations(int organisations) {
        return new SampleParameters(sites, organisations, deliveries, firstYear, asOf, seed);
    }

    /**
     * {@return these parameters with another number of deliveries}
     *
     * @param deliveries the exact number of deliveries (at least 0)
     * @throws IllegalArgumentException if {@code deliveries} is negative
     */
    public SampleParameters withDeliveries(int deliveries) {
        return new SampleParameters(sites, organisations, deliveries, firstYear, asOf, seed);
    }

    /**
     * {@return these parameters with another first year}
     *
     * @param firstYear the year the programme starts (the first sites start on 1 January of it)
     * @throws IllegalArgumentException if {@code firstYear} is before {@value #MIN_FIRST_YEAR}, after the
     *                                  year of {@code asOf}, or more than {@value #MAX_YEARS} years before it
     */
    public SampleParameters withFirstYear(int firstYear) {
        return new SampleParameters(sites, organisations, deliveries, firstYear, asOf, seed);
    }

    /**
     * {@return these parameters with another extraction day}
     *
     * @param asOf the day the data was extracted: nothing is dated after it
     * @throws NullPointerException     if {@code asOf} is null
     * @throws IllegalArgumentException if {@code firstYear} would lie after the year of {@code asOf}, or
     *                                  more than {@value #MAX_YEARS} years before it
     */
    public SampleParameters withAsOf(LocalDate asOf) {
        return new SampleParameters(sites, organisations, deliveries, firstYear, asOf, seed);
    }

    /**
     * {@return these parameters with another seed}
     *
     * @param seed the seed of the pseudo-random generator: the same parameters give the same data
     */
    public SampleParameters withSeed(long seed) {
        return new SampleParameters(sites, organisations, deliveries, firstYear, asOf, seed);
    }
}
