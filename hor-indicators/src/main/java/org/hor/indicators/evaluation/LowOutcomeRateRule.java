package org.hor.indicators.evaluation;

import java.util.List;
import org.hor.core.spi.Value;

/**
 * {@code LOW_OUTCOME_RATE}: evaluable when the site started before 1 January of Y−1; fires when
 * {@code outcomes.organisations.share} (Y) &lt; 10.
 */
final class LowOutcomeRateRule implements ChallengeRule {

    private static final String SHARE = "outcomes.organisations.share";

    private final ChallengeThresholds thresholds;

    LowOutcomeRateRule(ChallengeThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public Rule rule() {
        return Rule.LOW_OUTCOME_RATE;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        if (context.site().start() == null
                || !context.site().start().isBefore(context.yearBefore(1).first())) {
            return RuleResult.notEvaluable(List.of());
        }
        Value share = context.value(SHARE, context.year());
        List<Evidence> evidence = List.of(
                new Evidence.IndicatorValue(SHARE, context.year(), share),
                new Evidence.Threshold(thresholds.outcomeRateBelow()));
        boolean fires = Decimals.lessThan(share, thresholds.outcomeRateBelow());
        return new RuleResult(
                true, evidence, fires ? List.of(new RuleHit(SHARE, context.year(), evidence, null)) : List.of());
    }
}
