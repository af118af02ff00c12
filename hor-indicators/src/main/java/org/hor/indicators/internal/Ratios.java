package org.hor.indicators.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
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

    private Ratios() {}

    /** Returns {@code a / b}; {@code b} must not be 0. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal exact = terminating(a, b);
        if (exact != null) {
            return exact;
        }
        BigDecimal q = a.divide(b, QUOTIENT);
        return q.signum() == 0 ? BigDecimal.ZERO : q;
    }

    /**
     * Returns what {@link #divide} returns when {@code a / b} terminates and fits a long, computed in
     * long arithmetic, else null. The general division computes 50 digits and then strips the
     * trailing zeros of a terminating quotient one division by ten at a time; shares and means of
     * small counts terminate most of the time (100 × 3 / 4 = 75), so this spares most of that work.
     * The result is the same decimal, scale included: {@link BigDecimal#divide(BigDecimal,
     * java.math.MathContext)} returns an exact quotient with its trailing zeros stripped down to the
     * preferred scale {@code a.scale() - b.scale()}, which is the quotient's shortest form here (see
     * {@link #terminating(long, long, int)}).
     */
    static BigDecimal terminating(BigDecimal a, BigDecimal b) {
        int preferredScale = a.scale() - b.scale();
        if (a.signum() < 0 || b.signum() <= 0 || a.scale() < 0 || b.scale() < 0 || preferredScale < 0) {
            return null;
        }
        BigInteger ua = a.unscaledValue();
        BigInteger ub = b.unscaledValue();
        if (ua.bitLength() > 62 || ub.bitLength() > 62) {
            return null;
        }
        return terminating(ua.longValue(), ub.longValue(), preferredScale);
    }

    /**
     * Returns {@code n / d × 10^-preferredScale} ({@code n ≥ 0}, {@code d > 0}) when {@code n / d}
     * terminates and its digits fit a long, else null. With {@code n / d} in lowest terms
     * {@code n' / (2^t × 5^f)} the quotient is {@code n' × 2^(k-t) × 5^(k-f) × 10^-k} for
     * {@code k = max(t, f)}; that unscaled value has no trailing zero when {@code k > 0} (it lacks a
     * factor 2 or 5, as {@code n'} shares none with the denominator), so it is the shortest form
     * with a scale of at least the preferred one. 0 is {@link BigDecimal#ZERO}, as in {@link #divide}.
     */
    static BigDecimal terminating(long n, long d, int preferredScale) {
        if (n == 0) {
            return BigDecimal.ZERO;
        }
        long g = gcd(n, d);
        long rest = d / g;
        int twos = Long.numberOfTrailingZeros(rest);
        rest >>= twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        if (rest != 1) {
            return null;
        }
        int k = Math.max(twos, fives);
        long u = n / g;
        for (int i = twos; i < k; i++) {
            if (u > Long.MAX_VALUE / 2) {
                return null;
            }
            u *= 2;
        }
        for (int i = fives; i < k; i++) {
            if (u > Long.MAX_VALUE / 5) {
                return null;
            }
            u *= 5;
        }
        return BigDecimal.valueOf(u, k + preferredScale);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Returns the share {@code 100 × numerator / denominator}; {@code denominator} must not be 0. */
    public static BigDecimal share(BigDecimal numerator, BigDecimal denominator) {
        return divide(HUNDRED.multiply(numerator), denominator);
    }

    /** Returns the share {@code 100 × numerator / denominator}; {@code denominator} must not be 0. */
    public static BigDecimal share(long numerator, long denominator) {
        if (numerator >= 0 && numerator <= Long.MAX_VALUE / 100 && denominator > 0) {
            BigDecimal exact = terminating(100 * numerator, denominator, 0);
            if (exact != null) {
                return exact;
            }
        }
        return share(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
