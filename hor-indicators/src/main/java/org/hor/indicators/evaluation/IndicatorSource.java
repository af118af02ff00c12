package org.hor.indicators.evaluation;

import java.util.List;
import org.hor.core.model.Period;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;
import org.hor.indicators.TargetResult;

/**
 * The indicator values the formative evaluation reads: the narrow view of the engine it needs.
 * Implementations must be deterministic and must answer for any scope and any period the
 * evaluation asks for, including custom ranges (operating years, spec 03 §6).
 *
 * <p>Implementations never return {@code null}; an indicator that does not apply, or an unknown
 * indicator id, gives an undefined {@link Value}.
 */
public interface IndicatorSource {

    /** {@return the ids of the indicators in catalogue order (spec 02: standard ones, then plugins' by id)} */
    List<String> indicatorIds();

    /**
     * {@return the direction of indicator {@code indicatorId}}
     *
     * @param indicatorId the indicator's id
     * @throws IllegalArgumentException if the indicator is unknown
     */
    Direction direction(String indicatorId);

    /**
     * Returns the value of {@code indicatorId} for {@code scope} in {@code period}, where every
     * indicator that looks at the previous period ({@code retention.share}) uses {@code previous} as
     * prev(p). The evaluation calls this with {@code previous != period.previous()} only for
     * operating years (spec 03 §6: the previous period of operating year k is operating year k−1,
     * which differs from the same-length range before it when a 29 February lies in one of them).
     *
     * @param scope       the scope
     * @param period      the period (any type, including custom ranges)
     * @param previous    the period to use as prev(period)
     * @param indicatorId the indicator
     * @return the value, never {@code null}
     */
    Value value(Scope scope, Period period, Period previous, String indicatorId);

    /**
     * {@return the value of {@code indicatorId} for {@code scope} in {@code period}, with prev(p) as
     * spec 02 defines it ({@link Period#previous()})}
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     */
    default Value value(Scope scope, Period period, String indicatorId) {
        return value(scope, period, period.previous(), indicatorId);
    }

    /**
     * Returns one part of the breakdown of {@code indicatorId}, e.g. {@code cooperations.active} of
     * partner type {@code LOCAL_AUTHORITY}.
     *
     * @param scope the scope
     * @param period the period
     * @param indicatorId the indicator's id
     * @param category the category's name as spec 01 writes it
     * @return the part; undefined with the total's reason when the total is undefined
     */
    Value part(Scope scope, Period period, String indicatorId, String category);

    /**
     * {@return the target results of site {@code siteId}: every target of a complete or partial
     * period, in any order (the evaluation sorts them)}
     *
     * @param siteId the site's id
     */
    List<TargetResult> targets(String siteId);
}
