package org.hor.indicators.evaluation;

import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Value;

/**
 * {@code DECLINING_REACH}: evaluable when the site was active on every day of Y−2, Y−1 and Y; fires
 * when {@code reach.organisations} strictly falls over Y−2, Y−1, Y (all three defined).
 */
final class DecliningReachRule implements ChallengeRule {

    private static final String REACH = "reach.organisations";

    @Override
    public Rule rule() {
        return Rule.DECLINING_REACH;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Site site = context.site();
        Period first = context.yearBefore(2);
        boolean evaluable = site.start() != null
                && !site.start().isAfter(first.first())
                && !site.lastActiveDay(context.asOf()).isBefore(context.year().last());
        if (!evaluable) {
            return RuleResult.notEvaluable(List.of());
        }
        Period second = context.yearBefore(1);
        Value a = context.value(REACH, first);
        Value b = context.value(REACH, second);
        Value c = context.value(REACH, context.year());
        List<Evidence> evidence = List.of(
                new Evidence.IndicatorValue(REACH, first, a),
                new Evidence.IndicatorValue(REACH, second, b),
                new Evidence.IndicatorValue(REACH, context.year(), c));
        boolean fires = a.isDefined()
                && b.isDefined()
                && c.isDefined()
                && a.asNumber().orElseThrow().compareTo(b.asNumber().orElseThrow()) > 0
                && b.asNumber().orElseThrow().compareTo(c.asNumber().orElseThrow()) > 0;
        return new RuleResult(
                true, evidence, fires ? List.of(new RuleHit(REACH, context.year(), evidence, null)) : List.of());
    }
}
