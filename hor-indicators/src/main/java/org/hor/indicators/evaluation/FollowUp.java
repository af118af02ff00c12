package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * What became of a challenge of Y−1 that the evaluators answered with support (spec 03 §3).
 *
 * @param siteId    the site
 * @param rule      the rule that fired in Y−1
 * @param actionIds the ids of the support actions for that site and rule dated from 1 January of Y−1
 *                  to the reference day of Y, by date then id
 * @param measures  the distinct measure ids those actions used, catalogue measures first in catalogue
 *                  order, then any others by id
 * @param state     the state in Y
 * @param evidence  the rule's evidence in Y (empty when the site is no site of Y)
 */
public record FollowUp(
        String siteId,
        Rule rule,
        List<String> actionIds,
        List<String> measures,
        FollowUpState state,
        List<Evidence> evidence) {

    /**
     * Copies the lists.
     *
     * @param siteId the site
     * @param rule the rule that fired in Y−1
     * @param actionIds the ids of the support actions for that site and rule dated from 1 January of Y−1 to
     *                  the reference day of Y, by date then id
     * @param measures the distinct measure ids those actions used, catalogue measures first in catalogue
     *                 order, then any others by id
     * @param state the state in Y
     * @param evidence the rule's evidence in Y (empty when the site is no site of Y)
     */
    public FollowUp {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(state, "state");
        actionIds = List.copyOf(actionIds);
        measures = List.copyOf(measures);
        evidence = List.copyOf(evidence);
    }
}
