package org.hor.indicators.diff;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cause of a value's change: a record that was added, removed or changed ({@code deliveries/D-17},
 * {@code budgets/S-A/2024}), or, where no contributing record changed, the change of the dataset's
 * {@code asOf} ({@link #AS_OF}, written {@code asOf}) or of a site's dates ({@code sites/S-A}).
 *
 * @param array the array of spec 01 ({@code deliveries}, …), or {@code asOf}
 * @param id    the record's id or natural key ({@link RecordChange#id()}), or {@code null} for {@code asOf}
 */
public record Cause(String array, @Nullable String id) {

    /** The change of the top-level {@code asOf}. */
    public static final Cause AS_OF = new Cause("asOf", null);

    /**
     * Checks the array.
     *
     * @param array the array of spec 01 ({@code deliveries}, …), or {@code asOf}
     * @param id    the record's id or natural key, or {@code null} for {@code asOf}
     * @throws NullPointerException if {@code array} is null
     */
    public Cause {
        Objects.requireNonNull(array, "array");
    }

    /** Returns {@code array/id}, or {@code asOf}. */
    @Override
    public String toString() {
        return id == null ? array : array + "/" + id;
    }
}
