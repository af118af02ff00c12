package org.hor.indicators.evaluation;

import java.util.Objects;
import org.hor.core.spi.Value;

/**
 * One key indicator within one approach group (spec 03 §5).
 *
 * @param indicator     the indicator id
 * @param summary       n, min, quartiles, median, max over the group's defined values
 * @param overallMedian the median over all sites of Y
 * @param deviation     100 × (group median − overall median) / |overall median|, the evidence of the
 *                      standing; undefined when not compared
 * @param standing      strength, weakness, within the margin or not compared
 */
public record GroupIndicator(
        String indicator, Summary summary, Value overallMedian, Value deviation, Standing standing) {

    /**
     * @throws NullPointerException if a component is null
     *
     * @param indicator the indicator id
     * @param summary n, min, quartiles, median, max over the group's defined values
     * @param overallMedian the median over all sites of Y
     * @param deviation 100 × (group median − overall median) / |overall median|, the evidence of the
     *                  standing; undefined when not compared
     * @param standing strength, weakness, within the margin or not compared
     */
    public GroupIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(overallMedian, "overallMedian");
        Objects.requireNonNull(deviation, "deviation");
        Objects.requireNonNull(standing, "standing");
    }
}
