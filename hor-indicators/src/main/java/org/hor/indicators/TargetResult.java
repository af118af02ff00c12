package org.hor.indicators;

import java.math.BigDecimal;
import java.util.Optional;
import org.hor.core.model.Period;
import org.hor.core.spi.Value;
import org.jspecify.annotations.Nullable;

/**
 * A target compared with the actual value (spec 02 "Targets and attainment").
 *
 * @param siteId      the site
 * @param indicator   the indicator id
 * @param period      the target's period (complete or partial, never future)
 * @param target      the agreed value
 * @param actual      the indicator's value for the site and period
 * @param expectation the expectation in a partial period, else {@code null}
 * @param attainment  the attainment (complete period) or pace (partial period), or {@code null} when there is none
 *                    or disclosure control withholds it
 * @param status      the status, or {@code null} only when disclosure control withholds it (then
 *                    {@code actual} is {@link org.hor.core.spi.Reason#SUPPRESSED}; see
 *                    {@code org.hor.indicators.disclosure.DisclosureControl})
 */
public record TargetResult(
        String siteId,
        String indicator,
        Period period,
        BigDecimal target,
        Value actual,
        @Nullable BigDecimal expectation,
        @Nullable BigDecimal attainment,
        @Nullable TargetStatus status) {

    /** {@return whether the target's period was partial (then {@link #attainment()} is the pace)} */
    public boolean partial() {
        return expectation != null
                || status == TargetStatus.ON_TRACK
                || status == TargetStatus.BEHIND
                || status == TargetStatus.FAR_BEHIND;
    }

    /** {@return the expectation, present only in a partial period} */
    public Optional<BigDecimal> expectationIfAny() {
        return Optional.ofNullable(expectation);
    }

    /** {@return the attainment or pace, when there is one} */
    public Optional<BigDecimal> attainmentIfAny() {
        return Optional.ofNullable(attainment);
    }
}
