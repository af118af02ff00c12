package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The sites of Y that share one value of an approach dimension (spec 03 §5).
 *
 * @param dimension  the dimension
 * @param value      the value, e.g. {@code CONSORTIUM}
 * @param siteIds    its sites of Y, by id (at least one)
 * @param indicators the key indicators, in key-indicator order
 */
public record ApproachGroup(
        ApproachDimension dimension, String value, List<String> siteIds, List<GroupIndicator> indicators) {

    /**
     * Copies the lists.
     *
     * @param dimension the dimension
     * @param value the value, e.g. {@code CONSORTIUM}
     * @param siteIds its sites of Y, by id (at least one)
     * @param indicators the key indicators, in key-indicator order
     */
    public ApproachGroup {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
        siteIds = List.copyOf(siteIds);
        indicators = List.copyOf(indicators);
    }

    /** {@return the number of sites} */
    public int sites() {
        return siteIds.size();
    }

    /** {@return the key indicators that are strengths, in key-indicator order} */
    public List<String> strengths() {
        return indicators.stream()
                .filter(i -> i.standing() == Standing.STRENGTH)
                .map(GroupIndicator::indicator)
                .toList();
    }

    /** {@return the key indicators that are weaknesses, in key-indicator order} */
    public List<String> weaknesses() {
        return indicators.stream()
                .filter(i -> i.standing() == Standing.WEAKNESS)
                .map(GroupIndicator::indicator)
                .toList();
    }
}
