package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Offer;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.Site;
import org.hor.core.model.Target;
import org.hor.core.spi.Scope;

/** One side's records as causes need them: small arrays by key, and of the deliveries only the changed ones. */
final class SideData {
    final LocalDate asOf;
    final Dataset dataset;
    final Map<String, Site> sites = new HashMap<>();
    final Map<String, Organisation> organisations = new HashMap<>();
    final Map<String, Offer> offers = new HashMap<>();
    final Map<String, Delivery> deliveries = new HashMap<>();
    final Map<String, Cooperation> cooperations = new HashMap<>();
    final Map<String, Outcome> outcomes = new HashMap<>();
    final Map<String, Exchange> exchanges = new HashMap<>();
    final Map<String, Budget> budgets = new HashMap<>();
    final Map<String, Target> targets = new HashMap<>();
    /** Per organisation of interest: its deliveries as (site id, date), sorted by date. */
    final Map<String, List<Object[]>> presence = new HashMap<>();
    /** The same, as arrays sorted by day, for a binary search. */
    final Map<String, Presence> sorted = new HashMap<>();

    SideData(Dataset d, Set<String> deliveryIds, Set<String> organisationIds) {
        this.asOf = d.asOf();
        this.dataset = d;
        d.sites().forEach(x -> sites.put(x.id(), x));
        d.organisations().forEach(x -> organisations.put(x.id(), x));
        d.offers().forEach(x -> offers.put(x.id(), x));
        d.cooperations().forEach(x -> cooperations.put(x.id(), x));
        d.outcomes().forEach(x -> outcomes.put(x.id(), x));
        d.exchanges().forEach(x -> exchanges.put(x.id(), x));
        d.budgets().forEach(x -> budgets.put(RecordDiff.key(x), x));
        d.targets().forEach(x -> targets.put(RecordDiff.key(x), x));
        List<Delivery> all = d.deliveries();
        if (!deliveryIds.isEmpty()) {
            if (all instanceof DeliveryColumns<Delivery> columns) {
                for (int i = 0; i < columns.size(); i++) {
                    if (deliveryIds.contains(columns.id(i))) {
                        Delivery x = columns.get(i);
                        deliveries.put(x.id(), x);
                    }
                }
            } else {
                for (Delivery x : all) {
                    if (deliveryIds.contains(x.id())) {
                        deliveries.put(x.id(), x);
                    }
                }
            }
        }
        addPresence(organisationIds);
    }

    /** Notes the deliveries of {@code ids}: one pass over the deliveries, no record built for the others. */
    void addPresence(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> wanted = new HashSet<>(ids);
        wanted.removeAll(presence.keySet());
        if (wanted.isEmpty()) {
            return;
        }
        wanted.forEach(id -> presence.put(id, new ArrayList<>()));
        List<Delivery> all = dataset.deliveries();
        if (all instanceof DeliveryColumns<Delivery> columns) {
            String[] orgDict = columns.organisationDictionary();
            String[] offerDict = columns.offerDictionary();
            boolean[] want = new boolean[orgDict.length];
            for (int i = 0; i < orgDict.length; i++) {
                want[i] = wanted.contains(orgDict[i]);
            }
            int[] org = columns.organisationColumn();
            int[] offer = columns.offerColumn();
            int[] day = columns.dayColumn();
            for (int i = 0; i < columns.size(); i++) {
                if (want[org[i]]) {
                    note(orgDict[org[i]], offerDict[offer[i]], LocalDate.ofEpochDay(day[i]));
                }
            }
        } else {
            for (Delivery x : all) {
                if (wanted.contains(x.organisationId())) {
                    note(x.organisationId(), x.offerId(), x.date());
                }
            }
        }
        for (String id : wanted) {
            List<Object[]> list = presence.get(id);
            list.sort(Comparator.comparing(o -> (LocalDate) o[1]));
            String[] siteIds = new String[list.size()];
            long[] days = new long[list.size()];
            for (int i = 0; i < days.length; i++) {
                siteIds[i] = (String) list.get(i)[0];
                days[i] = ((LocalDate) list.get(i)[1]).toEpochDay();
            }
            sorted.put(id, new Presence(siteIds, days));
        }
    }

    private void note(String organisationId, String offerId, LocalDate date) {
        Offer offer = offers.get(offerId);
        if (offer != null) {
            presence.get(organisationId).add(new Object[] {offer.siteId(), date});
        }
    }

    /** Whether organisation {@code id} has a delivery in scope {@code s} dated from {@code from} to {@code to}. */
    boolean reached(String id, Scope s, LocalDate from, LocalDate to) {
        Presence e = sorted.get(id);
        if (e == null) {
            return false;
        }
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        int i = java.util.Arrays.binarySearch(e.days, first);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && e.days[i - 1] == first) {
                i--;
            }
        }
        for (; i < e.days.length && e.days[i] <= last; i++) {
            if (inScope(e.siteIds[i], s)) {
                return true;
            }
        }
        return false;
    }

    /** The date that decides which periods read a record (deliveries, outcomes, exchanges), else null. */
    LocalDate date(RecordChange rc) {
        return switch (rc.array()) {
            case "deliveries" -> deliveries.get(rc.id()).date();
            case "outcomes" -> outcomes.get(rc.id()).date();
            case "exchanges" -> exchanges.get(rc.id()).date();
            default -> null;
        };
    }

    boolean inScope(String siteId, Scope s) {
        Site site = sites.get(siteId);
        if (site == null) {
            return false;
        }
        return switch (s.kind()) {
            case SITE -> site.id().equals(s.value());
            case CARRIER_TYPE -> site.carrierType().name().equals(s.value());
            case COVERAGE -> site.coverage().name().equals(s.value());
            case STATE -> site.state().equals(s.value());
            case PROGRAMME -> true;
        };
    }

    /** An organisation's deliveries as (site id, epoch day), sorted by day. */
    private record Presence(String[] siteIds, long[] days) {}
}
