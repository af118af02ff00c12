package org.hor.indicators.diff;

import java.util.List;
import java.util.Objects;

/**
 * One record that differs between two datasets (spec 06 "Records").
 *
 * @param array  the array of spec 01 that holds it ({@code deliveries}, {@code budgets}, …)
 * @param id     its id, or for records without one its natural key joined by {@code /}: targets
 *               {@code site/indicator/period}, budgets {@code site/year}, measurements
 *               {@code site/metric/date}
 * @param kind   added, removed or changed
 * @param fields for a changed record the names of the fields that differ, in the record's field
 *               order; empty otherwise
 */
public record RecordChange(String array, String id, Kind kind, List<String> fields) {

    /** What happened to a record. */
    public enum Kind {
        /** Only the new dataset has it. */
        ADDED,
        /** Only the old dataset has it. */
        REMOVED,
        /** Both have it, with different fields. */
        CHANGED
    }

    /**
     * Checks and copies the components.
     *
     * @param array  the array of spec 01 that holds it
     * @param id     its id or natural key
     * @param kind   added, removed or changed
     * @param fields for a changed record the names of the fields that differ; empty otherwise
     * @throws NullPointerException if a component is null
     */
    public RecordChange {
        Objects.requireNonNull(array, "array");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
    }

    /** {@return the record as a cause: {@code array/id}} */
    public Cause cause() {
        return new Cause(array, id);
    }
}
