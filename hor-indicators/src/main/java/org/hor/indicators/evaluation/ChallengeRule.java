package org.hor.indicators.evaluation;

import java.util.List;

/**
 * One rule of spec 03 §2: a precondition (when the rule is <em>evaluable</em>), a condition (when
 * it <em>fires</em>) and the evidence for both. Implementations are stateless and deterministic; an
 * undefined value never satisfies a comparison.
 */
interface ChallengeRule {

    /** {@return the rule this implements} */
    Rule rule();

    /** Evaluates the rule at {@code context.site()} in {@code context.year()}. */
    RuleResult evaluate(RuleContext context);

    /** {@return the eight standard rules in table order, with {@code thresholds}} */
    static List<ChallengeRule> standard(ChallengeThresholds thresholds) {
        return List.of(
                new TargetMissedRule(),
                new DecliningReachRule(),
                new LowNewReachRule(thresholds),
                new LowRetentionRule(thresholds),
                new GrantConcentrationRule(thresholds),
                new NoLocalAuthorityPartnerRule(),
                new IsolatedSiteRule(),
                new LowOutcomeRateRule(thresholds));
    }
}
