package org.hor.indicators.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.spi.Scope;

/**
 * Computes the {@link Pass} of one scope and period (one read of its deliveries) or merges it from
 * the passes of its quarters or sites, on pooled per-thread scratch arrays; also the 24-month window
 * of {@code outcomes.organisations.share}, which needs the same scratch. {@link Kernels} decides which
 * passes to compute or merge and caches them.
 */
final class Passes {
    private static final int CONSULTING = OfferType.CONSULTING.ordinal();
    private static final int TRAINING = OfferType.TRAINING.ordinal();
    private static final int ROOM = OfferType.ROOM.ordinal();
    private static final int GRANT = OfferType.MICRO_GRANT.ordinal();
    private static final int EVENT = OfferType.NETWORKING_EVENT.ordinal();

    private final DatasetIndex ix;
    private final ConcurrentLinkedQueue<Scratch> scratchPool = new ConcurrentLinkedQueue<>();

    Passes(DatasetIndex ix) {
        this.ix = ix;
    }

    private Scratch borrow() {
        Scratch scratch = scratchPool.poll();
        return scratch != null ? scratch : new Scratch(ix);
    }

    /** Reads the deliveries of (ss, [first, last]) once. */
    Pass compute(ScopeSites ss, int first, int last) {
        Scratch scratch = borrow();
        try {
            return computePass(ss, first, last, scratch);
        } finally {
            scratchPool.offer(scratch);
        }
    }

    /** Merges {@code parts} (see {@link #merge(ScopeSites, int, int, Pass[], boolean, Scratch)}). */
    Pass merge(ScopeSites ss, int first, int last, Pass[] parts, boolean bySite) {
        Scratch scratch = borrow();
        try {
            return merge(ss, first, last, parts, bySite, scratch);
        } finally {
            scratchPool.offer(scratch);
        }
    }

    /** The per-organisation and per-offer scratch of one delivery pass; one per concurrent pass. */
    private static final class Scratch {
        int generation;
        final int[] orgStamp;
        final int[] orgMark;
        /**
         * A bit per organisation met by the current pass, all clear between passes: reading the set
         * bits out word by word gives the organisations in ascending order without sorting.
         */
        final long[] orgSeen;
        /** The lowest and highest word of {@link #orgSeen} the current pass set a bit in. */
        int seenLow;

        int seenHigh;
        /** The number of bits set in {@link #orgSeen}. */
        int seenCount;

        final int[] orgTypeMask;
        final long[] orgGrantCents;
        /**
         * The (organisation, site) pair of each organisation (see {@link #pair}) at site
         * {@code orgPairSite[o] - 1}: a site's passes mostly run one after the other on one worker,
         * so the pair is searched about once per organisation and site, not once per pass.
         */
        final int[] orgPair;

        final int[] orgPairSite;
        final int[] offerStamp;
        final int[] offerDay;

        Scratch(DatasetIndex ix) {
            int no = ix.orgIds.length;
            orgStamp = new int[no];
            orgMark = new int[no];
            orgSeen = new long[(no + 63) >>> 6];
            seenLow = orgSeen.length;
            seenHigh = -1;
            orgTypeMask = new int[no];
            orgGrantCents = new long[no];
            orgPair = new int[no];
            orgPairSite = new int[no];
            offerStamp = new int[ix.offerSite.length];
            offerDay = new int[ix.offerSite.length];
        }

        /** Marks organisation {@code o} as met; returns whether it was met for the first time. */
        boolean meet(int o) {
            int w = o >>> 6;
            long bit = 1L << o;
            long word = orgSeen[w];
            if ((word & bit) != 0) {
                return false;
            }
            orgSeen[w] = word | bit;
            seenLow = Math.min(seenLow, w);
            seenHigh = Math.max(seenHigh, w);
            seenCount++;
            return true;
        }
    }

