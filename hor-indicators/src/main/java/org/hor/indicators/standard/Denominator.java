package org.hor.indicators.standard;

import org.jspecify.annotations.Nullable;

/**
 * The count that decides whether a published standard value is suppressed (disclosure control, spec
 * 04): like a DHIS2 indicator's denominator, each standard indicator names the count its value rests
 * on, in the same scope and the period named by {@link #over()}.
 */
public enum Denominator {
    /** No count decides: the value is published as it is. */
    NONE(null, Over.PERIOD),
    /** The value is itself a count of organisations and decides by its own size. */
    OWN_SIZE(null, Over.PERIOD),
    /** {@code reach.organisations} of the period. */
    ORGANISATIONS("reach.organisations", Over.PERIOD),
    /** {@code reach.organisations} of the previous period prev(p). */
    ORGANISATIONS_BEFORE("reach.organisations", Over.PREVIOUS),
    /** {@code reach.organisations} of the 24-month window W(p) ending on ref(p). */
    ORGANISATIONS_IN_WINDOW("reach.organisations", Over.WINDOW),
    /** {@code grants.count} of the period. */
    GRANTS("grants.count", Over.PERIOD),
    /** {@code cooperations.active} of the period. */
    ACTIVE_COOPERATIONS("cooperations.active", Over.PERIOD);

    /** The period a denominator is counted over, relative to the value's period p. */
    public enum Over {
        /** p itself. */
        PERIOD,
        /** prev(p), the previous period of the same type (or the one the caller names). */
        PREVIOUS,
        /** W(p): from ref(p) minus 2 years plus 1 day to ref(p). */
        WINDOW
    }

    private final @Nullable String indicatorId;
    private final Over over;

    Denominator(String indicatorId, Over over) {
        this.indicatorId = indicatorId;
        this.over = over;
    }

    /**
     * {@return the id of the standard indicator that counts the denominator, or null for {@link #NONE} and {@link #OWN_SIZE}}
     */
    public @Nullable String indicatorId() {
        return indicatorId;
    }

    /** {@return the period the denominator is counted over} */
    public Over over() {
        return over;
    }
}
