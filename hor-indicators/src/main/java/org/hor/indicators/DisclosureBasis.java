package org.hor.indicators;

import org.hor.core.model.Period;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/**
 * What an indicator outside the standard catalogue tells disclosure control (spec 04) about its
 * values, the way each standard indicator names its {@link org.hor.indicators.standard.Denominator}:
 * an indicator that implements this interface is suppressed like the standard indicator of the same
 * kind. The indicators of indicator files implement it (spec 05: an {@code organisations} result like
 * a reach count, a {@code share} or {@code ratio} over an {@code organisations} result like a share
 * of organisations); an indicator that does not implement it is never suppressed.
 */
public interface DisclosureBasis {

    /** How disclosure control treats an indicator's values. */
    enum Kind {
        /** No count decides: the value is published as it is. */
        NONE,
        /** The value is itself a count of organisations and decides by its own size (like {@code reach.organisations}). */
        OWN_SIZE,
        /** The value rests on a count of organisations ({@link #organisations}), like a share of organisations. */
        ORGANISATIONS
    }

    /** {@return how disclosure control treats this indicator's values (never null)} */
    Kind disclosure();

    /**
     * Returns the count of organisations the value for {@code scope} and {@code period} rests on, for
     * {@link Kind#ORGANISATIONS}; disclosure control suppresses the value when it is from 1 to k − 1.
     *
     * @param ctx    the engine's context
     * @param scope  the scope
     * @param period the period
     * @return the count, or undefined when there is none (never null)
     */
    Value organisations(EvaluationContext ctx, Scope scope, Period period);
}
