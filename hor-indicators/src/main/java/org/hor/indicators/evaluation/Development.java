package org.hor.indicators.evaluation;

import java.util.List;
import org.hor.core.model.PeriodType;

/**
 * The development of one indicator at one site over the complete periods of one type in which the
 * site was active (spec 03 §1).
 *
 * @param siteId     the site
 * @param indicator  the indicator id
 * @param periodType the period type (years or quarters by default)
 * @param points     the series, by period
 * @param trend      the trend over the last three points
 */
public record Development(
        String siteId, String indicator, PeriodType periodType, List<SeriesPoint> points, Trend trend) {

    /**
     * Copies {@code points}.
     *
     * @param siteId the site
     * @param indicator the indicator id
     * @param periodType the period type (years or quarters by default)
     * @param points the series, by period
     * @param trend the trend over the last three points
     */
    public Development {
        points = List.copyOf(points);
    }
}
