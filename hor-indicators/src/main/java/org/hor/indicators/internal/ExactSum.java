package org.hor.indicators.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact sum of scaled longs (hours in millionths, money in cents) that spills into a
 * {@link BigInteger} on overflow, so hot loops add primitives and the result is still exact.
 */
final class ExactSum {
    private long small;
    private BigInteger spill;

    void add(long v) {
        long r = small + v;
        if (((small ^ r) & (v ^ r)) < 0) {
            spill = (spill == null ? BigInteger.ZERO : spill).add(BigInteger.valueOf(small));
            small = v;
        } else {
            small = r;
        }
    }

    /** Returns whether the sum never left the range of a long, so {@link #small()} is the sum. */
    boolean fitsLong() {
        return spill == null;
    }

    /** Returns the sum when it {@link #fitsLong() fits a long}. */
    long small() {
        return small;
    }

    /** Returns the sum as a decimal with {@code scale} fraction digits (the unscaled value is the sum). */
    BigDecimal toDecimal(int scale) {
        BigInteger total = BigInteger.valueOf(small);
        if (spill != null) {
            total = total.add(spill);
        }
        return new BigDecimal(total, scale);
    }

    /**
     * Returns {@code value} in units of 10<sup>-scale</sup>, 0 for {@code null}.
     *
     * @throws IllegalArgumentException naming {@code what} when it has more fraction digits or does not fit a long
     */
    static long scaled(BigDecimal value, int scale, String what) {
        if (value == null) {
            return 0;
        }
        try {
            return value.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    what + " has more than " + scale + " fraction digits or is too large: " + value.toPlainString(), e);
        }
    }
}
