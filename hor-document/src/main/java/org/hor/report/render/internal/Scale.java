package org.hor.report.render.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten), always
 * including zero so bar lengths stay honest. Tick values are exact; only the mapping to drawing
 * coordinates uses {@code double}.
 */
final class Scale {

    private static final BigDecimal[] NICE = {
        BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("2.5"), new BigDecimal("5"), BigDecimal.TEN
    };

    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;

    private Scale(BigDecimal min, BigDecimal max, BigDecimal step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /** Returns a scale covering {@code lo}, {@code hi} and zero with about five steps. */
    static Scale covering(BigDecimal lo, BigDecimal hi) {
        BigDecimal low = lo.min(BigDecimal.ZERO);
        BigDecimal high = hi.max(BigDecimal.ZERO);
        if (low.compareTo(high) == 0) {
            high = low.add(BigDecimal.ONE);
        }
        BigDecimal raw = high.subtract(low).divide(BigDecimal.valueOf(5), MathContext.DECIMAL64);
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal normalised = raw.divide(magnitude, MathContext.DECIMAL64);
        BigDecimal factor = NICE[NICE.length - 1];
        for (BigDecimal n : NICE) {
            if (n.compareTo(normalised) >= 0) {
                factor = n;
                break;
            }
        }
        BigDecimal step = factor.multiply(magnitude).stripTrailingZeros();
        BigDecimal niceLow = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal niceHigh = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Scale(niceLow, niceHigh, step);
    }

    /** Returns where {@code value} lies between the axis ends, 0 at the bottom and 1 at the top. */
    double fraction(BigDecimal value) {
        return value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
    }

    /** Returns the tick values from the lower to the upper end. */
    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }

    /** Returns the fraction digits the tick labels need. */
    int tickDecimals() {
        return Math.max(0, step.stripTrailingZeros().scale());
    }

    /** Returns the lower end. */
    BigDecimal min() {
        return min;
    }

    /** Returns the upper end. */
    BigDecimal max() {
        return max;
    }
}
