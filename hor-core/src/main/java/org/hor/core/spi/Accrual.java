package org.hor.core.spi;

/** How an indicator behaves with the length of a period (spec 02). */
public enum Accrual {
    /** It grows with the length of the period: counts and sums. */
    CUMULATIVE,
    /** It does not: shares, means, ratios, stocks. */
    LEVEL
}
