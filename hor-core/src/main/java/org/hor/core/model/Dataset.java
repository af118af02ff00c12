package org.hor.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.internal.columns.EngineAccess;
import org.hor.core.validation.constraints.FormatVersion;
import org.hor.core.validation.constraints.Required;

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
public record Dataset(
        @Required @FormatVersion String formatVersion,
        @Required LocalDate asOf,
        @Required @Valid Programme programme,

        @NotEmpty(message = "{org.hor.core.validation.REQUIRED.sites.message}")
        List<@Required @Valid Site> sites,

        List<@Required @Valid Organisation> organisations,
        List<@Required @Valid Offer> offers,
        List<@Required @Valid Delivery> deliveries,
        List<@Required @Valid Cooperation> cooperations,
        List<@Required @Valid Outcome> outcomes,
        List<@Required @Valid Exchange> exchanges,
        List<@Required @Valid Target> targets,
        List<@Required @Valid Budget> budgets,
        List<@Required @Valid Measurement> measurements,
        List<@Required @Valid SupportAction> supportActions) {

    /** The only format version this library reads and writes. */
    public static final String FORMAT_VERSION = "1";

    static {
        // every engine's index is built from a Dataset, so this runs before the index reads any
        // columns: it lets an index on the class path read them (issue 15.1, see EngineAccess)
        EngineAccess.openToUnnamedEngine();
    }

    /**
     * Copies every list into an unmodifiable list; {@code null} becomes empty. The reader's columnar
     * deliveries are immutable already and are kept as they are.
     *
     * @param formatVersion the format version, {@code "1"}
     * @param asOf the day the data was extracted
     * @param programme the programme
     * @param sites the sites (at least one in a valid dataset)
     * @param organisations the organisations served
     * @param offers the sites' offers
     * @param deliveries the uses of offers
     * @param cooperations the sites' cooperations
     * @param outcomes observed outcomes
     * @param exchanges cross-site exchanges
     * @param targets agreed targets
     * @param budgets yearly budgets
     * @param measurements free-form site data for plugins
     * @param supportActions the evaluators' support to the sites
     */
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
        if (list instanceof DeliveryColumns<?>) {
            return list; // immutable already, and copying would build millions of records
        }
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
