package org.hor.indicators.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hor.core.internal.columns.CompactLongs;
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
    private static final int TRAINING = OfferType.TRAINING.ordinal();
    private static final int GRANT = OfferType.MICRO_GRANT.ordinal();
    private static final int EVENT = OfferType.NETWORKING_EVENT.ordinal();
    private static final int TYPES = OfferType.values().length;
    /** All bits for a grant, none for the other offer types: a grant's cents without a branch. */
    private static final long[] GRANT_MASK = new long[TYPES];
    /** 1 for a networking event, 0 for the other offer types. */
    private static final int[] EVENT_ONE = new int[TYPES];

    static {
        GRANT_MASK[GRANT] = -1L;
        EVENT_ONE[EVENT] = 1;
    }

    private final DatasetIndex ix;
    private final ConcurrentLinkedQueue<PassScratch> scratchPool = new ConcurrentLinkedQueue<>();

    Passes(DatasetIndex ix) {
        this.ix = ix;
    }

    private PassScratch borrow() {
        PassScratch scratch = scratchPool.poll();
        return scratch != null ? scratch : new PassScratch(ix);
    }

    /** Reads the deliveries of (ss, [first, last]) once. */
    Pass compute(ScopeSites ss, int first, int last) {
        PassScratch scratch = borrow();
        Pass p = computePass(ss, first, last, scratch);
        scratchPool.offer(scratch); // not after an exception: its marks would not be cleared
        return p;
    }

    /** Merges {@code parts} (see {@link #merge(ScopeSites, int, int, Pass[], boolean, PassScratch)}). */
    Pass merge(ScopeSites ss, int first, int last, Pass[] parts, boolean bySite) {
        PassScratch scratch = borrow();
        Pass p = merge(ss, first, last, parts, bySite, scratch);
        scratchPool.offer(scratch); // not after an exception: its marks would not be cleared
        return p;
    }

    private Pass computePass(ScopeSites ss, int first, int last, PassScratch scratch) {
        int gen = ++scratch.generation;
        int[] orgTypeMask = scratch.orgTypeMask;
        long[] orgGrantCents = scratch.orgGrantCents;
        int[] orgPair = scratch.orgPair;
        int[] orgPairSite = scratch.orgPairSite;
        long[] offerEvent = scratch.offerEvent;
        long[] quantity = scratch.quantity;
        long[] aux = scratch.aux;
        Arrays.fill(quantity, 0);
        Arrays.fill(aux, 0);
        ExactSum[] large = null;
        Firsts firsts = firstsOrNull(ss);
        DatasetIndex x = ix;
        int[] dOrg = x.dOrg;
        int[] dOffer = x.dOffer;
        int[] dDay = x.dDay;
        int[] dAux = x.dAux;
        byte[] offerType = x.offerType;
        CompactLongs dQuantity = x.dQuantity;
        Pass p = new Pass();
        long[] byType = p.byOfferType;
        long events = 0;
        long count = 0;
        long genKey = (long) gen << 32;
        // no branch on the offer type: the sums are kept per type (an int quantity or participant
        // count per delivery cannot overflow a long), a grant's cents go to its organisation through
        // a mask, and an event is counted where its (offer, day) differs from the offer's last one
        for (int s : ss.sites()) {
            int lo = DatasetIndex.lowerBound(dDay, x.siteDeliveryStart[s], x.siteDeliveryStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(dDay, lo, x.siteDeliveryStart[s + 1], last + 1);
            count += hi - lo;
            for (int i = lo; i < hi; i++) {
                int o = dOrg[i];
                int f = dOffer[i];
                int t = offerType[f];
                int m = orgTypeMask[o];
                if (m == 0) {
                    scratch.meet(o);
                    orgGrantCents[o] = 0;
                    if (firsts == null && orgPairSite[o] != s + 1) {
                        // a binary search per organisation and site, not one per pass
                        orgPair[o] = pair(o, s);
                        orgPairSite[o] = s + 1;
                    }
                }
                orgTypeMask[o] = m | (1 << t);
                byType[t]++;
                long q = dQuantity.get(i);
                if (q != (int) q) {
                    // beyond an int (rare): summed exactly apart
                    if (large == null) {
                        large = new ExactSum[TYPES];
                    }
                    if (large[t] == null) {
                        large[t] = new ExactSum();
                    }
                    large[t].add(q);
                    orgGrantCents[o] += q & GRANT_MASK[t];
                    q = 0;
                }
                quantity[t] += q;
                aux[t] += dAux[i];
                orgGrantCents[o] += q & GRANT_MASK[t];
                long key = genKey | (dDay[i] & 0xffffffffL);
                events += (offerEvent[f] != key ? 1 : 0) & EVENT_ONE[t];
                offerEvent[f] = key;
            }
        }
        finish(p, scratch, firsts, first);
        countFirstGrants(p, scratch, firsts, first, last);
        p.deliveries = count;
        PassSums.set(p, quantity, large);
        p.trainingParticipants = aux[TRAINING];
        p.eventParticipants = aux[EVENT];
        p.events = events;
        p.grants = byType[GRANT];
        return p;
    }

    /**
     * Counts the first-time grants of a pass just read: the organisations met whose first grant in
     * the scope (a delivery of the scope: grant keys are unique) lies in the period, so it was read.
     */
    private void countFirstGrants(Pass p, PassScratch scratch, Firsts firsts, int first, int last) {
        long[] firstGrant = firsts == null ? null : firsts.firstGrant();
        for (int o : p.orgs) {
            long g;
            if (firstGrant != null) {
                g = firstGrant[o];
            } else {
                int q = scratch.orgPair[o];
                g = q < 0 ? DatasetIndex.NO_GRANT : ix.pairFirstGrant[q];
            }
            if (g != DatasetIndex.NO_GRANT) {
                int day = (int) (g >> 32);
                if (day >= first && day <= last) {
                    p.firstTimeGrants++;
                }
            }
        }
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
    private void finish(Pass p, PassScratch scratch, Firsts firsts, boolean countNew, int first) {
        DatasetIndex x = ix;
        int n = scratch.seenCount;
        int[] sorted = new int[n];
        int[] mask = new int[n];
        long[] cents = new long[n];
        long top = 0;
        long[] seen = scratch.orgSeen;
        int[] earliest = firsts == null ? null : firsts.earliest();
        int k = 0;
        scratch.sortSeenWords();
        int[] words = scratch.seenWords;
        for (int j = 0; j < scratch.seenWordCount; j++) {
            int w = words[j];
            long bits = seen[w];
            seen[w] = 0;
            while (bits != 0) {
                int o = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                sorted[k] = o;
                mask[k] = scratch.orgTypeMask[o];
                scratch.orgTypeMask[o] = 0;
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
        scratch.seenWordCount = 0;
        scratch.seenCount = 0;
        p.orgs = sorted;
        p.orgMask = mask;
        p.orgCents = hasNonZero(cents) ? cents : null;
        p.topRecipient = BigDecimal.valueOf(top, 2);
    }

    private void finish(Pass p, PassScratch scratch, Firsts firsts, int first) {
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
    private Pass merge(ScopeSites ss, int first, int last, Pass[] parts, boolean bySite, PassScratch scratch) {
        int[] orgTypeMask = scratch.orgTypeMask;
        long[] orgGrantCents = scratch.orgGrantCents;
        Pass p = new Pass();
        for (Pass q : parts) {
            int[] qo = q.orgs;
            int[] qm = q.orgMask;
            long[] qc = q.orgCents;
            for (int k = 0; k < qo.length; k++) {
                int o = qo[k];
                int m = orgTypeMask[o];
                long c = qc == null ? 0 : qc[k];
                if (m == 0) {
                    scratch.meet(o);
                    orgGrantCents[o] = c;
                } else {
                    orgGrantCents[o] += c;
                }
                orgTypeMask[o] = m | qm[k];
            }
            p.deliveries += q.deliveries;
            for (int t = 0; t < p.byOfferType.length; t++) {
                p.byOfferType[t] += q.byOfferType[t];
            }
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
        PassSums.add(p, parts);
        Firsts f = firstsOrNull(ss);
        finish(p, scratch, f, bySite, first);
        if (bySite) {
            // a site's pass counts the first grants at that site; the scope's are counted again
            countFirstGrants(p, scratch, f, first, last);
        }
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
        PassScratch scratch = borrow();
        try {
            return window(ss, period, reached, withOutcome, scratch);
        } finally {
            scratchPool.offer(scratch);
        }
    }

    private long[] window(
            ScopeSites ss, Period period, List<Integer> reached, List<Integer> withOutcome, PassScratch scratch) {
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
