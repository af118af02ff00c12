package org.hor.core.model;

/**
 * The types of {@link Period}; declaration order is the order in which periods with the same first
 * day are listed (spec 02: year, half-year, quarter, month, custom).
 */
public enum PeriodType {
    /** A calendar year, code {@code 2024}. */
    YEAR,
    /** A calendar half-year, code {@code 2024-H1}. */
    HALF_YEAR,
    /** A calendar quarter, code {@code 2024-Q1}. */
    QUARTER,
    /** A calendar month, code {@code 2024-05}. */
    MONTH,
    /** A custom range of days, both inclusive, code {@code 2019-03-01..2020-02-29}. */
    CUSTOM
}
