package org.hor.core.model;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorNumber;
import org.hor.core.validation.constraints.PeriodCode;
import org.hor.core.validation.constraints.Required;

/**
 * An agreed value for one indicator at one site in one period (spec 01).
 *
 * @param siteId    the site
 * @param indicator the indicator id
 * @param period    the period code, see {@link Period#parse(String)}
 * @param value     the agreed value (&gt; 0)
 */
public record Target(
        @Required @HorId String siteId,
        @Required String indicator,
        @Required @PeriodCode String period,

        @Required @HorNumber @Positive(message = "{org.hor.core.validation.RANGE.positive.message}")
        BigDecimal value) {}
