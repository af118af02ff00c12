package org.hor.core.model;

import java.math.BigDecimal;

/**
 * The money a site has for a calendar year (spec 01).
 *
 * @param siteId the site
 * @param year   the calendar year
 * @param amount the amount in EUR (&gt; 0)
 */
public record Budget(String siteId, Integer year, BigDecimal amount) {
}
