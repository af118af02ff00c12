package org.hor.indicators.evaluation;

import java.util.Objects;

/**
 * A key indicator's summary over a set of sites (spec 03 §5, §6).
 *
 * @param indicator the indicator id
 * @param summary   n, minimum, quartiles, median and maximum over the sites' defined values
 */
public record KeyIndicatorSummary(String indicator, Summary summary) {

    /**
     * @throws NullPointerException if a component is null
     *
     * @param indicator the indicator id
     * @param summary n, minimum, quartiles, median and maximum over the sites' defined values
     */
    public KeyIndicatorSummary {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(summary, "summary");
    }
}
