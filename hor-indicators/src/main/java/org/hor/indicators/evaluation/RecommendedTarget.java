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
 * @param value       the median (never 0); 0 and meaningless when {@code suppressed}
 * @param suppressed  whether disclosure control withholds the median because it equals or pins down a
 *                    suppressed value (spec 04 "Disclosure control"); then a published output shows
 *                    it as suppressed, never {@code value}
 */
public record RecommendedTarget(
        CarrierType carrierType, TargetBasis basis, int n, BigDecimal value, boolean suppressed) {

    /**
     * @throws NullPointerException if a component is null
     *
     * @param carrierType the new site's carrier type
     * @param basis whose median it is
     * @param n the number of defined values the median is taken over
     * @param value the median (never 0); 0 and meaningless when {@code suppressed}
     * @param suppressed whether disclosure control withholds the median because it equals or pins down a
     *                   suppressed value (spec 04 "Disclosure control"); then a published output shows it as
     *                   suppressed, never {@code value}
     */
    public RecommendedTarget {
        Objects.requireNonNull(carrierType, "carrierType");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(value, "value");
        if (suppressed) {
            value = BigDecimal.ZERO;
        }
    }

    /**
     * A recommended target that is shown: {@code suppressed} false.
     *
     * @param carrierType the new site's carrier type
     * @param basis whose median it is
     * @param n the number of defined values the median is taken over
     * @param value the median (never 0); 0 and meaningless when {@code suppressed}
     */
    public RecommendedTarget(CarrierType carrierType, TargetBasis basis, int n, BigDecimal value) {
        this(carrierType, basis, n, value, false);
    }

    /** {@return this target withheld by disclosure control: the basis and n stay, the value does not} */
    public RecommendedTarget withheld() {
        return new RecommendedTarget(carrierType, basis, n, BigDecimal.ZERO, true);
    }
}
