package org.hor.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Free-form site data that plugins read (spec 01).
 *
 * @param siteId the site
 * @param metric the metric id, e.g. {@code language-cafe.visits}
 * @param date   the day it refers to
 * @param value  the value
 * @param unit   the unit, or {@code null}
 */
public record Measurement(String siteId, String metric, LocalDate date, BigDecimal value, String unit) {
}
