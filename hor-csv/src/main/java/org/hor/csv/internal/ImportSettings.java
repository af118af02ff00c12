package org.hor.csv.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.hor.core.validation.KnownIndicators;

/**
 * What an import takes besides its source, alike for a CSV folder and a workbook: the overrides of
 * the dataset table's {@code asOf}, {@code programmeId} and {@code programmeName} ({@code null}: the
 * table's value) and the indicator catalogue that targets are checked against. The CSV and the Excel
 * importer's builders keep one of these and hand it to {@link TableMapper}.
 *
 * @param asOf          overrides {@code asOf} of the dataset table, or {@code null}
 * @param programmeId   overrides {@code programmeId}, or {@code null}
 * @param programmeName overrides {@code programmeName}, or {@code null}
 * @param known         the indicator catalogue for targets
 */
public record ImportSettings(LocalDate asOf, String programmeId, String programmeName, KnownIndicators known) {

    /**
     * Checks the catalogue.
     *
     * @throws NullPointerException if {@code known} is null
     */
    public ImportSettings {
        Objects.requireNonNull(known, "known");
    }

    /**
     * Returns the defaults: no overrides, the standard catalogue.
     *
     * @return the settings
     */
    public static ImportSettings defaults() {
        return new ImportSettings(null, null, null, KnownIndicators.standard());
    }

    /**
     * Returns these settings with another {@code asOf} override.
     *
     * @param day the day, or {@code null} to take it from the dataset table
     * @return the settings
     */
    public ImportSettings withAsOf(LocalDate day) {
        return new ImportSettings(day, programmeId, programmeName, known);
    }

    /**
     * Returns these settings with another {@code programmeId} override.
     *
     * @param id the id, or {@code null} to take it from the dataset table
     * @return the settings
     */
    public ImportSettings withProgrammeId(String id) {
        return new ImportSettings(asOf, id, programmeName, known);
    }

    /**
     * Returns these settings with another {@code programmeName} override.
     *
     * @param name the name, or {@code null} to take it from the dataset table
     * @return the settings
     */
    public ImportSettings withProgrammeName(String name) {
        return new ImportSettings(asOf, programmeId, name, known);
    }

    /**
     * Returns these settings with another indicator catalogue.
     *
     * @param catalogue the catalogue
     * @return the settings
     * @throws NullPointerException if {@code catalogue} is null
     */
    public ImportSettings withKnown(KnownIndicators catalogue) {
        return new ImportSettings(asOf, programmeId, programmeName, catalogue);
    }
}
