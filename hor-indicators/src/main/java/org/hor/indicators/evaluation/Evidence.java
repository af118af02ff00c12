package org.hor.indicators.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.jspecify.annotations.Nullable;

/**
 * One thing a finding rests on, so that a reader can check it: a closed set of typed variants, so
 * that a reader takes the indicator, the period and the numbers from fields instead of from a name.
 *
 * <ul>
 *   <li>{@link IndicatorValue}: an indicator's value for the site in a period;</li>
 *   <li>{@link PartValue}: one category of an indicator's breakdown;</li>
 *   <li>{@link Target}: a target with the actual value and the attainment;</li>
 *   <li>{@link Share}: 100 × one indicator / another, where no indicator holds it;</li>
 *   <li>{@link Threshold}: the rule's threshold, a percentage;</li>
 *   <li>{@link Quantity}: a number counted from the records that is no indicator (the programme's
 *       exchanges, active days, deliveries of a quarter or of one day).</li>
 * </ul>
 */
public sealed interface Evidence {

    /**
     * An indicator's value for the finding's site.
     *
     * @param indicator the indicator id
     * @param period    the period
     * @param value     the value, exact as computed
     */
    record IndicatorValue(String indicator, Period period, Value value) implements Evidence {

        /**
         * @throws NullPointerException if a component is null
         *
         * @param indicator the indicator id
         * @param period the period
         * @param value the value, exact as computed
         */
        public IndicatorValue {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One category of an indicator's breakdown for the finding's site.
     *
     * @param indicator the indicator id
     * @param category  the category, as the breakdown names it ({@code LOCAL_AUTHORITY})
     * @param period    the period
     * @param value     the part's value
     */
    record PartValue(String indicator, String category, Period period, Value value) implements Evidence {

        /**
         * @throws NullPointerException if a component is null
         *
         * @param indicator the indicator id
         * @param category the category, as the breakdown names it ({@code LOCAL_AUTHORITY})
         * @param period the period
         * @param value the part's value
         */
        public PartValue {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A target of the finding's site with what became of it.
     *
     * @param indicator  the target's indicator
     * @param period     the target's period
     * @param target     the target value
     * @param actual     the indicator's value in the period
     * @param attainment 100 × actual / target, or {@code null} when it is not defined
     */
    record Target(
            String indicator,
            Period period,
            BigDecimal target,
            Value actual,
            @Nullable BigDecimal attainment) implements Evidence {

        /**
         * @throws NullPointerException if a component but {@code attainment} is null
         *
         * @param indicator the target's indicator
         * @param period the target's period
         * @param target the target value
         * @param actual the indicator's value in the period
         * @param attainment 100 × actual / target, or {@code null} when it is not defined
         */
        public Target {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
        }

        /** {@return the attainment in percent, when defined} */
        public Optional<BigDecimal> attainmentIfAny() {
            return Optional.ofNullable(attainment);
        }
    }

    /**
     * A share that no indicator holds: 100 × {@code part} / {@code whole}, both indicators of the
     * finding's site in {@code period}.
     *
     * @param part   the indicator counted in the numerator ({@code reach.organisations.new})
     * @param whole  the indicator in the denominator ({@code reach.organisations})
     * @param period the period
     * @param value  the share in percent; undefined when the part is
     */
    record Share(String part, String whole, Period period, Value value) implements Evidence {

        /**
         * @throws NullPointerException if a component is null
         *
         * @param part the indicator counted in the numerator ({@code reach.organisations.new})
         * @param whole the indicator in the denominator ({@code reach.organisations})
         * @param period the period
         * @param value the share in percent; undefined when the part is
         */
        public Share {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(whole, "whole");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The threshold the rule compared with, a percentage.
     *
     * @param percent the threshold
     */
    record Threshold(BigDecimal percent) implements Evidence {

        /**
         * @throws NullPointerException if {@code percent} is null
         *
         * @param percent the threshold
         */
        public Threshold {
            Objects.requireNonNull(percent, "percent");
        }
    }

    /**
     * A number counted from the records that is no indicator of the site.
     *
     * @param kind   what was counted
     * @param period the period it was counted in
     * @param value  the number (a percentage for the kinds that say so)
     */
    record Quantity(Kind kind, Period period, Value value) implements Evidence {

        /**
         * @throws NullPointerException if a component is null
         *
         * @param kind what was counted
         * @param period the period it was counted in
         * @param value the number (a percentage for the kinds that say so)
         */
        public Quantity {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
        }

        /** What a {@link Quantity} counts; {@link #id()} is its name in the JSON output. */
        public enum Kind {
            /** The exchanges of the programme dated in the period. */
            PROGRAMME_EXCHANGES("exchanges", false),
            /** The days of the period on which the site was active. */
            ACTIVE_DAYS("activeDays", false),
            /** The site's deliveries in the period. */
            DELIVERIES("deliveries.count", false),
            /** The change of the deliveries against the previous quarter, in percent of the previous count. */
            DELIVERIES_CHANGE("deliveries.count.change", true),
            /** The deliveries dated on the day that holds the most. */
            DELIVERIES_ON_ONE_DAY("deliveries.day", false),
            /** That day's share of the quarter's deliveries, in percent. */
            DELIVERIES_ON_ONE_DAY_SHARE("deliveries.day.share", true);

            private final String id;
            private final boolean percent;

            Kind(String id, boolean percent) {
                this.id = id;
                this.percent = percent;
            }

            /** {@return the stable id, e.g. {@code activeDays}} */
            public String id() {
                return id;
            }

            /** {@return whether the number is a percentage} */
            public boolean isPercent() {
                return percent;
            }
        }
    }
}
