package org.hor.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a row's frozen parts behave as the linked hash map they replace")
class FrozenPartsTest {

    private static Map<String, Value> given() {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("MIGRANT_ORGANISATION", Value.of(3));
        m.put("INITIATIVE", Value.of(0));
        m.put("OTHER", Value.undefined(Reason.NO_DATA));
        return m;
    }

    @Test
    @DisplayName("the same entries in the same order, equal with the same hash code and text")
    void likeTheMap() {
        Map<String, Value> m = given();
        Map<String, Value> f = FrozenParts.copyOf(m);
        assertThat(List.copyOf(f.keySet())).containsExactly("MIGRANT_ORGANISATION", "INITIATIVE", "OTHER");
        assertThat(List.copyOf(f.values())).containsExactly(Value.of(3), Value.of(0), Value.undefined(Reason.NO_DATA));
        assertThat(f).isEqualTo(m).hasSize(3);
        assertThat(m).isEqualTo(f);
        assertThat(f.hashCode()).isEqualTo(m.hashCode());
        assertThat(f).hasToString(m.toString());
        assertThat(f.get("INITIATIVE")).isEqualTo(Value.of(0));
        assertThat(f.get("NONE")).isNull();
        assertThat(f.containsKey("OTHER")).isTrue();
        assertThat(f.containsKey(null)).isFalse();
        m.put("INITIATIVE", Value.of(9)); // a copy: the given map may change
        assertThat(f.get("INITIATIVE")).isEqualTo(Value.of(0));
    }

    @Test
    @DisplayName("unmodifiable, frozen once, and empty as the shared empty map")
    void frozen() {
        Map<String, Value> f = FrozenParts.copyOf(given());
        assertThatThrownBy(() -> f.put("X", Value.of(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.remove("OTHER")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(f::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.entrySet().iterator().next().setValue(Value.of(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        Iterator<Map.Entry<String, Value>> it = f.entrySet().iterator();
        it.next();
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(FrozenParts.copyOf(f)).isSameAs(f);
        assertThat(FrozenParts.copyOf(new LinkedHashMap<>())).isSameAs(Collections.emptyMap());
    }

    @Test
    @DisplayName("more than 16 categories keep their order in an unmodifiable linked map")
    void many() {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 20; i > 0; i--) {
            m.put("C" + i, Value.of(i));
        }
        Map<String, Value> f = FrozenParts.copyOf(m);
        assertThat(f).isEqualTo(m).hasToString(m.toString());
        assertThat(f.keySet().iterator().next()).isEqualTo("C20");
        assertThatThrownBy(() -> f.put("X", Value.of(1))).isInstanceOf(UnsupportedOperationException.class);
    }
}
