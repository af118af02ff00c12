package org.hor.indicators.evaluation;

import java.util.List;

/**
 * The comparison of the approaches in Y (spec 03 §5).
 *
 * @param overall the key indicators over all sites of Y
 * @param groups  per dimension (carrier type, then coverage) each value with at least one site of Y,
 *                in the order spec 01 lists the values
 */
public record Approaches(List<KeyIndicatorSummary> overall, List<ApproachGroup> groups) {

    /**
     * Copies the lists.
     *
     * @param overall the key indicators over all sites of Y
     * @param groups per dimension (carrier type, then coverage) each value with at least one site of Y, in
     *               the order spec 01 lists the values
     */
    public Approaches {
        overall = List.copyOf(overall);
        groups = List.copyOf(groups);
    }
}
