package org.hor.core.spi;

import java.time.LocalDate;
import java.util.List;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Measurement;
import org.hor.core.model.Site;

/**
 * The read-only view of an evaluation that indicators see: the dataset's records, {@code asOf}, the
 * sites of a scope, a site's deliveries and measurements in a date range, and the host's version;
 * never the host itself. Implemented by the host; lists are unmodifiable views, cheap to ask for.
 */
public interface EvaluationContext {

    /**
     * Returns the dataset's records (never null).
     *
     * @return the dataset
     */
    Dataset dataset();

    /**
     * Returns the day the data was extracted; evaluation never looks past it.
     *
     * @return the dataset's {@code asOf}
     */
    default LocalDate asOf() {
        return dataset().asOf();
    }

    /**
     * Returns the sites of {@code scope}, ordered by id.
     *
     * @param scope the scope
     * @return the scope's sites
     * @throws IllegalArgumentException if no site belongs to the scope
     */
    List<Site> sites(Scope scope);

    /**
     * Returns the deliveries of the offers of site {@code siteId} dated from {@code from} to
     * {@code to} (both inclusive), ordered by date (records of one date in dataset order).
     *
     * @param siteId the site's id
     * @param from the first day
     * @param to the last day
     * @return the deliveries, unmodifiable
     * @throws IllegalArgumentException if there is no such site
     */
    List<Delivery> deliveries(String siteId, LocalDate from, LocalDate to);

    /**
     * Returns the measurements of site {@code siteId} dated from {@code from} to {@code to} (both
     * inclusive), ordered by date (records of one date in dataset order).
     *
     * @param siteId the site's id
     * @param from the first day
     * @param to the last day
     * @return the measurements, unmodifiable
     * @throws IllegalArgumentException if there is no such site
     */
    List<Measurement> measurements(String siteId, LocalDate from, LocalDate to);

    /**
     * Returns the version of the host that evaluates, such as {@code 0.1.0} or {@code DEVELOPMENT}.
     *
     * @return the host's version
     */
    String hostVersion();
}
