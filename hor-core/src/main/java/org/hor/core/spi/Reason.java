package org.hor.core.spi;

/**
 * Why a value is undefined (spec 02). Where several reasons apply, the first in declaration order
 * wins ({@link #FAILED}, {@link #NOT_APPLICABLE}, {@link #NO_DATA}, {@link #NO_DENOMINATOR});
 * {@link #SUPPRESSED} is set only by disclosure control in published outputs.
 */
public enum Reason {
    /** A plugin failed; the value carries its message. */
    FAILED,
    /** The indicator does not apply to this scope or period. */
    NOT_APPLICABLE,
    /** A needed input, such as a budget, is missing. */
    NO_DATA,
    /** A share, mean or ratio over 0. */
    NO_DENOMINATOR,
    /** Withheld by disclosure control. */
    SUPPRESSED
}
