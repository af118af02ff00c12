package org.hor.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Type-7 quartiles: h = (n − 1) · p on 0-based sorted values, interpolated linearly. */
class SummaryTest {

    private static List<Value> values(String... numbers) {
        List<Value> list = new ArrayList<>();
        for (String n : numbers) {
            list.add(Value.of(new BigDecimal(n)));
        }
        return list;
    }

    private static void assertSummary(Summary s, int n, String min, String q1, String median, String q3, String max) {
        assertThat(s.n()).isEqualTo(n);
        assertThat(s.min().asNumber()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(min));
        assertThat(s.q1().asNumber()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(q1));
        assertThat(s.median().asNumber()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(median));
        assertThat(s.q3().asNumber()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(q3));
        assertThat(s.max().asNumber()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(max));
    }

    @Test
    @DisplayName("n = 1: every statistic is the one value")
    void one() {
        // h = 0 · p = 0 for every p → x[0] = 7
        assertSummary(Summary.of(values("7")), 1, "7", "7", "7", "7", "7");
    }

    @Test
    @DisplayName("n = 2: quartiles a quarter of the way between the two values")
    void two() {
        // sorted 10, 20. Q1: h = 1 · 0.25 = 0.25 → 10 + 0.25 · 10 = 12.5
        // median: h = 0.5 → 15; Q3: h = 0.75 → 17.5
        assertSummary(Summary.of(values("20", "10")), 2, "10", "12.5", "15", "17.5", "20");
    }

    @Test
    @DisplayName("n = 3: quartiles halfway between neighbours")
    void three() {
        // sorted 1, 2, 4. Q1: h = 2 · 0.25 = 0.5 → 1 + 0.5 · (2 − 1) = 1.5
        // median: h = 1 → 2; Q3: h = 1.5 → 2 + 0.5 · (4 − 2) = 3
        assertSummary(Summary.of(values("4", "1", "2")), 3, "1", "1.5", "2", "3", "4");
    }

    @Test
    @DisplayName("n = 4: the median of an even n is the mean of the two middle values")
    void four() {
        // sorted 1, 3, 5, 11. Q1: h = 3 · 0.25 = 0.75 → 1 + 0.75 · (3 − 1) = 2.5
        // median: h = 1.5 → 3 + 0.5 · (5 − 3) = 4 (= (3 + 5) / 2)
        // Q3: h = 2.25 → 5 + 0.25 · (11 − 5) = 6.5
        assertSummary(Summary.of(values("11", "5", "3", "1")), 4, "1", "2.5", "4", "6.5", "11");
    }

    @Test
    @DisplayName("n = 7: quartiles fall on order statistics; undefined values are left out")
    void seven() {
        // sorted 2, 3, 5, 8, 13, 21, 34. Q1: h = 6 · 0.25 = 1.5 → 3 + 0.5 · (5 − 3) = 4
        // median: h = 3 → 8; Q3: h = 4.5 → 13 + 0.5 · (21 − 13) = 17
        List<Value> v = values("34", "2", "21", "8", "3", "13", "5");
        v.add(Value.undefined(Reason.NO_DENOMINATOR));
        assertSummary(Summary.of(v), 7, "2", "4", "8", "17", "34");
    }

    @Test
    @DisplayName("no defined value: n = 0 and every statistic undefined")
    void none() {
        Summary s = Summary.of(List.of(Value.undefined(Reason.NO_DATA)));
        assertThat(s.n()).isZero();
        assertThat(s.median().isDefined()).isFalse();
        assertThat(s.q1().isDefined()).isFalse();
    }
}
