package org.hor.core.model;

import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.hor.core.validation.constraints.Amount;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.Required;

/**
 * The money a site has for a calendar year (spec 01).
 *
 * @param siteId the site
 * @param year   the calendar year
 * @param amount the amount in EUR (&gt; 0)
 */
public record Budget(
        @Required @HorId String siteId,
        @Required Integer year,

        @Required @Amount @Positive(message = "{org.hor.core.validation.RANGE.positive.message}")
        BigDecimal amount) {}
