package org.hor.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.internal.columns.CompactLongs;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Budget;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Exchange;
import org.hor.core.model.Measurement;
import org.hor.core.model.Offer;
import org.hor.core.model.OfferType;
import org.hor.core.model.Organisation;
import org.hor.core.model.Outcome;
import org.hor.core.model.Site;

/**
 * The columnar index of a dataset, built once: ids dictionary-encoded to ints (sites and
 * organisations numbered in ordinal id order, so sorted int arrays are sorted ids), deliveries as
 * primitive columns sorted by site then date (a site's deliveries in a period are one contiguous,
 * binary-searched range), the (organisation, site) pairs with the first delivery day and first grant,
 * and outcomes, cooperations, exchanges and measurements grouped by site.
 *
 * <p>Building costs O(n log n) in the number of records; it assumes a dataset that passed validation
 * (every reference resolves) and throws {@link IllegalArgumentException} on an unresolved reference.
 * Immutable after construction.
 */
public final class DatasetIndex {
    static final long NO_GRANT = Long.MAX_VALUE;
    static final int NO_END = Integer.MAX_VALUE;
    static final int GRANT = OfferType.MICRO_GRANT.ordinal();

    final Dataset dataset;
    final int asOf;

    // sites, ordered by id
    final Site[] sites;
    final Map<String, Integer> siteIndex = new HashMap<>();
    final int[] siteStart;
    final int[] siteLastActive;
    final int[] siteEnd;

    // organisations, ordered by id
    final String[] orgIds;
    final Map<String, Integer> orgIndex = new HashMap<>();
    final byte[] orgType;
    final boolean[] orgMigrantLed;

    // offers, dataset order
    final Map<String, Integer> offerIndex = new HashMap<>();
    final int[] offerSite;
    final byte[] offerType;

    // deliveries, sorted by site, date, dataset order: 24 bytes each (the offer type is the offer's)
    final int[] siteDeliveryStart;
    final int[] dOrg;
    final int[] dOffer;
    final int[] dDay;
    /** A grant's amount in cents; any other delivery's hours in millionths (0 when absent): 4 bytes each. */
    final CompactLongs dQuantity;
    /** A grant's rank among the grant ids in ordinal order; any other delivery's participants (0 when absent). */
    final int[] dAux;

    final int[] dRecord;

    // (organisation, site) pairs, organisation-major, sites ascending
    final int[] orgPairStart;
    final int[] pairSite;
    final int[] pairFirstDay;
    final long[] pairFirstGrant;

    // outcomes, sorted by site, date, dataset order
    final int[] siteOutcomeStart;
    final int[] oOrg;
    final int[] oDay;
    final byte[] oType;
    final int[] oRecord;

    // cooperations, grouped by site, dataset order
    final int[] siteCooperationStart;
    final int[] cStart;
    final int[] cEffectiveEnd;
    final byte[] cType;
    final boolean[] cFormal;
    final int[] cRecord;

    // exchanges (dataset order) and their participations sorted by site, date
    final int[] xDay;
    final byte[] xFormat;
    final int[][] xSites;
    final int[] siteExchangeStart;
    final int[] seExchange;
    final int[] seDay;

    // budgets: site * 2^32 + year -> cents
    final Map<Long, Long> budgetCents = new HashMap<>();

    // measurements, sorted by site, date, dataset order
    final int[] siteMeasurementStart;
    final int[] mDay;
    final int[] mRecord;

