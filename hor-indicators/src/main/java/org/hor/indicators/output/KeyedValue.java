package org.hor.indicators.output;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of an evaluation as the machine outputs write it (spec 02, spec 06 "values"): the tidy
 * CSV's row without targets.
 *
 * @param key the key
 * @param value the number, rounded by the indicator's number style, or {@code null} when undefined
 * @param reason the reason name (such as {@code NO_DENOMINATOR}) when undefined, else {@code null}
 */
public record KeyedValue(
        ValueKey key, @Nullable BigDecimal value, @Nullable String reason) {

    /**
     * Checks that the key is present and that exactly one of value and reason is.
     *
     * @param key the key
     * @param value the number, rounded by the indicator's number style, or {@code null} when undefined
     * @param reason the reason name (such as {@code NO_DENOMINATOR}) when undefined, else {@code null}
     */
    public KeyedValue {
        Objects.requireNonNull(key, "key");
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("exactly one of value and reason: " + key + " " + value + " " + reason);
        }
    }

    /**
     * Returns whether the other has the same value (numbers compared as numbers) and reason.
     *
     * @param other another value of the same key
     * @return whether both say the same
     */
    public boolean sameAs(KeyedValue other) {
        if (value != null) {
            return other.value != null && value.compareTo(other.value) == 0;
        }
        return other.value == null && reason.equals(other.reason);
    }
}
