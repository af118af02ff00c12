package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import org.hor.core.model.CarrierType;

/**
 * A recommended target for a new site of one carrier type in one operating year (spec 03 §6).
 *
 * @param carrierType the new site's carrier type
 * @param basis       whose median it is
 * @param n           the number of defined values the median is taken over
 * @param value       the median (never 0)
 */
public record RecommendedTarget(CarrierType carrierType, TargetBasis basis, int n, BigDecimal value) {

    /** @throws NullPointerException if a component is null */
    public RecommendedTarget {
        Objects.requireNonNull(carrierType, "carrierType");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(value, "value");
    }
}