    /**
     * Builds the index.
     *
     * @throws IllegalArgumentException if a reference does not resolve or a number has more fraction
     *                                  digits than the format allows
     */
    public DatasetIndex(Dataset dataset) {
        this.dataset = dataset;
        this.asOf = day(dataset.asOf());

        List<Site> sortedSites = new ArrayList<>(dataset.sites());
        sortedSites.sort((a, b) -> a.id().compareTo(b.id()));
        sites = sortedSites.toArray(new Site[0]);
        int ns = sites.length;
        siteStart = new int[ns];
        siteLastActive = new int[ns];
        siteEnd = new int[ns];
        for (int s = 0; s < ns; s++) {
            siteIndex.put(sites[s].id(), s);
            siteStart[s] = day(sites[s].start());
            siteLastActive[s] = day(sites[s].lastActiveDay(dataset.asOf()));
            siteEnd[s] = sites[s].end() == null ? NO_END : day(sites[s].end());
        }

        List<Organisation> sortedOrgs = new ArrayList<>(dataset.organisations());
        sortedOrgs.sort((a, b) -> a.id().compareTo(b.id()));
        int no = sortedOrgs.size();
        orgIds = new String[no];
        orgType = new byte[no];
        orgMigrantLed = new boolean[no];
        for (int o = 0; o < no; o++) {
            Organisation org = sortedOrgs.get(o);
            orgIds[o] = org.id();
            orgIndex.put(org.id(), o);
            orgType[o] = (byte) org.type().ordinal();
            orgMigrantLed[o] = org.isMigrantLed();
        }

        List<Offer> offers = dataset.offers();
        offerSite = new int[offers.size()];
        offerType = new byte[offers.size()];
        for (int f = 0; f < offers.size(); f++) {
            Offer offer = offers.get(f);
            offerIndex.put(offer.id(), f);
            offerSite[f] = site(offer.siteId(), "offer " + offer.id());
            offerType[f] = (byte) offer.type().ordinal();
        }

        // deliveries: bucket by site (stable), then sort each bucket by (day, record)
        List<Delivery> deliveries = dataset.deliveries();
        int nd = deliveries.size();
        DeliveryColumns<?> columns = deliveries instanceof DeliveryColumns<?> c ? c : null;
        int[] recOffer = new int[nd];
        int[] recDay;
        siteDeliveryStart = new int[ns + 1];
        if (columns != null) {
            // the reader's columns: look up each distinct offer and organisation once
            int[] offerOf = new int[columns.offerDictionary().length];
            for (int f = 0; f < offerOf.length; f++) {
                Integer known = offerIndex.get(columns.offerDictionary()[f]);
                if (known == null) {
                    throw new IllegalArgumentException(
                            "a delivery names an unknown offer: " + columns.offerDictionary()[f]);
                }
                offerOf[f] = known;
            }
            for (int r = 0; r < nd; r++) {
                int f = offerOf[columns.offer(r)];
                recOffer[r] = f;
                siteDeliveryStart[offerSite[f] + 1]++;
            }
            recDay = columns.dayColumn();
        } else {
            recDay = new int[nd];
            for (int r = 0; r < nd; r++) {
                Delivery d = deliveries.get(r);
                Integer f = offerIndex.get(d.offerId());
                if (f == null) {
                    throw new IllegalArgumentException(
                            "delivery " + d.id() + " names an unknown offer: " + d.offerId());
                }
                recOffer[r] = f;
                recDay[r] = day(d.date());
                siteDeliveryStart[offerSite[f] + 1]++;
            }
        }
        int[] order =
                DeliveryOrder.bucketSortBySiteAndDay(nd, ns, siteDeliveryStart, r -> offerSite[recOffer[r]], recDay);
        int[] grantRank = DeliveryOrder.grantRanks(deliveries, recOffer, offerType);
        dOrg = new int[nd];
        dOffer = new int[nd];
        dDay = new int[nd];
        long[] quantity = new long[nd];
        dAux = new int[nd];
        dRecord = order;
        if (columns != null) {
            int[] orgOf = new int[columns.organisationDictionary().length];
            for (int o = 0; o < orgOf.length; o++) {
                orgOf[o] = org(columns.organisationDictionary()[o], "a delivery");
            }
            // scatter in file order (reads in sequence, writes to each delivery's place) rather than
            // gather in index order: at millions of deliveries random reads are what costs; both
            // halves of the file in parallel
            int[] place = new int[nd];
            for (int i = 0; i < nd; i++) {
                place[order[i]] = i;
            }
            int[] recOfferFinal = recOffer;
            int[] recDayFinal = recDay;
            int[] grantRankFinal = grantRank;
            int half = nd / 2;
            java.util.stream.IntStream.of(0, 1).parallel().forEach(part -> {
                for (int r = part == 0 ? 0 : half, end = part == 0 ? half : nd; r < end; r++) {
                    int i = place[r];
                    dOrg[i] = orgOf[columns.organisation(r)];
                    dOffer[i] = recOfferFinal[r];
                    dDay[i] = recDayFinal[r];
                    try {
                        if (offerType[recOfferFinal[r]] == GRANT) {
                            quantity[i] = columns.kind(r) == DeliveryColumns.AMOUNT ? columns.scaled(r, 2) : 0;
                            dAux[i] = grantRankFinal[r];
                        } else {
                            quantity[i] = columns.kind(r) == DeliveryColumns.HOURS ? columns.scaled(r, 6) : 0;
                            dAux[i] = columns.kind(r) == DeliveryColumns.PARTICIPANTS ? (int) columns.unscaled(r) : 0;
                        }
                    } catch (ArithmeticException e) {
                        throw new IllegalArgumentException(
                                "delivery " + columns.id(r)
                                        + " has a quantity with too many fraction digits or too large",
                                e);
                    }
                }
            });
        } else {
            for (int i = 0; i < nd; i++) {
                int r = order[i];
                Delivery d = deliveries.get(r);
                dOrg[i] = org(d.organisationId(), "delivery " + d.id());
                dOffer[i] = recOffer[r];
                dDay[i] = recDay[r];
                if (offerType[recOffer[r]] == GRANT) {
                    quantity[i] = ExactSum.scaled(d.amount(), 2, "amount of delivery " + d.id());
                    dAux[i] = grantRank[r];
                } else {
                    quantity[i] = ExactSum.scaled(d.hours(), 6, "hours of delivery " + d.id());
                    dAux[i] = d.participants() == null ? 0 : d.participants();
                }
            }
        }

        dQuantity = CompactLongs.of(quantity, nd);

        // (organisation, site) pairs: first delivery day and first grant key per pair
        int[] stamp = new int[no];
        int[] slot = new int[no];
        IntList pOrg = new IntList();
        IntList pSite = new IntList();
        IntList pDay = new IntList();
        long[] pGrant = new long[Math.max(16, no)];
        int pairs = 0;
        for (int s = 0; s < ns; s++) {
            for (int i = siteDeliveryStart[s]; i < siteDeliveryStart[s + 1]; i++) {
                int o = dOrg[i];
                if (stamp[o] != s + 1) {
                    stamp[o] = s + 1;
                    slot[o] = pairs++;
                    pOrg.add(o);
                    pSite.add(s);
                    pDay.add(dDay[i]);
                    if (pairs > pGrant.length) {
                        pGrant = Arrays.copyOf(pGrant, pGrant.length * 2);
                    }
                    pGrant[pairs - 1] = NO_GRANT;
                }
                if (offerType[dOffer[i]] == GRANT) {
                    long key = grantKey(dDay[i], dAux[i]);
                    if (key < pGrant[slot[o]]) {
                        pGrant[slot[o]] = key;
                    }
                }
            }
        }
        orgPairStart = new int[no + 1];
        for (int p = 0; p < pairs; p++) {
            orgPairStart[pOrg.get(p) + 1]++;
        }
        for (int o = 0; o < no; o++) {
            orgPairStart[o + 1] += orgPairStart[o];
        }
        pairSite = new int[pairs];
        pairFirstDay = new int[pairs];
        pairFirstGrant = new long[pairs];
        int[] fill = Arrays.copyOf(orgPairStart, no);
        for (int p = 0; p < pairs; p++) {
            int at = fill[pOrg.get(p)]++;
            pairSite[at] = pSite.get(p);
            pairFirstDay[at] = pDay.get(p);
            pairFirstGrant[at] = pGrant[p];
        }

        // outcomes
        List<Outcome> outcomes = dataset.outcomes();
        int nout = outcomes.size();
        int[] outSite = new int[nout];
        int[] outDay = new int[nout];
        siteOutcomeStart = new int[ns + 1];
        for (int r = 0; r < nout; r++) {
            Outcome oc = outcomes.get(r);
            outSite[r] = site(oc.siteId(), "outcome " + oc.id());
            outDay[r] = day(oc.date());
            siteOutcomeStart[outSite[r] + 1]++;
        }
        oRecord = DeliveryOrder.bucketSortBySiteAndDay(nout, ns, siteOutcomeStart, r -> outSite[r], outDay);
        oOrg = new int[nout];
        oDay = new int[nout];
        oType = new byte[nout];
        for (int i = 0; i < nout; i++) {
            Outcome oc = outcomes.get(oRecord[i]);
            oOrg[i] = org(oc.organisationId(), "outcome " + oc.id());
            oDay[i] = outDay[oRecord[i]];
            oType[i] = (byte) oc.type().ordinal();
        }

        // cooperations
        List<Cooperation> cooperations = dataset.cooperations();
        int nc = cooperations.size();
        int[] coSite = new int[nc];
        int[] zero = new int[nc];
        siteCooperationStart = new int[ns + 1];
        for (int r = 0; r < nc; r++) {
            Cooperation c = cooperations.get(r);
            coSite[r] = site(c.siteId(), "cooperation " + c.id());
            siteCooperationStart[coSite[r] + 1]++;
        }
        cRecord = DeliveryOrder.bucketSortBySiteAndDay(nc, ns, siteCooperationStart, r -> coSite[r], zero);
        cStart = new int[nc];
        cEffectiveEnd = new int[nc];
        cType = new byte[nc];
        cFormal = new boolean[nc];
        for (int i = 0; i < nc; i++) {
            Cooperation c = cooperations.get(cRecord[i]);
            int end = c.end() == null ? NO_END : day(c.end());
            cStart[i] = day(c.start());
            cEffectiveEnd[i] = Math.min(end, siteEnd[coSite[cRecord[i]]]);
            cType[i] = (byte) c.partnerType().ordinal();
            cFormal[i] = c.isFormal();
        }

        // exchanges
        List<Exchange> exchanges = dataset.exchanges();
        int nx = exchanges.size();
        xDay = new int[nx];
        xFormat = new byte[nx];
        xSites = new int[nx][];
        IntList partExchange = new IntList();
        IntList partSite = new IntList();
        for (int x = 0; x < nx; x++) {
            Exchange e = exchanges.get(x);
            xDay[x] = day(e.date());
            xFormat[x] = (byte) e.format().ordinal();
            xSites[x] = e.siteIds().stream()
                    .distinct()
                    .mapToInt(id -> site(id, "exchange " + e.id()))
                    .sorted()
                    .toArray();
            for (int s : xSites[x]) {
                partExchange.add(x);
                partSite.add(s);
            }
        }
        int np = partExchange.size();
        siteExchangeStart = new int[ns + 1];
        int[] partDay = new int[np];
        for (int i = 0; i < np; i++) {
            siteExchangeStart[partSite.get(i) + 1]++;
            partDay[i] = xDay[partExchange.get(i)];
        }
        int[] partOrder = DeliveryOrder.bucketSortBySiteAndDay(np, ns, siteExchangeStart, partSite::get, partDay);
        seExchange = new int[np];
        seDay = new int[np];
        for (int i = 0; i < np; i++) {
            seExchange[i] = partExchange.get(partOrder[i]);
            seDay[i] = partDay[partOrder[i]];
        }

        for (Budget b : dataset.budgets()) {
            int s = site(b.siteId(), "budget of " + b.siteId());
            budgetCents.put(budgetKey(s, b.year()), ExactSum.scaled(b.amount(), 2, "budget of " + b.siteId()));
        }

        List<Measurement> measurements = dataset.measurements();
        int nm = measurements.size();
        int[] mSite = new int[nm];
        int[] mDays = new int[nm];
        siteMeasurementStart = new int[ns + 1];
        for (int r = 0; r < nm; r++) {
            Measurement m = measurements.get(r);
            mSite[r] = site(m.siteId(), "measurement " + m.metric());
            mDays[r] = day(m.date());
            siteMeasurementStart[mSite[r] + 1]++;
        }
        mRecord = DeliveryOrder.bucketSortBySiteAndDay(nm, ns, siteMeasurementStart, r -> mSite[r], mDays);
        mDay = new int[nm];
        for (int i = 0; i < nm; i++) {
            mDay[i] = mDays[mRecord[i]];
        }
    }

