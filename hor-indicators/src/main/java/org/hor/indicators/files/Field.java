package org.hor.indicators.files;

/** The number fields a {@code sum} may add up (spec 05, key {@code field}). */
public enum Field {
    /** A delivery's hours. */
    HOURS("hours", RecordSet.DELIVERIES),
    /** A delivery's participants. */
    PARTICIPANTS("participants", RecordSet.DELIVERIES),
    /** A delivery's amount (grants). */
    AMOUNT("amount", RecordSet.DELIVERIES),
    /** A measurement's value. */
    VALUE("value", RecordSet.MEASUREMENTS);

    private final String key;
    private final RecordSet recordSet;

    Field(String key, RecordSet recordSet) {
        this.key = key;
        this.recordSet = recordSet;
    }

    /**
     * Returns the name used in the file, such as {@code hours}.
     *
     * @return the name
     */
    public String key() {
        return key;
    }

    /**
     * Returns the record set the field belongs to.
     *
     * @return the record set
     */
    public RecordSet recordSet() {
        return recordSet;
    }
}
