package org.hor.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hor.core.model.Measurement;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Accrual;
import org.hor.core.spi.EvaluationContext;
import org.hor.core.spi.Indicator;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Level;
import org.hor.core.spi.NumberStyle;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/**
 * {@code example.language-cafe.visits}: the sum of the measurements with metric
 * {@value #METRIC} of the scope's sites dated in the period.
 *
 * <p>Only some houses run a language café, so the indicator applies only to a scope with at least
 * one site that has ever recorded such a measurement (up to {@code asOf}); otherwise it is
 * {@link Reason#NOT_APPLICABLE}, not 0. This depends on the data, which
 * {@link org.hor.core.spi.IndicatorProvider#appliesTo(Site)} cannot see, so the computation decides
 * (no SPI extension is needed: returning NOT_APPLICABLE is part of the contract).
 */
public final class LanguageCafeVisits implements Indicator {

    /** The metric summed. */
    public static final String METRIC = "language-cafe.visits";

    /** The definition. */
    public static final IndicatorDefinition DEFINITION = IndicatorDefinition.builder("example.language-cafe.visits")
            .label("Besuche im Sprachcafé", "Language café visits")
            .definition(
                    "Summe der erfassten Besuche im Sprachcafé der Standorte im Zeitraum.",
                    "Sum of the recorded language café visits of the sites in the period.")
            .unit("visits")
            .level(Level.OUTPUT)
            .accrual(Accrual.CUMULATIVE)
            .numberStyle(NumberStyle.EXACT)
            .build();

    /** The earliest day looked at to find out whether a site runs a language café. */
    private static final LocalDate EVER = LocalDate.of(1800, 1, 1);

    /** Creates the indicator. */
    public LanguageCafeVisits() {}

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Result compute(EvaluationContext ctx, Scope scope, Period period) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean runsCafe = false;
        for (Site site : ctx.sites(scope)) {
            runsCafe |= ctx.measurements(site.id(), EVER, ctx.asOf()).stream()
                    .anyMatch(m -> m.metric().equals(METRIC));
            for (Measurement m : ctx.measurements(site.id(), period.first(), period.last())) {
                if (m.metric().equals(METRIC)) {
                    sum = sum.add(m.value());
                }
            }
        }
        return Result.of(runsCafe ? Value.of(sum) : Value.undefined(Reason.NOT_APPLICABLE));
    }
}