    /** Returns the dataset. */
    public Dataset dataset() {
        return dataset;
    }

    /** Returns the offer type ordinal of delivery {@code i} (in index order). */
    int type(int i) {
        return offerType[dOffer[i]];
    }

    /** Returns the number of deliveries. */
    public int deliveryCount() {
        return dOrg.length;
    }

    /** Returns the number of sites. */
    public int siteCount() {
        return sites.length;
    }

    /** Returns site number {@code s} (sites are numbered in id order). */
    public Site site(int s) {
        return sites[s];
    }

    /** Returns the number of site {@code id}, or -1. */
    public int siteNumber(String id) {
        Integer s = siteIndex.get(id);
        return s == null ? -1 : s;
    }

    /** Returns whether site {@code s} is active on at least one day from {@code first} to {@code last}. */
    public boolean activeBetween(int s, int first, int last) {
        return siteStart[s] <= last && siteLastActive[s] >= first;
    }

    static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    static LocalDate date(int day) {
        return LocalDate.ofEpochDay(day);
    }

    static long grantKey(int day, int rank) {
        return ((long) day << 32) | (rank & 0xffffffffL);
    }

    static long budgetKey(int site, int year) {
        return ((long) site << 32) | (year & 0xffffffffL);
    }

    /** Returns the first index in {@code [from, to)} whose day is ≥ {@code day}. */
    static int lowerBound(int[] days, int from, int to, int day) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int site(String id, String where) {
        Integer s = siteIndex.get(id);
        if (s == null) {
            throw new IllegalArgumentException(where + " names an unknown site: " + id);
        }
        return s;
    }

    private int org(String id, String where) {
        Integer o = orgIndex.get(id);
        if (o == null) {
            throw new IllegalArgumentException(where + " names an unknown organisation: " + id);
        }
        return o;
    }
}
