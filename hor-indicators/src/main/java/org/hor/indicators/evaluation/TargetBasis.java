package org.hor.indicators.evaluation;

/** What a recommended target is the median of (spec 03 §6). */
public enum TargetBasis {
    /** The sites of the new site's carrier type (at least 3 defined values). */
    CARRIER_TYPE,
    /** All sites (fewer than 3 defined values of the carrier type). */
    ALL_SITES
}
