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

    /** Returns the sum as a decimal with {@code scale} fraction digits (the unscaled value is the sum). */
    BigDecimal toDecimal(int scale) {
        BigInteger total = BigInteger.valueOf(small);
        if (spill != null) {
            total = total.add(spill);
        }
        return new BigDecimal(total, scale);
    }
}
