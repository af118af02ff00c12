package org.hor.core.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an indicator's values appear in machine outputs (spec 02 "Numbers in machine outputs").
 */
public enum NumberStyle {
    /** Counts: integers. */
    INTEGER,
    /** Sums of measured quantities such as hours: exactly as summed, plain, without trailing zeros ({@code 3.5}). */
    EXACT,
    /** Sums of money: exactly 2 fraction digits. */
    MONEY,
    /** Everything else (shares, means, ratios): rounded half-even to 6 fraction digits. */
    DECIMAL;

    /**
     * Returns {@code value} as it appears in machine outputs: rounded half-even to the style's
     * fraction digits ({@link #INTEGER} 0, {@link #MONEY} 2, {@link #DECIMAL} 6) or, for
     * {@link #EXACT}, without trailing zeros (never in exponent form when printed with
     * {@link BigDecimal#toPlainString()}).
     *
     * @param value the exact value
     * @return the value as machine outputs write it
     */
    public BigDecimal apply(BigDecimal value) {
        return switch (this) {
            case INTEGER -> value.setScale(0, RoundingMode.HALF_EVEN);
            case EXACT -> {
                BigDecimal s = value.stripTrailingZeros();
                yield s.scale() < 0 ? s.setScale(0) : s;
            }
            case MONEY -> value.setScale(2, RoundingMode.HALF_EVEN);
            case DECIMAL -> value.setScale(6, RoundingMode.HALF_EVEN);
        };
    }
}
