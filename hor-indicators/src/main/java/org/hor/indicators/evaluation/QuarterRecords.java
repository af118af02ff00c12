package org.hor.indicators.evaluation;

import java.util.Objects;
import org.hor.core.model.Period;

/**
 * The records of one site in one complete quarter in which it was active (spec 03 §8).
 *
 * @param siteId              the site
 * @param quarter             the quarter
 * @param activeDays          the quarter's days on which the site was active
 * @param deliveries          deliveries of the site's offers dated in the quarter ({@code deliveries.count})
 * @param outcomes            outcomes of the site dated in the quarter
 * @param cooperationsStarted cooperations of the site that started in the quarter
 * @param measurements        measurements of the site dated in the quarter
 * @param supportActions      support actions for the site dated in the quarter
 * @param exchanges           exchanges dated in the quarter that the site attended
 */
public record QuarterRecords(
        String siteId,
        Period quarter,
        long activeDays,
        int deliveries,
        int outcomes,
        int cooperationsStarted,
        int measurements,
        int supportActions,
        int exchanges) {

    /**
     * @throws NullPointerException if siteId or quarter is null
     *
     * @param siteId the site
     * @param quarter the quarter
     * @param activeDays the quarter's days on which the site was active
     * @param deliveries deliveries of the site's offers dated in the quarter ({@code deliveries.count})
     * @param outcomes outcomes of the site dated in the quarter
     * @param cooperationsStarted cooperations of the site that started in the quarter
     * @param measurements measurements of the site dated in the quarter
     * @param supportActions support actions for the site dated in the quarter
     * @param exchanges exchanges dated in the quarter that the site attended
     */
    public QuarterRecords {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(quarter, "quarter");
    }
}
