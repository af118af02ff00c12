package org.hor.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Ratios} computes terminating quotients in long arithmetic; they must be the very decimals
 * (value and scale) that the general division with 50 significant digits gives.
 */
@DisplayName("quotients for shares and means")
class RatiosTest {

    /** The general path: BigDecimal division to 50 significant digits, 0 as ZERO. */
    private static BigDecimal general(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, Ratios.QUOTIENT);
        return q.signum() == 0 ? BigDecimal.ZERO : q;
    }

    @Test
    @DisplayName("a terminating share is the exact quotient in its shortest form, at least scale 0")
    void terminatingShares() {
        // 100 × 3 / 4 = 75; 100 × 1 / 8 = 12.5; 100 × 7 / 7 = 100; 100 × 1 / 64 = 1.5625
        assertThat(Ratios.share(3, 4)).isEqualTo(new BigDecimal("75"));
        assertThat(Ratios.share(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(Ratios.share(7, 7)).isEqualTo(new BigDecimal("100"));
        assertThat(Ratios.share(1, 64)).isEqualTo(new BigDecimal("1.5625"));
        assertThat(Ratios.share(0, 9)).isSameAs(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("a non-terminating share has 50 significant digits, rounded half-even")
    void nonTerminatingShare() {
        // 100 × 2 / 3 = 66.666…: 2 digits before the point, 48 after, the last rounded up
        assertThat(Ratios.share(2, 3)).isEqualTo(new BigDecimal("66." + "6".repeat(47) + "7"));
    }

    @Test
    @DisplayName("a mean of cents keeps the preferred scale 2: 10.00 EUR / 4 = 2.50, 1.00 EUR / 8 = 0.125")
    void meanOfCents() {
        assertThat(Ratios.divide(new BigDecimal("10.00"), BigDecimal.valueOf(4)))
                .isEqualTo(new BigDecimal("2.50"));
        assertThat(Ratios.divide(new BigDecimal("1.00"), BigDecimal.valueOf(8))).isEqualTo(new BigDecimal("0.125"));
        assertThat(Ratios.divide(new BigDecimal("0.00"), BigDecimal.valueOf(8))).isSameAs(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("every share of two counts up to 400 equals the general division, scale included")
    void sharesEqualTheGeneralDivision() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        for (long den = 1; den <= 400; den++) {
            for (long num = 0; num <= 400; num++) {
                BigDecimal expected = general(hundred.multiply(BigDecimal.valueOf(num)), BigDecimal.valueOf(den));
                assertThat(Ratios.share(num, den)).as("%d / %d", num, den).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("means and money shares equal the general division, scale included, also near the long's limits")
    void quotientsOfDecimalsEqualTheGeneralDivision() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            int bits = 1 + random.nextInt(62);
            long cents = random.nextLong() >>> (64 - bits);
            long count = 1 + (random.nextLong() >>> (64 - 1 - random.nextInt(40)));
            int scaleA = random.nextInt(7);
            int scaleB = random.nextInt(scaleA + 1);
            BigDecimal a = BigDecimal.valueOf(cents, scaleA);
            BigDecimal b = BigDecimal.valueOf(count, scaleB);
            assertThat(Ratios.divide(a, b)).as("%s / %s", a, b).isEqualTo(general(a, b));
            assertThat(Ratios.share(a, b))
                    .as("100 × %s / %s", a, b)
                    .isEqualTo(general(BigDecimal.valueOf(100).multiply(a), b));
        }
        long big = Long.MAX_VALUE / 100;
        assertThat(Ratios.share(big, 1))
                .isEqualTo(general(BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(big)), BigDecimal.ONE));
        assertThat(Ratios.share(big + 1, 2))
                .isEqualTo(
                        general(BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(big + 1)), BigDecimal.valueOf(2)));
        assertThat(Ratios.share(1, 1L << 62)).isEqualTo(general(BigDecimal.valueOf(100), BigDecimal.valueOf(1L << 62)));
    }

    @Test
    @DisplayName(
            "the SPI's Value.share and Value.ratio give a plugin the very decimals the standard shares and ratios have")
    void spiQuotientsAreTheStandardOnes() {
        for (long d = 1; d <= 60; d++) {
            for (long n = 0; n <= d; n++) {
                assertThat(Value.share(n, d)).isEqualTo(Value.of(Ratios.share(n, d)));
            }
        }
        BigDecimal hours = new BigDecimal("17.250000");
        BigDecimal money = new BigDecimal("1234.56");
        assertThat(Value.share(hours, new BigDecimal("40.5")))
                .isEqualTo(Value.of(Ratios.share(hours, new BigDecimal("40.5"))));
        assertThat(Value.ratio(money, BigDecimal.valueOf(7)))
                .isEqualTo(Value.of(Ratios.divide(money, BigDecimal.valueOf(7))));
        assertThat(Value.mean(money, 8)).isEqualTo(Value.of(Ratios.divide(money, BigDecimal.valueOf(8))));
    }
}
