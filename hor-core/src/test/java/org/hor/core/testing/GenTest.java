package org.hor.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Seeded generation for property tests")
class GenTest {

    @Test
    @DisplayName("the same seed gives the same values; the seeds of a property are always the same 40")
    void replayable() {
        Gen a = new Gen(7);
        Gen b = new Gen(7);
        for (int i = 0; i < 100; i++) {
            assertThat(a.between(-5, 1_000_000)).isEqualTo(b.between(-5, 1_000_000));
            assertThat(a.chars(0, 9)).isEqualTo(b.chars(0, 9));
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(Gen.replaying(), "-Dhor.seed replays one seed");
        List<Long> seeds = Gen.seeds(20241231, 40).toList();
        assertThat(seeds)
                .hasSize(40)
                .doesNotHaveDuplicates()
                .isEqualTo(Gen.seeds(20241231, 40).toList());
    }

    @Test
    @DisplayName("values stay in their range, ends and small values included: 1..9, 0..2^20, any long")
    void ranges() {
        Gen g = new Gen(1);
        Set<Integer> digits = new HashSet<>();
        boolean top = false;
        boolean small = false;
        for (int i = 0; i < 2000; i++) {
            digits.add(g.between(1, 9));
            int bits = g.between(0, 1 << 20);
            assertThat(bits).isBetween(0, 1 << 20);
            top |= bits == 1 << 20;
            small |= bits < 16;
            g.between(Long.MIN_VALUE, Long.MAX_VALUE);
            assertThat(g.between(0L, 99_999_999_999L)).isBetween(0L, 99_999_999_999L);
            assertThat(g.list(1, 12, () -> 0)).hasSizeBetween(1, 12);
        }
        assertThat(digits).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(top).as("the upper end is drawn").isTrue();
        assertThat(small).as("small values are drawn").isTrue();
    }
}
