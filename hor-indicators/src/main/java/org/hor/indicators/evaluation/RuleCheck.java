package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one rule at one site of the evaluation year, fired or not: the basis of peer
 * learning, follow-up and support needs, kept so that a reader can check them.
 *
 * @param siteId    the site
 * @param rule      the rule
 * @param evaluable whether its precondition held
 * @param fired     whether it fired
 * @param evidence  the values the precondition and the decision rest on
 */
public record RuleCheck(String siteId, Rule rule, boolean evaluable, boolean fired, List<Evidence> evidence) {

    /**
     * Copies {@code evidence}.
     *
     * @param siteId the site
     * @param rule the rule
     * @param evaluable whether its precondition held
     * @param fired whether it fired
     * @param evidence the values the precondition and the decision rest on
     */
    public RuleCheck {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(rule, "rule");
        evidence = List.copyOf(evidence);
    }
}
