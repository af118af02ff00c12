package org.hor.indicators.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Quotients for shares, means and ratios. A quotient is exact when it terminates within 50
 * significant digits, else rounded half-even to 50 significant digits: for all inputs within the
 * format's limits (counts, hours with at most 6 and money with 2 fraction digits) that rounds to the
 * same 6-digit output as the exact rational and decides every threshold comparison as the exact
 * value would (a non-terminating quotient n/d never lies closer than 1/(d·10^k) to a decimal with k
 * digits, far more than 10^-39).
 */
public final class Ratios {
    /** The precision of non-terminating quotients. */
    public static final MathContext QUOTIENT = new MathContext(50, RoundingMode.HALF_EVEN);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** Returns {@code a / b}; {@code b} must not be 0. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, QUOTIENT);
        return q.signum() == 0 ? BigDecimal.ZERO : q;
    }

    /** Returns the share {@code 100 × numerator / denominator}; {@code denominator} must not be 0. */
    public static BigDecimal share(BigDecimal numerator, BigDecimal denominator) {
        return divide(HUNDRED.multiply(numerator), denominator);
    }

    /** Returns the share {@code 100 × numerator / denominator}; {@code denominator} must not be 0. */
    public static BigDecimal share(long numerator, long denominator) {
        return share(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
