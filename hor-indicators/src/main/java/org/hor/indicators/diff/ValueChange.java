package org.hor.indicators.diff;

import java.util.List;
import java.util.Objects;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import org.jspecify.annotations.Nullable;

/**
 * One value that differs between two sides (spec 06 "Values"), with the records that caused it.
 *
 * @param key      the key
 * @param kind     changed, appeared or disappeared
 * @param oldValue the old side's value, {@code null} when it appeared
 * @param newValue the new side's value, {@code null} when it disappeared
 * @param causes   the causes, in spec 01's array order then by id (empty before {@link Causes} ran, or
 *                 when a side has no records)
 */
public record ValueChange(
        ValueKey key,
        Kind kind,
        @Nullable KeyedValue oldValue,
        @Nullable KeyedValue newValue,
        List<Cause> causes) {

    /** How a value differs. */
    public enum Kind {
        /** Both sides have the key, with another value or reason. */
        CHANGED,
        /** Only the new side has the key. */
        APPEARED,
        /** Only the old side has the key. */
        DISAPPEARED
    }

    /**
     * Checks and copies the components.
     *
     * @param causes the causes, in spec 01's array order then by id (empty before {@link Causes} ran, or when a side has no records)
     * @param key the key
     * @param kind changed, appeared or disappeared
     * @param newValue the new side's value, {@code null} when it disappeared
     * @param oldValue the old side's value, {@code null} when it appeared
     * @throws NullPointerException     if key, kind or causes is null
     * @throws IllegalArgumentException if the values present do not fit the kind
     */
    public ValueChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if ((oldValue == null) != (kind == Kind.APPEARED) || (newValue == null) != (kind == Kind.DISAPPEARED)) {
            throw new IllegalArgumentException("a " + kind + " value with old " + oldValue + " and new " + newValue);
        }
        causes = List.copyOf(causes);
    }

    /**
     * {@return this change with {@code newCauses}}
     *
     * @param newCauses the causes, in spec 06's order
     */
    public ValueChange withCauses(List<Cause> newCauses) {
        return new ValueChange(key, kind, oldValue, newValue, newCauses);
    }
}
