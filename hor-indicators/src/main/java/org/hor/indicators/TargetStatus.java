package org.hor.indicators;

/**
 * The status of a target (spec 02 "Targets and attainment"): the first four for complete periods,
 * the last three for partial periods.
 */
public enum TargetStatus {
    /** Complete period, attainment ≥ 100 (or a {@code DOWN} indicator whose actual is 0). */
    ACHIEVED,
    /** Complete period, attainment ≥ 80. */
    NEARLY,
    /** Complete period, attainment ≥ 50. */
    PARTLY,
    /** Complete period, attainment &lt; 50 or an undefined actual. */
    MISSED,
    /** Partial period, pace ≥ 90 (or a {@code DOWN} indicator whose actual is 0). */
    ON_TRACK,
    /** Partial period, pace ≥ 60. */
    BEHIND,
    /** Partial period, pace &lt; 60 or an undefined actual. */
    FAR_BEHIND
}
