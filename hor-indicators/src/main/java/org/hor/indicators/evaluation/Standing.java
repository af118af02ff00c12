package org.hor.indicators.evaluation;

/** How a group of sites stands against all sites of Y on one key indicator (spec 03 §5). */
public enum Standing {
    /** Its median is better than the overall median by more than the margin (20 %) of the overall median. */
    STRENGTH,
    /** Its median is worse by more than the margin. */
    WEAKNESS,
    /** Compared, but within the margin. */
    WITHIN_MARGIN,
    /** Not compared: the group's n is below 3, or the overall median is undefined or 0. */
    NOT_COMPARED
}
