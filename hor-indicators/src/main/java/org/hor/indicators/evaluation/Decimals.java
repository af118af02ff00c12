package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;

/** Exact helpers for values and thresholds. */
final class Decimals {

    /** Fraction digits of derived quotients (percent changes, shares, density); half-even. */
    static final int SCALE = 10;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    /** Returns 100 × {@code numerator} / {@code denominator}, undefined ({@code NO_DENOMINATOR}) for 0. */
    static Value percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Value.undefined(Reason.NO_DENOMINATOR);
        }
        return Value.of(strip(numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_EVEN)));
    }

    static Value percent(long numerator, long denominator) {
        return percent(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** Returns {@code numerator} / {@code denominator}, undefined ({@code NO_DENOMINATOR}) for 0. */
    static Value ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return Value.undefined(Reason.NO_DENOMINATOR);
        }
        return Value.of(strip(
                BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_EVEN)));
    }

    /** Returns whether {@code value} is defined and &lt; {@code threshold}. */
    static boolean lessThan(Value value, BigDecimal threshold) {
        return value.asNumber().map(n -> n.compareTo(threshold) < 0).orElse(false);
    }

    /** Returns whether {@code value} is defined and &gt; {@code threshold}. */
    static boolean greaterThan(Value value, BigDecimal threshold) {
        return value.asNumber().map(n -> n.compareTo(threshold) > 0).orElse(false);
    }

    /** Returns whether {@code value} is defined and ≥ {@code threshold}. */
    static boolean atLeast(Value value, BigDecimal threshold) {
        return value.asNumber().map(n -> n.compareTo(threshold) >= 0).orElse(false);
    }

    /** Returns whether {@code value} is defined and = {@code number} (numerically). */
    static boolean equalTo(Value value, BigDecimal number) {
        return value.asNumber().map(n -> n.compareTo(number) == 0).orElse(false);
    }

    /** Removes trailing zeros without switching to exponent notation for integers. */
    static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
