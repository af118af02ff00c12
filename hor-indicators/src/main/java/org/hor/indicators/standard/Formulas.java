package org.hor.indicators.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Value;
import org.hor.indicators.internal.Ratios;

/** The small arithmetic and wording the entries of {@link StandardIndicators} share. */
final class Formulas {
    private Formulas() {}

    /** Returns 100 × numerator / denominator, undefined {@code NO_DENOMINATOR} over 0. */
    static Value share(long numerator, long denominator) {
        return denominator == 0
                ? Value.undefined(Reason.NO_DENOMINATOR)
                : Value.of(Ratios.share(numerator, denominator));
    }

    /** Returns 100 × numerator / denominator, undefined {@code NO_DENOMINATOR} over 0. */
    static Value share(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0
                ? Value.undefined(Reason.NO_DENOMINATOR)
                : Value.of(Ratios.share(numerator, denominator));
    }

    /** Returns numerator / denominator, undefined {@code NO_DENOMINATOR} over 0. */
    static Value mean(BigDecimal numerator, long denominator) {
        return denominator == 0
                ? Value.undefined(Reason.NO_DENOMINATOR)
                : Value.of(Ratios.divide(numerator, BigDecimal.valueOf(denominator)));
    }

    /** Returns the total with its parts: {@code counts[c]} for the breakdown's category c. */
    static Result withParts(long total, Breakdown breakdown, long[] counts, int offset) {
        Map<String, Value> parts = new LinkedHashMap<>();
        List<String> categories = breakdown.categories();
        for (int c = 0; c < categories.size(); c++) {
            parts.put(categories.get(c), Value.of(counts[offset + c]));
        }
        return Result.of(Value.of(total), parts);
    }

    /** Returns the total with its parts: {@code counts[c]} for the breakdown's category c. */
    static Result withParts(long total, Breakdown breakdown, long[] counts) {
        return withParts(total, breakdown, counts, 0);
    }

    /** Returns the sum of {@code counts}. */
    static long sum(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** Returns {@code 100 × num numName / den denName = share}. */
    static String shareFormula(long num, long den, String numName, String denName) {
        return "100 × " + num + " " + numName + " / " + den + " " + denName + " = " + show(share(num, den));
    }

    /** Returns a value as a formula shows it: at most 6 fraction digits, or {@code undefined (REASON)}. */
    static String show(Value v) {
        if (v instanceof Value.Defined d) {
            return plain(d.number());
        }
        return "undefined (" + ((Value.Undefined) v).reason() + ")";
    }

    /** Returns {@code b} without trailing zeros, rounded half-even to 6 fraction digits. */
    static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        if (s.scale() > 6) {
            s = s.setScale(6, RoundingMode.HALF_EVEN);
        }
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
