package org.hor.indicators.release;

import java.util.Objects;
import org.hor.indicators.output.KeyedValue;
import org.hor.indicators.output.ValueKey;
import org.jspecify.annotations.Nullable;

/**
 * A released value that a new evaluation changes or no longer has (spec 06 "Locks", and the
 * "Changes since" section of a report).
 *
 * @param index    the value's index in the release's {@code values} (its JSON pointer is
 *                 {@code /values/<index>})
 * @param released the released value
 * @param current  the new evaluation's value of the same key, or {@code null} when it has none
 */
public record ReleasedChange(
        int index, KeyedValue released, @Nullable KeyedValue current) {

    /**
     * @param index the value's index in the release's {@code values} (its JSON pointer is {@code
     *              /values/<index>})
     * @param released the released value
     * @param current the new evaluation's value of the same key, or {@code null} when it has none
     * @throws NullPointerException if {@code released} is null
     * @throws IllegalArgumentException if {@code current} has another key
     */
    public ReleasedChange {
        Objects.requireNonNull(released, "released");
        if (current != null && !current.key().equals(released.key())) {
            throw new IllegalArgumentException("another key: " + released.key() + " / " + current.key());
        }
    }

    /** {@return the key} */
    public ValueKey key() {
        return released.key();
    }

    /** {@return the JSON pointer of the released value in the release file} */
    public String pointer() {
        return "/values/" + index;
    }

    /**
     * {@return a key as one short text: {@code site:S-A 2024 reach.organisations}, with a category
     * {@code … reach.organisations[COMPANY]}}
     *
     * @param key the key
     */
    public static String describe(ValueKey key) {
        return key.scope() + " " + key.period() + " " + key.indicator()
                + (key.category() == null ? "" : "[" + key.category() + "]");
    }

    /**
     * {@return a value as one short text: the number in plain notation, or the reason}
     *
     * @param value the value, or {@code null}
     */
    public static String describe(KeyedValue value) {
        return value == null ? "–" : value.value() != null ? value.value().toPlainString() : value.reason();
    }
}
