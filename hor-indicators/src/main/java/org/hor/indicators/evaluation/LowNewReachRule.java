package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.hor.core.spi.Value;

/**
 * {@code LOW_NEW_REACH}: evaluable when {@code reach.organisations} (Y) ≥ 5; fires when
 * {@code reach.organisations.new} / {@code reach.organisations} &lt; 20 %, compared exactly as
 * 100 × new &lt; 20 × reach.
 */
final class LowNewReachRule implements ChallengeRule {

    private static final String REACH = "reach.organisations";
    private static final String NEW = "reach.organisations.new";

    private final ChallengeThresholds thresholds;

    LowNewReachRule(ChallengeThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public Rule rule() {
        return Rule.LOW_NEW_REACH;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Value reach = context.value(REACH, context.year());
        Evidence reachEvidence = new Evidence.IndicatorValue(REACH, context.year(), reach);
        if (!Decimals.atLeast(reach, thresholds.newReachMinReach())) {
            return RuleResult.notEvaluable(List.of(reachEvidence));
        }
        Value fresh = context.value(NEW, context.year());
        BigDecimal r = reach.asNumber().orElseThrow();
        Value share = fresh.asNumber().map(n -> Decimals.percent(n, r)).orElse(fresh);
        List<Evidence> evidence = List.of(
                reachEvidence,
                new Evidence.IndicatorValue(NEW, context.year(), fresh),
                new Evidence.Share(NEW, REACH, context.year(), share),
                new Evidence.Threshold(thresholds.newReachShareBelow()));
        boolean fires = fresh.asNumber()
                .map(n -> n.multiply(Decimals.HUNDRED)
                                .compareTo(thresholds.newReachShareBelow().multiply(r))
                        < 0)
                .orElse(false);
        return new RuleResult(
                true, evidence, fires ? List.of(new RuleHit(NEW, context.year(), evidence, null)) : List.of());
    }
}
