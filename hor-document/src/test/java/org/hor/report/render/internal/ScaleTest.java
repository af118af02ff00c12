package org.hor.report.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScaleTest {

    private static Scale scale(String lo, String hi) {
        return Scale.covering(new BigDecimal(lo), new BigDecimal(hi));
    }

    @Test
    @DisplayName("nice steps: 1, 2, 2.5 or 5 times a power of ten, about five of them, always including zero")
    void niceSteps() {
        // 0..42: raw 8.4 → 10, ends 0 and 50
        assertThat(scale("0", "42").ticks())
                .extracting(t -> t.stripTrailingZeros().toPlainString())
                .containsExactly("0", "10", "20", "30", "40", "50");
        // 0..0.9: raw 0.18 → 0.2, ends 0 and 1.0
        assertThat(scale("0.3", "0.9").ticks())
                .extracting(t -> t.stripTrailingZeros().toPlainString())
                .containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(scale("0.3", "0.9").tickDecimals()).isEqualTo(1);
        // 0..11: raw 2.2 → 2.5, ends 0 and 12.5
        assertThat(scale("0", "11").ticks())
                .extracting(t -> t.stripTrailingZeros().toPlainString())
                .containsExactly("0", "2.5", "5", "7.5", "10", "12.5");
        // 0..1234: raw 246.8 = 2.468 × 100 → 2.5 × 100 = 250, ends 0 and 1250
        assertThat(scale("0", "1234").max()).isEqualByComparingTo("1250");
        // -7..3: range 10, raw 2 → 2, ends -8 and 4
        assertThat(scale("-7", "3").min()).isEqualByComparingTo("-8");
        assertThat(scale("-7", "3").max()).isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("all zero still gives an axis from 0 to 1")
    void allZero() {
        Scale s = scale("0", "0");
        assertThat(s.min()).isEqualByComparingTo("0");
        assertThat(s.max()).isEqualByComparingTo("1");
        assertThat(s.fraction(new BigDecimal("0.5"))).isEqualTo(0.5);
    }
}
