package org.hor.core.model;

import java.time.LocalDate;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.Required;
import org.hor.core.validation.constraints.StateCode;
import org.jspecify.annotations.Nullable;

/**
 * One House of Resources (spec 01). A site is <em>active</em> on the days from {@code start} to the
 * earlier of {@code end} and the dataset's {@code asOf}; its <em>approach</em> is the pair
 * ({@code carrierType}, {@code coverage}).
 *
 * <p>Components are not checked on construction, so that invalid records can be represented and
 * reported by validation; {@code end} is {@code null} when the site has no (planned) end.
 *
 * @param id          the site's id
 * @param name        its name
 * @param city        the city it is in
 * @param state       the ISO 3166-2 code of its German state, e.g. {@code DE-SN}
 * @param carrier     the organisation that runs it
 * @param carrierType the kind of carrier
 * @param coverage    the area it covers
 * @param start       its first day
 * @param end         its last day, or {@code null}
 */
public record Site(
        @Required @HorId String id,
        @Required @HorText String name,
        @Required @HorText String city,
        @Required @StateCode String state,
        @Required @HorText String carrier,
        @Required CarrierType carrierType,
        @Required Coverage coverage,
        @Required LocalDate start,
        @Nullable LocalDate end) {

    /**
     * {@return whether the site is active on {@code day}, given the dataset's {@code asOf}}
     *
     * @param day a day
     * @param asOf the dataset's {@code asOf}
     */
    public boolean isActiveOn(LocalDate day, LocalDate asOf) {
        return start != null && !day.isBefore(start) && !day.isAfter(lastActiveDay(asOf));
    }

    /**
     * {@return the last day the site is active: the earlier of {@code end} and {@code asOf}}
     *
     * @param asOf the dataset's {@code asOf}
     */
    public LocalDate lastActiveDay(LocalDate asOf) {
        return end == null || end.isAfter(asOf) ? asOf : end;
    }
}
