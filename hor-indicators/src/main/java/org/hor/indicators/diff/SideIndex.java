package org.hor.indicators.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Delivery;
import org.hor.core.model.Offer;
import org.hor.core.model.Site;
import org.hor.core.spi.Scope;

/**
 * Where the changed records lie on one side, worked out once for all changed values: each record's
 * version on this side by the site it belongs to (as {@link StandardReads} places it: a delivery by
 * its offer's site, an exchange by each of its sites), its date, and for each changed organisation
 * the days and sites of its deliveries. A changed value then looks up the records of its scope's
 * sites, and the organisations reached there in its period, instead of testing every changed record.
 * Records are named by their index in {@link RecordDiff#changes()}.
 */
final class SideIndex {

    private final SideData side;
    /** Site id → indexes of the changed records (organisations aside) whose version here belongs to it. */
    private final Map<String, int[]> bySite = new HashMap<>();
    /** Site id → the days of changed organisations' deliveries there, sorted, and each one's organisation. */
    private final Map<String, long[]> orgDays = new HashMap<>();

    private final Map<String, int[]> orgOfDay = new HashMap<>();
    /** Scope id → the ids of this side's sites in it. */
    private final Map<String, List<String>> scopeSites = new HashMap<>();
    /** Per record: its date on this side (deliveries, outcomes, exchanges), else null. */
    final LocalDate[] dates;

    /**
     * Indexes {@code changes} as side {@code side} has them; {@code absent} is the kind of change whose
     * records this side lacks ({@code ADDED} for the old side, {@code REMOVED} for the new one).
     */
    SideIndex(SideData side, RecordChange[] changes, RecordChange.Kind absent) {
        this.side = side;
        this.dates = new LocalDate[changes.length];
        Map<String, Ints> sites = new HashMap<>();
        Map<String, List<long[]>> days = new HashMap<>();
        for (int i = 0; i < changes.length; i++) {
            RecordChange rc = changes[i];
            if (rc.kind() == absent) {
                continue;
            }
            String id = rc.id();
            switch (rc.array()) {
                case "deliveries" -> {
                    Delivery d = side.deliveries.get(id);
                    dates[i] = d.date();
                    Offer offer = side.offers.get(d.offerId());
                    if (offer != null) {
                        add(sites, offer.siteId(), i);
                    }
                }
                case "outcomes" -> {
                    dates[i] = side.outcomes.get(id).date();
                    add(sites, side.outcomes.get(id).siteId(), i);
                }
                case "exchanges" -> {
                    dates[i] = side.exchanges.get(id).date();
                    for (String site : side.exchanges.get(id).siteIds()) {
                        add(sites, site, i);
                    }
                }
                case "cooperations" -> add(sites, side.cooperations.get(id).siteId(), i);
                case "budgets" -> add(sites, side.budgets.get(id).siteId(), i);
                case "targets" -> add(sites, side.targets.get(id).siteId(), i);
                case "offers" -> add(sites, side.offers.get(id).siteId(), i);
                case "organisations" -> {
                    for (Object[] at : side.presence.getOrDefault(id, List.of())) {
                        days.computeIfAbsent((String) at[0], k -> new ArrayList<>())
                                .add(new long[] {((LocalDate) at[1]).toEpochDay(), i});
                    }
                }
                default -> {}
            }
        }
        sites.forEach((site, ints) -> bySite.put(site, ints.toArray()));
        days.forEach((site, list) -> {
            list.sort((a, b) -> Long.compare(a[0], b[0]));
            long[] day = new long[list.size()];
            int[] org = new int[list.size()];
            for (int k = 0; k < day.length; k++) {
                day[k] = list.get(k)[0];
                org[k] = (int) list.get(k)[1];
            }
            orgDays.put(site, day);
            orgOfDay.put(site, org);
        });
    }

    private static void add(Map<String, Ints> sites, String site, int i) {
        Ints ints = sites.computeIfAbsent(site, k -> new Ints());
        if (ints.size == 0 || ints.values[ints.size - 1] != i) { // an exchange may name a site twice
            ints.add(i);
        }
    }

    /** Sets in {@code into} the records (organisations aside) whose version here belongs to a site of {@code scope}. */
    void recordsOf(Scope scope, BitSet into) {
        for (String site : sites(scope)) {
            int[] records = bySite.get(site);
            if (records != null) {
                for (int i : records) {
                    into.set(i);
                }
            }
        }
    }

    /** Sets in {@code into} the changed organisations with a delivery here in {@code scope} dated from {@code from} to {@code to}. */
    void organisationsReached(Scope scope, LocalDate from, LocalDate to, BitSet into) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        for (String site : sites(scope)) {
            long[] day = orgDays.get(site);
            if (day == null) {
                continue;
            }
            int[] org = orgOfDay.get(site);
            int k = Arrays.binarySearch(day, first);
            if (k < 0) {
                k = -k - 1;
            } else {
                while (k > 0 && day[k - 1] == first) {
                    k--;
                }
            }
            for (; k < day.length && day[k] <= last; k++) {
                into.set(org[k]);
            }
        }
    }

    /** The ids of this side's sites in {@code scope}. */
    private List<String> sites(Scope scope) {
        return scopeSites.computeIfAbsent(scope.id(), k -> {
            List<String> ids = new ArrayList<>();
            for (Site s : side.sites.values()) {
                if (side.inScope(s.id(), scope)) {
                    ids.add(s.id());
                }
            }
            return ids;
        });
    }

    /** A growing list of ints. */
    static final class Ints {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
