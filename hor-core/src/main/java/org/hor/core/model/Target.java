package org.hor.core.model;

import java.math.BigDecimal;

/**
 * An agreed value for one indicator at one site in one period (spec 01).
 *
 * @param siteId    the site
 * @param indicator the indicator id
 * @param period    the period code, see {@link Period#parse(String)}
 * @param value     the agreed value (&gt; 0)
 */
public record Target(String siteId, String indicator, String period, BigDecimal value) {
}
