package org.hor.indicators.files;

/** The record sets an expression selects from (spec 05, key {@code from}). */
public enum RecordSet {
    /** D(S,p) of spec 02. */
    DELIVERIES("deliveries"),
    /** Outcomes of the scope's sites dated in the period. */
    OUTCOMES("outcomes"),
    /** Measurements of the scope's sites dated in the period; the filter must name a metric. */
    MEASUREMENTS("measurements"),
    /** Spec 02's {@code cooperations.active} records on ref(p). */
    COOPERATIONS("cooperations");

    private final String key;

    RecordSet(String key) {
        this.key = key;
    }

    /**
     * Returns the name used in the file, such as {@code deliveries}.
     *
     * @return the name
     */
    public String key() {
        return key;
    }
}
