package org.hor.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hor.core.validation.constraints.HorId;
import org.hor.core.validation.constraints.HorNumber;
import org.hor.core.validation.constraints.HorText;
import org.hor.core.validation.constraints.Required;
import org.jspecify.annotations.Nullable;

/**
 * Free-form site data that plugins read (spec 01).
 *
 * @param siteId the site
 * @param metric the metric id, e.g. {@code language-cafe.visits}
 * @param date   the day it refers to
 * @param value  the value
 * @param unit   the unit, or {@code null}
 */
public record Measurement(
        @Required @HorId String siteId,
        @Required @HorId String metric,
        @Required LocalDate date,
        @Required @HorNumber BigDecimal value,
        @HorText @Nullable String unit) {}
