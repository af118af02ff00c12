package org.hor.indicators.evaluation;

import java.util.List;

/**
 * Data quality (spec 03 §8).
 *
 * @param quarters the records per site (by id) and complete quarter in which it was active (by period)
 * @param findings the findings, by site, quarter, then kind
 */
public record DataQuality(List<QuarterRecords> quarters, List<DataQualityFinding> findings) {

    /**
     * Copies the lists.
     *
     * @param quarters the records per site (by id) and complete quarter in which it was active (by period)
     * @param findings the findings, by site, quarter, then kind
     */
    public DataQuality {
        quarters = List.copyOf(quarters);
        findings = List.copyOf(findings);
    }
}
