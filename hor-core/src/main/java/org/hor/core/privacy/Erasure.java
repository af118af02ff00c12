package org.hor.core.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Measurement;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.SupportAction;

/**
 * Erasure (GDPR art. 17) and retention: removes organisations with every record that refers to
 * them, or every dated record before a day. Sites, offers, targets and budgets are never removed:
 * they describe the houses, not the people they serve. A valid dataset stays valid. Stateless.
 */
public final class Erasure {

    /**
     * The standard indicators whose values for periods that start on or after the retention day can
     * still change when {@link #before} removes the records before it, because they look back before
     * the period: {@code reach.organisations.new} (an organisation's earliest delivery),
     * {@code grants.first-time.share} (earlier grants), {@code retention.share} (the previous period),
     * {@code outcomes.organisations.share} (its 24-month window and the earliest delivery),
     * {@code cooperations.active} and {@code cooperations.formal.share} (cooperations that started
     * before the day and are still active). Every other standard value of those periods stays equal.
     */
    public static final Set<String> LOOK_BACK_INDICATORS = Set.of(
            "reach.organisations.new",
            "grants.first-time.share",
            "retention.share",
            "outcomes.organisations.share",
            "cooperations.active",
            "cooperations.formal.share");

    private Erasure() {}

    /**
     * Removes the organisations with the given ids, their deliveries and their outcomes.
     *
     * @param dataset         the dataset
     * @param organisationIds the ids to erase, at least one
     * @return the remaining dataset and the counts per array
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no id is given, or an id names no organisation of the dataset
     *                                  (the message lists them)
     */
    public static ErasureResult organisations(Dataset dataset, Collection<String> organisationIds) {
        Objects.requireNonNull(dataset, "dataset");
        Set<String> ids = Set.copyOf(organisationIds);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("at least one organisation id must be given");
        }
        Set<String> unknown = new TreeSet<>(ids);
        dataset.organisations().forEach(o -> unknown.remove(o.id()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no organisation with id " + String.join(", ", unknown));
        }
        return remove(
                dataset,
                d -> ids.contains(d.organisationId()),
                o -> ids.contains(o.organisationId()),
                c -> false,
                x -> false,
                m -> false,
                a -> false,
                ids);
    }

    /**
     * Retention: removes every dated record before {@code day} — deliveries, outcomes, exchanges,
     * measurements and support actions dated before it, cooperations that started before it — and
     * then every organisation left without a delivery or an outcome.
     *
     * @param dataset the dataset
     * @param day     the first day to keep
     * @return the remaining dataset and the counts per array
     * @throws NullPointerException if an argument is null
     */
    public static ErasureResult before(Dataset dataset, LocalDate day) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(day, "day");
        return remove(
                dataset,
                d -> d.date().isBefore(day),
                o -> o.date().isBefore(day),
                c -> c.start().isBefore(day),
                x -> x.date().isBefore(day),
                m -> m.date().isBefore(day),
                a -> a.date().isBefore(day),
                null);
    }

    private static ErasureResult remove(
            Dataset d,
            Predicate<Delivery> delivery,
            Predicate<Outcome> outcome,
            Predicate<Cooperation> cooperation,
            Predicate<Exchange> exchange,
            Predicate<Measurement> measurement,
            Predicate<SupportAction> action,
            Set<String> erased) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        List<Delivery> deliveries = keep(d.deliveries(), delivery);
        List<Outcome> outcomes = keep(d.outcomes(), outcome);
        List<Organisation> organisations;
        if (erased != null) {
            organisations = keep(d.organisations(), o -> erased.contains(o.id()));
        } else {
            Set<String> referenced = new HashSet<>();
            deliveries.forEach(x -> referenced.add(x.organisationId()));
            outcomes.forEach(x -> referenced.add(x.organisationId()));
            organisations = keep(d.organisations(), o -> !referenced.contains(o.id()));
        }
        List<Cooperation> cooperations = keep(d.cooperations(), cooperation);
        List<Exchange> exchanges = keep(d.exchanges(), exchange);
        List<Measurement> measurements = keep(d.measurements(), measurement);
        List<SupportAction> actions = keep(d.supportActions(), action);
        removed.put("organisations", d.organisations().size() - organisations.size());
        removed.put("deliveries", d.deliveries().size() - deliveries.size());
        removed.put("cooperations", d.cooperations().size() - cooperations.size());
        removed.put("outcomes", d.outcomes().size() - outcomes.size());
        removed.put("exchanges", d.exchanges().size() - exchanges.size());
        removed.put("measurements", d.measurements().size() - measurements.size());
        removed.put("supportActions", d.supportActions().size() - actions.size());
        Dataset result = new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                organisations,
                d.offers(),
                deliveries,
                cooperations,
                outcomes,
                exchanges,
                d.targets(),
                d.budgets(),
                measurements,
                actions);
        return new ErasureResult(result, removed);
    }

    private static <T> List<T> keep(List<T> list, Predicate<? super T> drop) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            if (!drop.test(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
