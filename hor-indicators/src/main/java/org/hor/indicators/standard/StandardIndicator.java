package org.hor.indicators.standard;

import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Trace;
import org.hor.core.spi.Value;
import org.hor.indicators.internal.HostContext;
import org.hor.indicators.internal.Kernels;

/**
 * One standard indicator, all of it in one place: its definition, its computation (what it reads from
 * the kernels' aggregates, above all the single {@link org.hor.indicators.internal.Pass} over the
 * deliveries of a scope and period), its explanation (the formula with its numbers and the
 * contributing records) and its disclosure denominator. Every part is required: an entry without one
 * does not construct, so the table {@link StandardIndicators} cannot load.
 *
 * @param definition  the metadata
 * @param denominator the count that decides disclosure
 * @param computation the value from the kernels
 * @param explanation the trace of a value the computation gave
 */
record StandardIndicator(
        IndicatorDefinition definition, Denominator denominator, Computation computation, Explanation explanation)
        implements Indicator {

    /** Computes a value from the kernels' aggregates. */
    @FunctionalInterface
    interface Computation {
        Result compute(Kernels k, Scope scope, Period period);
    }

    /** Explains {@code value}, which the computation gave for the same arguments. */
    @FunctionalInterface
    interface Explanation {
        Trace explain(Kernels k, Scope scope, Period period, Value value);
    }

    StandardIndicator {
        Objects.requireNonNull(definition, "definition");
        String id = definition.id();
        Objects.requireNonNull(denominator, () -> "the standard indicator " + id + " has no denominator");
        Objects.requireNonNull(computation, () -> "the standard indicator " + id + " has no computation");
        Objects.requireNonNull(explanation, () -> "the standard indicator " + id + " has no explanation");
    }

    @Override
    public Result compute(EvaluationContext ctx, Scope scope, Period period) {
        return computation.compute(kernels(ctx), scope, period);
    }

    @Override
    public Trace explain(EvaluationContext ctx, Scope scope, Period period, Result result) {
        return explanation.explain(kernels(ctx), scope, period, result.value());
    }

    private static Kernels kernels(EvaluationContext ctx) {
        if (ctx instanceof HostContext host) {
            return host.kernels();
        }
        throw new IllegalStateException("the standard indicators need the hor engine as host (got the context "
                + ctx.getClass().getName() + ")");
    }

    @Override
    public String toString() {
        return definition.id();
    }
}
