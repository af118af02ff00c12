package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One key indicator in one operating year (spec 03 §6).
 *
 * @param indicator       the indicator id
 * @param summary         n, min, Q1, median, Q3, max over the sites' values in their complete operating year
 * @param recommendations recommended targets per carrier type in spec 01 order; a carrier type is
 *                        left out when its median is 0 or undefined
 */
public record TransferIndicator(String indicator, Summary summary, List<RecommendedTarget> recommendations) {

    /**
     * Copies the list.
     *
     * @param indicator the indicator id
     * @param summary n, min, Q1, median, Q3, max over the sites' values in their complete operating year
     * @param recommendations recommended targets per carrier type in spec 01 order; a carrier type is left
     *                        out when its median is 0 or undefined
     */
    public TransferIndicator {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(summary, "summary");
        recommendations = List.copyOf(recommendations);
    }
}
