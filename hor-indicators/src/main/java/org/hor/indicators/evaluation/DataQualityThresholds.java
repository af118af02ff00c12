package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the data-quality findings (spec 03 §8); {@link #DEFAULTS} holds the spec's values.
 *
 * @param jumpAbovePercent  a jump changes the count by more than this percentage of the previous count (50)
 * @param jumpMinLarger     … where the larger of the two counts is ≥ this (20)
 * @param bulkMinDeliveries bulk dating needs ≥ this many deliveries in the quarter (20)
 * @param bulkDayAbovePercent … and one day holding more than this percentage of them (30)
 */
public record DataQualityThresholds(
        BigDecimal jumpAbovePercent, int jumpMinLarger, int bulkMinDeliveries, BigDecimal bulkDayAbovePercent) {

    /** The spec's thresholds. */
    public static final DataQualityThresholds DEFAULTS =
            new DataQualityThresholds(BigDecimal.valueOf(50), 20, 20, BigDecimal.valueOf(30));

    /**
     * @throws NullPointerException if a percentage is null
     *
     * @param jumpAbovePercent a jump changes the count by more than this percentage of the previous count
     *                         (50)
     * @param jumpMinLarger … where the larger of the two counts is ≥ this (20)
     * @param bulkMinDeliveries bulk dating needs ≥ this many deliveries in the quarter (20)
     * @param bulkDayAbovePercent … and one day holding more than this percentage of them (30)
     */
    public DataQualityThresholds {
        Objects.requireNonNull(jumpAbovePercent, "jumpAbovePercent");
        Objects.requireNonNull(bulkDayAbovePercent, "bulkDayAbovePercent");
    }
}
