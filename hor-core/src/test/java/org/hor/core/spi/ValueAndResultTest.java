package org.hor.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Value.of(long) and Result: shared small values and empty parts, unchanged meaning")
class ValueAndResultTest {

    @Test
    @DisplayName("a count is the same defined value whether shared (0 to 1023) or made anew")
    void countsAreEqualValues() {
        for (long n : new long[] {0, 1, 10, 11, 1023, 1024, 5_000_000_000L, -1, Long.MIN_VALUE}) {
            Value v = Value.of(n);
            assertThat(v).as("%d", n).isEqualTo(new Value.Defined(BigDecimal.valueOf(n)));
            assertThat(((Value.Defined) v).number().scale()).isZero();
            assertThat(v).hasToString("Defined[number=" + n + "]");
        }
        // asked twice: the small ones are shared, the others are not
        assertThat(Value.of(1023)).isSameAs(Value.of(1023));
        assertThat(Value.of(1024)).isNotSameAs(Value.of(1024));
        assertThat(Value.of(-1)).isNotSameAs(Value.of(-1));
    }

    @Test
    @DisplayName("a result without parts has one unmodifiable empty map; with parts, an unmodifiable copy in order")
    void parts() {
        Result none = Result.of(Value.of(3), new LinkedHashMap<>());
        assertThat(none.parts()).isEmpty();
        assertThatThrownBy(() -> none.parts().put("A", Value.of(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(none).isEqualTo(Result.of(Value.of(3)));

        Map<String, Value> given = new LinkedHashMap<>();
        given.put("B", Value.of(2));
        given.put("A", Value.of(1));
        Result some = Result.of(Value.of(3), given);
        given.put("C", Value.of(0)); // the result keeps its own copy
        assertThat(List.copyOf(some.parts().keySet())).containsExactly("B", "A");
        assertThatThrownBy(() -> some.parts().remove("A")).isInstanceOf(UnsupportedOperationException.class);
    }
}
