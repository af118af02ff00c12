package org.hor.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a monitoring period produced for a programme: one document of the dataset format,
 * version 1 (spec 01). Lists are never {@code null} (an absent array is empty), unmodifiable, and
 * keep the order of the file.
 *
 * @param formatVersion  the format version, {@code "1"}
 * @param asOf           the day the data was extracted
 * @param programme      the programme
 * @param sites          the sites (at least one in a valid dataset)
 * @param organisations  the organisations served
 * @param offers         the sites' offers
 * @param deliveries     the uses of offers
 * @param cooperations   the sites' cooperations
 * @param outcomes       observed outcomes
 * @param exchanges      cross-site exchanges
 * @param targets        agreed targets
 * @param budgets        yearly budgets
 * @param measurements   free-form site data for plugins
 * @param supportActions the evaluators' support to the sites
 */
public record Dataset(String formatVersion, LocalDate asOf, Programme programme, List<Site> sites,
        List<Organisation> organisations, List<Offer> offers, List<Delivery> deliveries,
        List<Cooperation> cooperations, List<Outcome> outcomes, List<Exchange> exchanges, List<Target> targets,
        List<Budget> budgets, List<Measurement> measurements, List<SupportAction> supportActions) {

    /** The only format version this library reads and writes. */
    public static final String FORMAT_VERSION = "1";

    /** Copies every list into an unmodifiable list; {@code null} becomes empty. */
    public Dataset {
        sites = copy(sites);
        organisations = copy(organisations);
        offers = copy(offers);
        deliveries = copy(deliveries);
        cooperations = copy(cooperations);
        outcomes = copy(outcomes);
        exchanges = copy(exchanges);
        targets = copy(targets);
        budgets = copy(budgets);
        measurements = copy(measurements);
        supportActions = copy(supportActions);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
