package org.hor.indicators.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hor.core.model.Period;
import org.hor.indicators.TargetResult;
import org.hor.indicators.TargetStatus;

/**
 * {@code TARGET_MISSED}: evaluable when the site has a target of a complete period that lies within
 * Y; one challenge per such target with status {@code PARTLY} or {@code MISSED}, by indicator in
 * catalogue order, then by period.
 */
final class TargetMissedRule implements ChallengeRule {

    @Override
    public Rule rule() {
        return Rule.TARGET_MISSED;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Comparator<TargetResult> order = Comparator.comparing(
                        TargetResult::indicator, Catalogue.order(context.source()))
                .thenComparing(TargetResult::period, Period.ORDER);
        List<TargetResult> inYear = context.source().targets(context.site().id()).stream()
                .filter(t -> t.siteId().equals(context.site().id()))
                .filter(t -> context.year().contains(t.period()) && t.period().isComplete(context.asOf()))
                .sorted(order)
                .toList();
        if (inYear.isEmpty()) {
            return RuleResult.notEvaluable(List.of());
        }
        List<Evidence> all = new ArrayList<>();
        List<RuleHit> hits = new ArrayList<>();
        for (TargetResult t : inYear) {
            List<Evidence> evidence = evidence(t);
            all.addAll(evidence);
            if (t.status() == TargetStatus.PARTLY || t.status() == TargetStatus.MISSED) {
                hits.add(new RuleHit(t.indicator(), t.period(), evidence, t.status()));
            }
        }
        return new RuleResult(true, all, hits);
    }

    private static List<Evidence> evidence(TargetResult t) {
        return List.of(new Evidence.Target(
                t.indicator(),
                t.period(),
                t.target(),
                t.actual(),
                t.attainmentIfAny().orElse(null)));
    }
}
