package org.hor.indicators.evaluation;

import java.util.Objects;

/**
 * Two sites that attended the same exchanges.
 *
 * @param first     the site with the smaller id
 * @param second    the other site
 * @param exchanges the number of exchanges both attended (≥ 1)
 */
public record SitePair(String first, String second, int exchanges) {

    /**
     * @throws IllegalArgumentException if the ids are not in order
     *
     * @param first the site with the smaller id
     * @param second the other site
     * @param exchanges the number of exchanges both attended (≥ 1)
     */
    public SitePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException(
                    "a pair's first site id must be smaller than its second: " + first + ", " + second);
        }
    }
}
