package org.hor.core.model;

/** Who runs a site (spec 01; declaration order is the order the spec lists). */
public enum CarrierType {
    /** Run by an umbrella body of migrant organisations. */
    MIGRANT_UMBRELLA,
    /** Run by another non-profit, such as a welfare or youth-culture association. */
    OTHER_CARRIER,
    /** Run jointly by several carriers. */
    CONSORTIUM;
}
