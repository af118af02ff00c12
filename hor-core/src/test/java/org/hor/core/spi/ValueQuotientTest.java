package org.hor.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Value.share, mean and ratio apply spec 02's convention")
class ValueQuotientTest {

    private static BigDecimal number(Value v) {
        return v.asNumber().orElseThrow();
    }

    @Test
    @DisplayName("a share is 100 × numerator / denominator, exact when it terminates: 1 of 4 is 25")
    void terminatingShare() {
        assertThat(Value.share(1, 4)).isEqualTo(Value.of(new BigDecimal("25")));
        assertThat(number(Value.share(new BigDecimal("3.5"), new BigDecimal("14"))))
                .isEqualByComparingTo("25");
        assertThat(Value.share(0, 7)).isEqualTo(Value.of(BigDecimal.ZERO));
        assertThat(Value.share(7, 7)).isEqualTo(Value.of(100));
    }

    @Test
    @DisplayName("a share that does not terminate has 50 significant digits, rounded half-even: 2 of 3")
    void nonTerminatingShare() {
        assertThat(number(Value.share(2, 3)).toPlainString())
                .isEqualTo("66.666666666666666666666666666666666666666666666667");
        // 700 / 7.6 = 92.105263157894736842105263157894736842105263157895 (the 92.1 %)
        assertThat(number(Value.share(new BigDecimal("7"), new BigDecimal("7.6")))
                        .toPlainString())
                .isEqualTo("92.105263157894736842105263157894736842105263157895");
        assertThat(NumberStyle.DECIMAL.apply(number(Value.share(2, 3))).toPlainString())
                .isEqualTo("66.666667");
    }

    @Test
    @DisplayName("a share, mean or ratio over 0 is undefined with NO_DENOMINATOR")
    void zeroDenominator() {
        assertThat(Value.share(3, 0)).isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        assertThat(Value.share(BigDecimal.ZERO, new BigDecimal("0.00")))
                .isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        assertThat(Value.mean(new BigDecimal("10"), 0)).isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
        assertThat(Value.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(Value.undefined(Reason.NO_DENOMINATOR));
    }

    @Test
    @DisplayName("a mean is a sum over a count: 250.50 EUR over 2 grants is 125.25")
    void mean() {
        assertThat(number(Value.mean(new BigDecimal("250.50"), 2))).isEqualByComparingTo("125.25");
        assertThat(number(Value.mean(new BigDecimal("10"), 3)).toPlainString())
                .isEqualTo("3.3333333333333333333333333333333333333333333333333");
    }

    @Test
    @DisplayName("a ratio is numerator / denominator: 1000 EUR over 8 organisations is 125")
    void ratio() {
        assertThat(number(Value.ratio(new BigDecimal("1000.00"), new BigDecimal("8"))))
                .isEqualByComparingTo("125");
    }

    @Test
    @DisplayName("null arguments are rejected")
    void nulls() {
        assertThatNullPointerException().isThrownBy(() -> Value.share(null, BigDecimal.ONE));
        assertThatNullPointerException().isThrownBy(() -> Value.ratio(BigDecimal.ONE, null));
        assertThatNullPointerException().isThrownBy(() -> Value.mean(null, 1));
    }
}
