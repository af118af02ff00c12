package org.hor.indicators.evaluation;

import java.util.List;
import org.hor.core.spi.Value;

/**
 * {@code GRANT_CONCENTRATION}: evaluable when {@code grants.count} (Y) ≥ 4; fires when
 * {@code grants.top-recipient.share} (Y) &gt; 40.
 */
final class GrantConcentrationRule implements ChallengeRule {

    private static final String COUNT = "grants.count";
    private static final String TOP = "grants.top-recipient.share";

    private final ChallengeThresholds thresholds;

    GrantConcentrationRule(ChallengeThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public Rule rule() {
        return Rule.GRANT_CONCENTRATION;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Value count = context.value(COUNT, context.year());
        Evidence countEvidence = new Evidence.IndicatorValue(COUNT, context.year(), count);
        if (!Decimals.atLeast(count, thresholds.grantsMinCount())) {
            return RuleResult.notEvaluable(List.of(countEvidence));
        }
        Value top = context.value(TOP, context.year());
        List<Evidence> evidence = List.of(
                countEvidence,
                new Evidence.IndicatorValue(TOP, context.year(), top),
                new Evidence.Threshold(thresholds.topRecipientShareAbove()));
        boolean fires = Decimals.greaterThan(top, thresholds.topRecipientShareAbove());
        return new RuleResult(
                true, evidence, fires ? List.of(new RuleHit(TOP, context.year(), evidence, null)) : List.of());
    }
}
