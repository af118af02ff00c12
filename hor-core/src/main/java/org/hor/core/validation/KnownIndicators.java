package org.hor.core.validation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hor.core.model.PeriodType;
import org.hor.core.validation.internal.MapKnownIndicators;

/**
 * The indicator catalogue as far as validation needs it: which indicator ids exist and to which
 * period types each applies. Targets are checked against it (spec 01 integrity rule 1).
 */
public interface KnownIndicators {

    /**
     * Returns whether the catalogue has an indicator with this id.
     *
     * @param id an indicator id
     * @return whether it is known
     */
    boolean knows(String id);

    /**
     * Returns the period types the indicator applies to.
     *
     * @param id an indicator id
     * @return its period types, empty for an unknown id
     */
    Set<PeriodType> periodTypes(String id);

    /**
     * Returns every known id, in catalogue order.
     *
     * @return the ids
     */
    Collection<String> ids();

    /**
     * Returns the 25 standard indicators of spec 02, in catalogue order: {@code budget.amount} and
     * {@code cost.per-organisation} apply to years only, all others to every period type.
     *
     * @return the standard catalogue
     */
    static KnownIndicators standard() {
        Map<String, Set<PeriodType>> m = new LinkedHashMap<>();
        for (String id : new String[] {
            "reach.organisations",
            "reach.organisations.new",
            "reach.migrant-led.share",
            "deliveries.count",
            "consulting.hours",
            "training.participants",
            "rooms.hours",
            "grants.count",
            "grants.amount",
            "grants.amount.mean",
            "grants.first-time.share",
            "grants.top-recipient.share",
            "events.count",
            "events.participants",
            "retention.share",
            "offers.multi-use.share",
            "outcomes.count",
            "outcomes.organisations.share",
            "cooperations.active",
            "cooperations.new",
            "cooperations.formal.share",
            "exchange.participations",
            "exchange.peer-sites"
        }) {
            m.put(id, EnumSet.allOf(PeriodType.class));
        }
        m.put("budget.amount", EnumSet.of(PeriodType.YEAR));
        m.put("cost.per-organisation", EnumSet.of(PeriodType.YEAR));
        return of(m);
    }

    /**
     * Returns a catalogue of the given ids (in the map's iteration order) and period types.
     *
     * @param periodTypes indicator id to the period types it applies to
     * @return the catalogue (a copy)
     * @throws NullPointerException if the map, a key or a value is null
     */
    static KnownIndicators of(Map<String, Set<PeriodType>> periodTypes) {
        return new MapKnownIndicators(periodTypes);
    }
}
