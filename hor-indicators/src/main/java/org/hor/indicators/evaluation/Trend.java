package org.hor.indicators.evaluation;

/** The trend over the last three points of a series (spec 03 §1). */
public enum Trend {
    /** The three values are strictly increasing. */
    RISING,
    /** The three values are strictly decreasing. */
    FALLING,
    /** Three defined, full points that are neither strictly increasing nor strictly decreasing. */
    STABLE,
    /** Fewer than three points, or one of the last three is undefined or short. */
    UNKNOWN
}
