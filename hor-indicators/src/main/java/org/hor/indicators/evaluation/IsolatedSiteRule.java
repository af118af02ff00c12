package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.hor.core.spi.Value;

/**
 * {@code ISOLATED_SITE}: evaluable when the programme had an exchange dated in Y; fires when
 * {@code exchange.participations} (Y) = 0.
 */
final class IsolatedSiteRule implements ChallengeRule {

    private static final String PARTICIPATIONS = "exchange.participations";

    @Override
    public Rule rule() {
        return Rule.ISOLATED_SITE;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        long exchanges = context.dataset().exchanges().stream()
                .filter(x -> x.date() != null && context.year().contains(x.date()))
                .count();
        Evidence programme =
                new Evidence.Quantity(Evidence.Quantity.Kind.PROGRAMME_EXCHANGES, context.year(), Value.of(exchanges));
        if (exchanges == 0) {
            return RuleResult.notEvaluable(List.of(programme));
        }
        Value participations = context.value(PARTICIPATIONS, context.year());
        List<Evidence> evidence =
                List.of(programme, new Evidence.IndicatorValue(PARTICIPATIONS, context.year(), participations));
        boolean fires = Decimals.equalTo(participations, BigDecimal.ZERO);
        return new RuleResult(
                true,
                evidence,
                fires ? List.of(new RuleHit(PARTICIPATIONS, context.year(), evidence, null)) : List.of());
    }
}
