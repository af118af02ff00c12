package org.hor.indicators.evaluation;

import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;

/**
 * {@code LOW_RETENTION}: evaluable when {@code reach.organisations} (Y−1) ≥ 5; fires when
 * {@code retention.share} (Y) &lt; 30.
 */
final class LowRetentionRule implements ChallengeRule {

    private static final String REACH = "reach.organisations";
    private static final String RETENTION = "retention.share";

    private final ChallengeThresholds thresholds;

    LowRetentionRule(ChallengeThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public Rule rule() {
        return Rule.LOW_RETENTION;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Period before = context.yearBefore(1);
        Value reach = context.value(REACH, before);
        Evidence reachEvidence = new Evidence.IndicatorValue(REACH, before, reach);
        if (!Decimals.atLeast(reach, thresholds.retentionMinPreviousReach())) {
            return RuleResult.notEvaluable(List.of(reachEvidence));
        }
        Value retention = context.value(RETENTION, context.year());
        List<Evidence> evidence = List.of(
                reachEvidence,
                new Evidence.IndicatorValue(RETENTION, context.year(), retention),
                new Evidence.Threshold(thresholds.retentionBelow()));
        boolean fires = Decimals.lessThan(retention, thresholds.retentionBelow());
        return new RuleResult(
                true, evidence, fires ? List.of(new RuleHit(RETENTION, context.year(), evidence, null)) : List.of());
    }
}
