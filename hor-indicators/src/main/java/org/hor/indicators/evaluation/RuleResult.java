package org.hor.indicators.evaluation;

import java.util.List;

/**
 * The result of one rule at one site in one year.
 *
 * @param evaluable whether the rule's precondition holds
 * @param evidence  the values the precondition and the decision rest on (also when it does not fire)
 * @param hits      the challenges it raises: none when it does not fire (always none when not
 *                  evaluable); at most one, except for {@link Rule#TARGET_MISSED} (one per missed target)
 */
record RuleResult(boolean evaluable, List<Evidence> evidence, List<RuleHit> hits) {

    /** Copies the lists. @throws IllegalArgumentException if a rule that is not evaluable has hits */
    public RuleResult {
        evidence = List.copyOf(evidence);
        hits = List.copyOf(hits);
        if (!evaluable && !hits.isEmpty()) {
            throw new IllegalArgumentException("a rule that is not evaluable cannot fire");
        }
    }

    /** {@return whether the rule fired} */
    public boolean fired() {
        return !hits.isEmpty();
    }

    static RuleResult notEvaluable(List<Evidence> evidence) {
        return new RuleResult(false, evidence, List.of());
    }
}
