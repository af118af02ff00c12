package org.hor.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Delivery;

/** The orders {@link DatasetIndex} puts records in: by site and day, grants by id. */
final class DeliveryOrder {
    private DeliveryOrder() {}

    /** Ranks the ids of grant deliveries in ordinal string order (-1 for other deliveries). */
    static int[] grantRanks(List<Delivery> deliveries, int[] recOffer, byte[] offerType) {
        int n = deliveries.size();
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        if (deliveries instanceof DeliveryColumns<?> c && c.idsAscend()) {
            int next = 0; // ids in record order are ids in order: no sorting, no boxing
            for (int r = 0; r < n; r++) {
                if (offerType[recOffer[r]] == DatasetIndex.GRANT) {
                    rank[r] = next++;
                }
            }
            return rank;
        }
        List<Integer> grants = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (offerType[recOffer[r]] == DatasetIndex.GRANT) {
                grants.add(r);
            }
        }
        if (deliveries instanceof DeliveryColumns<?> c) {
            grants.sort(c::compareIds);
        } else {
            grants.sort(
                    (a, b) -> deliveries.get(a).id().compareTo(deliveries.get(b).id()));
        }
        for (int i = 0; i < grants.size(); i++) {
            rank[grants.get(i)] = i;
        }
        return rank;
    }

    /**
     * Orders records by site (counts given as {@code start[s + 1]}, turned into prefix offsets here),
     * then by day, then by record number; primitive sorts only.
     */
    static int[] bucketSortBySiteAndDay(
            int n, int sites, int[] start, java.util.function.IntUnaryOperator siteOf, int[] dayOf) {
        for (int s = 0; s < sites; s++) {
            start[s + 1] += start[s];
        }
        long[] keys = new long[n];
        int[] fill = Arrays.copyOf(start, sites);
        for (int r = 0; r < n; r++) {
            int at = fill[siteOf.applyAsInt(r)]++;
            keys[at] = ((long) dayOf[r] << 32) | (r & 0xffffffffL);
        }
        int[] order = new int[n];
        java.util.stream.IntStream.range(0, sites).parallel().forEach(s -> Arrays.sort(keys, start[s], start[s + 1]));
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
