package org.hor.indicators.evaluation;

import java.util.List;

/**
 * Reference values for operating year k (spec 03 §6).
 *
 * @param k          the operating year
 * @param siteIds    the sites with a complete operating year k, by id
 * @param indicators the key indicators, in key-indicator order
 */
public record TransferYear(int k, List<String> siteIds, List<TransferIndicator> indicators) {

    /**
     * Copies the lists.
     *
     * @param k the operating year
     * @param siteIds the sites with a complete operating year k, by id
     * @param indicators the key indicators, in key-indicator order
     */
    public TransferYear {
        siteIds = List.copyOf(siteIds);
        indicators = List.copyOf(indicators);
    }
}
