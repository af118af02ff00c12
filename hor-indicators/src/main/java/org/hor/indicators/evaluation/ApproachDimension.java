package org.hor.indicators.evaluation;

/** The approach dimensions of spec 03 §5, in the order the comparison lists them. */
public enum ApproachDimension {
    /** The site's {@code carrierType}. */
    CARRIER_TYPE("carrierType"),
    /** The site's {@code coverage}. */
    COVERAGE("coverage");

    private final String fieldName;

    ApproachDimension(String fieldName) {
        this.fieldName = fieldName;
    }

    /** {@return the dimension's field name in the dataset, e.g. {@code carrierType}} */
    public String fieldName() {
        return fieldName;
    }
}
