package org.hor.indicators.evaluation;

import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;

/**
 * One value that a finding rests on, so that a reader can check it.
 *
 * <p>{@code name} is an indicator id ({@code reach.organisations}), a breakdown part written as
 * {@code indicator[CATEGORY]} ({@code cooperations.active[LOCAL_AUTHORITY]}), or a derived quantity:
 * {@code threshold} (the rule's threshold), {@code target} and {@code attainment} (a target),
 * {@code reach.organisations.new.share} (100 × new / reach), {@code exchanges} (exchanges of the
 * programme in the period).
 *
 * @param name   what the value is
 * @param period the period it is about, or {@code null} for a threshold
 * @param value  the value, exact as computed
 */
public record Evidence(String name, Period period, Value value) {

    /** @throws NullPointerException if {@code name} or {@code value} is null */
    public Evidence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    static Evidence threshold(java.math.BigDecimal threshold) {
        return new Evidence("threshold", null, Value.of(threshold));
    }
}