    private Pass computePass(ScopeSites ss, int first, int last, Scratch scratch) {
        int gen = ++scratch.generation;
        int[] orgTypeMask = scratch.orgTypeMask;
        long[] orgGrantCents = scratch.orgGrantCents;
        int[] orgPair = scratch.orgPair;
        int[] orgPairSite = scratch.orgPairSite;
        int[] offerStamp = scratch.offerStamp;
        int[] offerDay = scratch.offerDay;
        Firsts firsts = firstsOrNull(ss);
        DatasetIndex x = ix;
        Pass p = new Pass();
        ExactSum consulting = new ExactSum();
        ExactSum room = new ExactSum();
        ExactSum grantSum = new ExactSum();
        long trainingP = 0;
        long eventP = 0;
        long events = 0;
        long grants = 0;
        long firstTime = 0;
        long count = 0;
        long[] byType = p.byOfferType;
        for (int s : ss.sites()) {
            int lo = DatasetIndex.lowerBound(x.dDay, x.siteDeliveryStart[s], x.siteDeliveryStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(x.dDay, lo, x.siteDeliveryStart[s + 1], last + 1);
            count += hi - lo;
            for (int i = lo; i < hi; i++) {
                int o = x.dOrg[i];
                int t = x.offerType[x.dOffer[i]];
                if (scratch.meet(o)) {
                    orgTypeMask[o] = 0;
                    orgGrantCents[o] = 0;
                    if (firsts == null && orgPairSite[o] != s + 1) {
                        // a binary search per organisation and site, not one per grant and another
                        // per organisation when counting the new ones
                        orgPair[o] = pair(o, s);
                        orgPairSite[o] = s + 1;
                    }
                }
                orgTypeMask[o] |= 1 << t;
                byType[t]++;
                if (t == CONSULTING) {
                    consulting.add(x.dQuantity.get(i));
                } else if (t == TRAINING) {
                    trainingP += x.dAux[i];
                } else if (t == ROOM) {
                    room.add(x.dQuantity.get(i));
                } else if (t == GRANT) {
                    grants++;
                    grantSum.add(x.dQuantity.get(i));
                    orgGrantCents[o] += x.dQuantity.get(i);
                    long key = DatasetIndex.grantKey(x.dDay[i], x.dAux[i]);
                    long firstGrant = firsts != null
                            ? firsts.firstGrant()[o]
                            : orgPair[o] < 0 ? DatasetIndex.NO_GRANT : x.pairFirstGrant[orgPair[o]];
                    if (firstGrant == key) {
                        firstTime++;
                    }
                } else if (t == EVENT) {
                    eventP += x.dAux[i];
                    int f = x.dOffer[i];
                    if (offerStamp[f] != gen || offerDay[f] != x.dDay[i]) {
                        offerStamp[f] = gen;
                        offerDay[f] = x.dDay[i];
                        events++;
                    }
                }
            }
        }
        finish(p, scratch, firsts, first);
        p.deliveries = count;
        p.consultingHours = consulting.toDecimal(6);
        p.roomHours = room.toDecimal(6);
        p.trainingParticipants = trainingP;
        p.eventParticipants = eventP;
        p.events = events;
        p.grants = grants;
        p.grantAmount = grantSum.toDecimal(2);
        p.firstTimeGrants = firstTime;
        return p;
    }

    /**
     * Sets the organisation figures of {@code p} from the organisations the scratch has met (and
     * clears them there for the next pass) with the offer-type masks and grant cents it holds for
     * them: the organisations in ascending order with their masks and cents, the counts by type,
     * migrant-led, multi-use and the top recipient's amount. With {@code countNew} also the new
     * organisations (earliest delivery in the scope on or after {@code first}), from {@code firsts}
     * or, in a one-site pass ({@code firsts} null), from the pairs the scratch holds; without, the
     * caller sets them.
     */
    private void finish(Pass p, Scratch scratch, Firsts firsts, boolean countNew, int first) {
        DatasetIndex x = ix;
        int n = scratch.seenCount;
        int[] sorted = new int[n];
        int[] mask = new int[n];
        long[] cents = new long[n];
        long top = 0;
        long[] seen = scratch.orgSeen;
        int[] earliest = firsts == null ? null : firsts.earliest();
        int k = 0;
        for (int w = scratch.seenLow; w <= scratch.seenHigh; w++) {
            long bits = seen[w];
            seen[w] = 0;
            while (bits != 0) {
                int o = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                sorted[k] = o;
                mask[k] = scratch.orgTypeMask[o];
                cents[k] = scratch.orgGrantCents[o];
                int type = x.orgType[o];
                p.orgsByType[type]++;
                if (x.orgMigrantLed[o]) {
                    p.migrantLed++;
                }
                if (Integer.bitCount(mask[k]) >= 2) {
                    p.multiUse++;
                }
                top = Math.max(top, cents[k]);
                if (countNew) {
                    int e;
                    if (earliest != null) {
                        e = earliest[o];
                    } else {
                        int q = scratch.orgPair[o];
                        e = q < 0 ? Integer.MAX_VALUE : x.pairFirstDay[q];
                    }
                    if (e >= first) {
                        p.newOrgs++;
                        p.newByType[type]++;
                    }
                }
                k++;
            }
        }
        scratch.seenLow = seen.length;
        scratch.seenHigh = -1;
        scratch.seenCount = 0;
        p.orgs = sorted;
        p.orgMask = mask;
        p.orgCents = hasNonZero(cents) ? cents : null;
        p.topRecipient = BigDecimal.valueOf(top, 2);
    }

    private void finish(Pass p, Scratch scratch, Firsts firsts, int first) {
        finish(p, scratch, firsts, true, first);
    }

    private static boolean hasNonZero(long[] a) {
        for (long v : a) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Merges passes whose deliveries partition the scope's in the period: a year's four quarters, or
     * the scope's sites over the same period. Counts, sums and events (an event's date lies in one
     * quarter, its offer at one site) add up; the organisations are the union, with their offer-type
     * masks or-ed and their grant cents added. New organisations add up over quarters (an
     * organisation is new in the one quarter of the year that holds its earliest delivery in the
     * scope, and has a delivery there) but are counted again against the period's first day when
     * merging sites ({@code bySite}), and so are first grants.
     */
    private Pass merge(ScopeSites ss, int first, int last, Pass[] parts, boolean bySite, Scratch scratch) {
        int[] orgTypeMask = scratch.orgTypeMask;
        long[] orgGrantCents = scratch.orgGrantCents;
        Pass p = new Pass();
        BigDecimal consulting = BigDecimal.valueOf(0, 6);
        BigDecimal room = BigDecimal.valueOf(0, 6);
        BigDecimal grantAmount = BigDecimal.valueOf(0, 2);
        for (Pass q : parts) {
            int[] qo = q.orgs;
            int[] qm = q.orgMask;
            long[] qc = q.orgCents;
            for (int k = 0; k < qo.length; k++) {
                int o = qo[k];
                if (scratch.meet(o)) {
                    orgTypeMask[o] = qm[k];
                    orgGrantCents[o] = qc == null ? 0 : qc[k];
                } else {
                    orgTypeMask[o] |= qm[k];
                    if (qc != null) {
                        orgGrantCents[o] += qc[k];
                    }
                }
            }
            p.deliveries += q.deliveries;
            for (int t = 0; t < p.byOfferType.length; t++) {
                p.byOfferType[t] += q.byOfferType[t];
            }
            consulting = consulting.add(q.consultingHours);
            room = room.add(q.roomHours);
            grantAmount = grantAmount.add(q.grantAmount);
            p.trainingParticipants += q.trainingParticipants;
            p.eventParticipants += q.eventParticipants;
            p.events += q.events;
            p.grants += q.grants;
            if (!bySite) {
                p.firstTimeGrants += q.firstTimeGrants;
                p.newOrgs += q.newOrgs;
                for (int t = 0; t < p.newByType.length; t++) {
                    p.newByType[t] += q.newByType[t];
                }
            }
        }
        Firsts f = firstsOrNull(ss);
        finish(p, scratch, f, bySite, first);
        if (bySite) {
            // a site's pass counts the first grants at that site; the scope's are counted again:
            // the organisations whose first grant in the scope (a delivery of the scope, one per
            // organisation, as grant keys are unique) lies in the period
            long[] firstGrant = f.firstGrant();
            for (int o : p.orgs) {
                long g = firstGrant[o];
                if (g != DatasetIndex.NO_GRANT) {
                    int day = (int) (g >> 32);
                    if (day >= first && day <= last) {
                        p.firstTimeGrants++;
                    }
                }
            }
        }
        p.consultingHours = consulting;
        p.roomHours = room;
        p.grantAmount = grantAmount;
        return p;
    }

    /**
     * The earliest delivery day and the first grant key of every organisation within one group
     * scope (dense by organisation), computed once per scope from the (organisation, site) pairs.
     */
    private record Firsts(int[] earliest, long[] firstGrant) {}

    private final Map<Scope, Firsts> firsts = new ConcurrentHashMap<>();

    private Firsts firsts(ScopeSites ss) {
        return firsts.computeIfAbsent(ss.scope(), k -> {
            int no = ix.orgIds.length;
            int[] earliest = new int[no];
            long[] grant = new long[no];
            boolean[] mask = ss.mask();
            for (int o = 0; o < no; o++) {
                int e = Integer.MAX_VALUE;
                long g = DatasetIndex.NO_GRANT;
                for (int q = ix.orgPairStart[o]; q < ix.orgPairStart[o + 1]; q++) {
                    if (mask[ix.pairSite[q]]) {
                        e = Math.min(e, ix.pairFirstDay[q]);
                        g = Math.min(g, ix.pairFirstGrant[q]);
                    }
                }
                earliest[o] = e;
                grant[o] = g;
            }
            return new Firsts(earliest, grant);
        });
    }

    /** Returns the pair of organisation {@code o} and site {@code s}, or -1 (pairs are sorted by site). */
    private int pair(int o, int s) {
        int lo = ix.orgPairStart[o];
        int hi = ix.orgPairStart[o + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int site = ix.pairSite[mid];
            if (site < s) {
                lo = mid + 1;
            } else if (site > s) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Returns the firsts of a scope of several sites, null for a one-site scope (see {@link #pair}). */
    private Firsts firstsOrNull(ScopeSites ss) {
        return ss.sites().length == 1 ? null : firsts(ss);
    }

    /** Returns the day of organisation {@code o}'s earliest delivery at a site of the scope (MAX_VALUE if none). */
    int earliestIn(ScopeSites ss, int o) {
        return earliestIn(ss, firstsOrNull(ss), o);
    }

    private int earliestIn(ScopeSites ss, Firsts f, int o) {
        if (f == null) {
            int q = pair(o, ss.sites()[0]);
            return q < 0 ? Integer.MAX_VALUE : ix.pairFirstDay[q];
        }
        return f.earliest()[o];
    }

    /** Returns the first day of the 24-month window W(p) that ends on ref(p). */
    static int windowFirst(Period period, java.time.LocalDate asOf) {
        return DatasetIndex.day(period.referenceDay(asOf).minusYears(2).plusDays(1));
    }

    /**
     * Computes R (organisations with a delivery in S in W(p)) and those of R with an outcome in S in
     * W(p) not before their earliest delivery in S; returns {|R|, |with outcome|} and fills the lists
     * of organisation numbers when given.
     */
    long[] window(ScopeSites ss, Period period, List<Integer> reached, List<Integer> withOutcome) {
        Scratch scratch = borrow();
        try {
            return window(ss, period, reached, withOutcome, scratch);
        } finally {
            scratchPool.offer(scratch);
        }
    }

    private long[] window(
            ScopeSites ss, Period period, List<Integer> reached, List<Integer> withOutcome, Scratch scratch) {
        int gen = ++scratch.generation;
        int[] orgStamp = scratch.orgStamp;
        int[] orgMark = scratch.orgMark;
        Firsts firsts = firstsOrNull(ss);
        int first = windowFirst(period, ix.dataset.asOf());
        int last = DatasetIndex.day(period.referenceDay(ix.dataset.asOf()));
        long r = 0;
        for (int s : ss.sites()) {
            int lo = DatasetIndex.lowerBound(ix.dDay, ix.siteDeliveryStart[s], ix.siteDeliveryStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.dDay, lo, ix.siteDeliveryStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                int o = ix.dOrg[i];
                if (orgStamp[o] != gen) {
                    orgStamp[o] = gen;
                    r++;
                    if (reached != null) {
                        reached.add(o);
                    }
                }
            }
        }
        long with = 0;
        for (int s : ss.sites()) {
            int lo = DatasetIndex.lowerBound(ix.oDay, ix.siteOutcomeStart[s], ix.siteOutcomeStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.oDay, lo, ix.siteOutcomeStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                int o = ix.oOrg[i];
                if (orgStamp[o] == gen && orgMark[o] != gen && ix.oDay[i] >= earliestIn(ss, firsts, o)) {
                    orgMark[o] = gen;
                    with++;
                    if (withOutcome != null) {
                        withOutcome.add(o);
                    }
                }
            }
        }
        return new long[] {r, with};
    }
}
