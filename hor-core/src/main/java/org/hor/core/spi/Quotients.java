package org.hor.core.spi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The quotients of {@link Value#share}, {@link Value#mean} and {@link Value#ratio}: the same
 * arithmetic as the standard indicators' shares, means and ratios (exact when the quotient
 * terminates within 50 significant digits, else rounded half-even to 50 significant digits; a zero
 * quotient is {@link BigDecimal#ZERO}).
 */
final class Quotients {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext QUOTIENT = new MathContext(50, RoundingMode.HALF_EVEN);

    private Quotients() {}

    /** Returns {@code a / b}; {@code b} must not be 0. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, QUOTIENT);
        return q.signum() == 0 ? BigDecimal.ZERO : q;
    }
}
