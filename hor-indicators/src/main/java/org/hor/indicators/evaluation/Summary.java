package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;

/**
 * Order statistics over the defined values of a set of sites (spec 03): quartiles and median
 * interpolate linearly between order statistics (R's type 7). Every statistic is undefined
 * ({@link Reason#NO_DATA}) when {@code n} is 0.
 *
 * @param n      the number of defined values
 * @param min    the minimum
 * @param q1     the first quartile
 * @param median the median
 * @param q3     the third quartile
 * @param max    the maximum
 */
public record Summary(int n, Value min, Value q1, Value median, Value q3, Value max) {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    /**
     * @throws NullPointerException if a value is null
     *
     * @param n the number of defined values
     * @param min the minimum
     * @param q1 the first quartile
     * @param median the median
     * @param q3 the third quartile
     * @param max the maximum
     */
    public Summary {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(q1, "q1");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(q3, "q3");
        Objects.requireNonNull(max, "max");
    }

    /**
     * {@return the summary of the defined ones among {@code values}; undefined ones are left out}
     *
     * @param values the values
     */
    public static Summary of(Collection<Value> values) {
        List<BigDecimal> xs = new ArrayList<>();
        for (Value v : values) {
            v.asNumber().ifPresent(xs::add);
        }
        xs.sort(null);
        if (xs.isEmpty()) {
            Value none = Value.undefined(Reason.NO_DATA);
            return new Summary(0, none, none, none, none, none);
        }
        return new Summary(
                xs.size(),
                Value.of(xs.get(0)),
                Value.of(quantile(xs, QUARTER)),
                Value.of(quantile(xs, HALF)),
                Value.of(quantile(xs, THREE_QUARTERS)),
                Value.of(xs.get(xs.size() - 1)));
    }

    /**
     * Type-7 quantile of sorted, non-empty {@code xs}: h = (n − 1) · p, x[⌊h⌋] + (h − ⌊h⌋) ·
     * (x[⌊h⌋ + 1] − x[⌊h⌋]) with 0-based indexes. Exact, because p is a multiple of 1/4.
     */
    static BigDecimal quantile(List<BigDecimal> xs, BigDecimal p) {
        BigDecimal h = BigDecimal.valueOf(xs.size() - 1L).multiply(p);
        int lo = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
        BigDecimal base = xs.get(lo);
        if (fraction.signum() == 0) {
            return Decimals.strip(base);
        }
        BigDecimal next = xs.get(lo + 1);
        return Decimals.strip(base.add(fraction.multiply(next.subtract(base))));
    }
}
