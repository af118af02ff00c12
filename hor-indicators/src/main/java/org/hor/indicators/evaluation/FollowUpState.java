package org.hor.indicators.evaluation;

/** The state of a follow-up (spec 03 §3). */
public enum FollowUpState {
    /** The rule is evaluable at the site in Y and does not fire. */
    RESOLVED,
    /** The rule fires at the site in Y. */
    PERSISTS,
    /** The rule is not evaluable at the site in Y, or the site is no site of Y. */
    OPEN
}
