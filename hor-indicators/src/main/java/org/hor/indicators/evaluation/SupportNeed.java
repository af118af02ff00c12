package org.hor.indicators.evaluation;

import java.util.List;
import java.util.Objects;
import org.hor.core.spi.Value;

/**
 * A programme-wide support need (spec 03 §4): a rule that fired at ≥ 50 % of the sites of Y at
 * which it was evaluable, and at least at two.
 *
 * @param rule      the rule
 * @param evaluable the number of sites of Y at which it was evaluable
 * @param fired     the number of sites at which it fired
 * @param share     100 × fired / evaluable
 * @param siteIds   the sites at which it fired, by id
 */
public record SupportNeed(Rule rule, int evaluable, int fired, Value share, List<String> siteIds) {

    /**
     * Copies {@code siteIds}.
     *
     * @param rule the rule
     * @param evaluable the number of sites of Y at which it was evaluable
     * @param fired the number of sites at which it fired
     * @param share 100 × fired / evaluable
     * @param siteIds the sites at which it fired, by id
     */
    public SupportNeed {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(share, "share");
        siteIds = List.copyOf(siteIds);
    }
}
