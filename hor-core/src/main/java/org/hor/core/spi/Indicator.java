package org.hor.core.spi;

import java.util.Objects;
import org.hor.core.model.Period;

/**
 * An indicator: its definition and how to compute it. Standard and plugin indicators implement
 * the same interface; the host calls {@link #compute} only for a period type the definition applies
 * to and never for a future period.
 */
public interface Indicator {

    /**
     * Returns the indicator's metadata; the same object on every call.
     *
     * @return the definition
     */
    IndicatorDefinition definition();

    /**
     * Computes the indicator for the sites of {@code scope} in {@code period}.
     *
     * @param ctx    the read-only view of the dataset (never null)
     * @param scope  the scope (never null)
     * @param period the period, not future (never null)
     * @return the value and, when the definition has a breakdown, one part per category in the
     *         breakdown's order that add up to the total (never null)
     */
    Result compute(EvaluationContext ctx, Scope scope, Period period);

    /**
     * Explains how {@code result} came about: the formula with its numbers and the contributing
     * records ({@code hor explain}). The host calls it only after {@link #compute} gave
     * {@code result} for the same arguments. By default there is no explanation: the value and
     * {@value Trace#NOT_EXPLAINED}.
     *
     * @param ctx    the read-only view of the dataset (never null)
     * @param scope  the scope (never null)
     * @param period the period, not future, of a type the definition applies to (never null)
     * @param result what {@link #compute} returned (never null)
     * @return the trace (never null)
     */
    default Trace explain(EvaluationContext ctx, Scope scope, Period period, Result result) {
        return Trace.unexplained(result.value());
    }

    /** A computation, for {@link #of}. */
    @FunctionalInterface
    interface Computation {
        /**
         * Computes a result, see {@link Indicator#compute}.
         *
         * @param ctx the host's view of the dataset
         * @param scope the scope
         * @param period the period
         * @return the result (never null)
         */
        Result compute(EvaluationContext ctx, Scope scope, Period period);
    }

    /**
     * Returns an indicator with {@code definition} that computes with {@code computation}.
     *
     * @param definition the indicator's metadata
     * @param computation computes a result for a scope and period
     * @return the indicator
     * @throws NullPointerException if an argument is null
     */
    static Indicator of(IndicatorDefinition definition, Computation computation) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(computation, "computation");
        return new Indicator() {
            @Override
            public IndicatorDefinition definition() {
                return definition;
            }

            @Override
            public Result compute(EvaluationContext ctx, Scope scope, Period period) {
                return computation.compute(ctx, scope, period);
            }

            @Override
            public String toString() {
                return definition.id();
            }
        };
    }
}
