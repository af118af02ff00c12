package org.hor.indicators.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.model.PeriodType;
import org.hor.core.model.Site;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Result;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;

/**
 * The fast kernels behind the standard indicators: every value is computed from the
 * {@link DatasetIndex}'s per-site ranges, never by rescanning all records. One pass over the
 * deliveries of (scope, period) yields every delivery-based indicator; passes are cached (the last
 * few), so the 25 indicators of one (scope, period), and retention's previous period, cost one or
 * two passes. Thread-safe: delivery passes of different threads run in parallel, each on its own
 * scratch arrays; the smaller exchange scans are serialised.
 */
public final class Kernels {
    private static final int CONSULTING = OfferType.CONSULTING.ordinal();
    private static final int TRAINING = OfferType.TRAINING.ordinal();
    private static final int ROOM = OfferType.ROOM.ordinal();
    private static final int GRANT = OfferType.MICRO_GRANT.ordinal();
    private static final int EVENT = OfferType.NETWORKING_EVENT.ordinal();
    private static final int CACHED_PASSES = 64;

    private final DatasetIndex ix;
    private final Map<Scope, ScopeSites> scopes = new ConcurrentHashMap<>();
    private final Map<PassKey, Pass> passes = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PassKey, Pass> eldest) {
            return size() > CACHED_PASSES;
        }
    };

    // the passes of the site scopes by site number, keyed by (first, last), kept until
    // forgetSitePasses: the coarser scopes merge them, hundreds per pass, so the look-up is an array
    // index and a long key rather than a hashed (scope, period)
    private final ConcurrentHashMap<Long, Pass>[] sitePasses;
    // the one-site scopes by site number, made when first asked
    private final ScopeSites[] siteScopes;
    // made once: a method reference made per call would be allocated per call
    private final java.util.function.Function<Scope, ScopeSites> resolver = this::resolve;

    // scratch, guarded by this
    private final java.util.concurrent.ConcurrentLinkedQueue<Scratch> scratchPool =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    // scratch of the exchanges, guarded by this
    private int generation;
    private final int[] exchangeStamp;
    private final int[] siteStamp;

    /** Creates the kernels over {@code index}. */
    public Kernels(DatasetIndex index) {
        this.ix = index;
        exchangeStamp = new int[index.xDay.length];
        siteStamp = new int[index.sites.length];
        @SuppressWarnings("unchecked")
        ConcurrentHashMap<Long, Pass>[] bySite = new ConcurrentHashMap[index.sites.length];
        for (int s = 0; s < bySite.length; s++) {
            bySite[s] = new ConcurrentHashMap<>();
        }
        sitePasses = bySite;
        siteScopes = new ScopeSites[index.sites.length];
    }

    /** Returns the index. */
    public DatasetIndex index() {
        return ix;
    }

    /**
     * Returns the sites of {@code scope}.
     *
     * @throws IllegalArgumentException if no site belongs to the scope
     */
    public ScopeSites sites(Scope scope) {
        ScopeSites ss = scopes.get(scope);
        return ss != null ? ss : scopes.computeIfAbsent(scope, resolver);
    }

    /** Returns the one-site scope of site {@code s}. */
    private ScopeSites siteScope(int s) {
        ScopeSites ss = siteScopes[s];
        if (ss == null) {
            ss = sites(Scope.site(ix.sites[s].id()));
            siteScopes[s] = ss; // a benign race: every thread stores the same resolved scope
        }
        return ss;
    }

    private ScopeSites resolve(Scope scope) {
        int ns = ix.sites.length;
        boolean[] mask = new boolean[ns];
        for (int s = 0; s < ns; s++) {
            Site site = ix.sites[s];
            mask[s] = switch (scope.kind()) {
                case SITE -> site.id().equals(scope.value());
                case CARRIER_TYPE -> name(site.carrierType()).equals(scope.value());
                case COVERAGE -> name(site.coverage()).equals(scope.value());
                case STATE -> scope.value().equals(site.state());
                case PROGRAMME -> true;
            };
        }
        int[] sites = java.util.stream.IntStream.range(0, ns).filter(s -> mask[s]).toArray();
        if (sites.length == 0) {
            throw new IllegalArgumentException("no site belongs to scope " + scope.id());
        }
        return new ScopeSites(scope, sites, mask);
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    /** Returns the value of site {@code site}'s group of {@code kind}, or null (for SITE the id). */
    public static String groupValue(Site site, ScopeKind kind) {
        return switch (kind) {
            case SITE -> site.id();
            case CARRIER_TYPE -> site.carrierType() == null ? null : site.carrierType().name();
            case COVERAGE -> site.coverage() == null ? null : site.coverage().name();
            case STATE -> site.state();
            case PROGRAMME -> "";
        };
    }

    /** Returns the number of deliveries of the sites of {@code scope}, at least 1 (a weight for progress). */
    public long weight(Scope scope) {
        long n = 1;
        for (int s : sites(scope).sites()) {
            n += ix.siteDeliveryStart[s + 1] - ix.siteDeliveryStart[s];
        }
        return n;
    }

    /** Returns whether a site of {@code scope} is active on at least one day of {@code period}. */
    public boolean active(Scope scope, Period period) {
        return anyActive(sites(scope), DatasetIndex.day(period.first()), DatasetIndex.day(period.last()));
    }

    private boolean anyActive(ScopeSites ss, int first, int last) {
        for (int s : ss.sites()) {
            if (ix.activeBetween(s, first, last)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- the delivery pass

    private record PassKey(Scope scope, int first, int last) {
    }

    /** Everything one pass over D(S,p) yields. */
    static final class Pass {
        int[] orgs;
        /** The offer types (a bit per {@link OfferType} ordinal) each organisation of {@link #orgs} used. */
        int[] orgMask;
        /** The grant cents each organisation of {@link #orgs} received; null when all are 0. */
        long[] orgCents;
        final long[] orgsByType = new long[4];
        long migrantLed;
        long newOrgs;
        final long[] newByType = new long[4];
        long deliveries;
        final long[] byOfferType = new long[OfferType.values().length];
        BigDecimal consultingHours;
        BigDecimal roomHours;
        long trainingParticipants;
        long eventParticipants;
        long events;
        long grants;
        BigDecimal grantAmount;
        long firstTimeGrants;
        BigDecimal topRecipient;
        long multiUse;
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

    private Pass pass(ScopeSites ss, int first, int last) {
        boolean site = ss.scope().kind() == ScopeKind.SITE;
        Long siteKey = null;
        PassKey key = null;
        if (site) {
            siteKey = ((long) first << 32) | (last & 0xffffffffL);
            Pass cached = sitePasses[ss.sites()[0]].get(siteKey);
            if (cached != null) {
                return cached;
            }
        } else {
            key = new PassKey(ss.scope(), first, last);
            synchronized (passes) {
                Pass cached = passes.get(key);
                if (cached != null) {
                    return cached;
                }
            }
        }
        // computed outside the lock, so that passes of other scopes run in parallel; two threads
        // asking for the same pass at once both compute it, to the same result
        Pass[] parts = quartersOfYear(ss, first, last);
        boolean bySite = false;
        if (parts == null && ss.sites().length > 1) {
            // a scope of several sites: from its sites' passes (the sites partition its deliveries)
            int[] sites = ss.sites();
            parts = new Pass[sites.length];
            for (int k = 0; k < sites.length; k++) {
                parts[k] = pass(siteScope(sites[k]), first, last);
            }
            bySite = true;
        }
        Scratch scratch = scratchPool.poll();
        if (scratch == null) {
            scratch = new Scratch(ix);
        }
        Pass p;
        try {
            p = parts == null ? computePass(ss, first, last, scratch) : merge(ss, first, last, parts, bySite, scratch);
        } finally {
            scratchPool.offer(scratch);
        }
        if (site) {
            Pass earlier = sitePasses[ss.sites()[0]].putIfAbsent(siteKey, p);
            return earlier == null ? p : earlier;
        }
        synchronized (passes) {
            passes.put(key, p);
        }
        return p;
    }

    /**
     * Forgets the cached passes of the site scopes (which the coarser scopes are merged from); the
     * engine calls this after an evaluation, so their memory is not held between evaluations.
     */
    public void forgetSitePasses() {
        for (Map<Long, Pass> m : sitePasses) {
            m.clear();
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
                    consulting.add(x.dQuantity[i]);
                } else if (t == TRAINING) {
                    trainingP += x.dAux[i];
                } else if (t == ROOM) {
                    room.add(x.dQuantity[i]);
                } else if (t == GRANT) {
                    grants++;
                    grantSum.add(x.dQuantity[i]);
                    orgGrantCents[o] += x.dQuantity[i];
                    long key = DatasetIndex.grantKey(x.dDay[i], x.dAux[i]);
                    long firstGrant = firsts != null ? firsts.firstGrant()[o]
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
     * Returns the passes of the four quarters when {@code [first, last]} is a calendar year, else
     * null. A year's pass is then merged from its quarters' (which the year's quarters reuse from the
     * cache), so each delivery is read once for both period types.
     */
    private Pass[] quartersOfYear(ScopeSites ss, int first, int last) {
        LocalDate start = LocalDate.ofEpochDay(first);
        if (start.getDayOfYear() != 1 || LocalDate.ofEpochDay(last).getYear() != start.getYear()
                || last != DatasetIndex.day(start.plusYears(1)) - 1) {
            return null;
        }
        Pass[] quarters = new Pass[4];
        for (int q = 0; q < 4; q++) {
            quarters[q] = pass(ss, DatasetIndex.day(start.plusMonths(3L * q)),
                    DatasetIndex.day(start.plusMonths(3L * q + 3)) - 1);
        }
        return quarters;
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
    private record Firsts(int[] earliest, long[] firstGrant) {
    }

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
    private int earliestIn(ScopeSites ss, int o) {
        return earliestIn(ss, firstsOrNull(ss), o);
    }

    private int earliestIn(ScopeSites ss, Firsts f, int o) {
        if (f == null) {
            int q = pair(o, ss.sites()[0]);
            return q < 0 ? Integer.MAX_VALUE : ix.pairFirstDay[q];
        }
        return f.earliest()[o];
    }

    /** Returns the (date, id rank) key of organisation {@code o}'s first grant at a site of the scope. */
    private long firstGrantIn(ScopeSites ss, Firsts f, int o) {
        if (f == null) {
            int q = pair(o, ss.sites()[0]);
            return q < 0 ? DatasetIndex.NO_GRANT : ix.pairFirstGrant[q];
        }
        return f.firstGrant()[o];
    }

    private Pass pass(Scope scope, Period period) {
        return pass(sites(scope), DatasetIndex.day(period.first()), DatasetIndex.day(period.last()));
    }

    // ---------------------------------------------------------------- the standard indicators

    /** {@code reach.organisations}: |Orgs(S,p)| by organisation type. */
    public Result reachOrganisations(Scope scope, Period period) {
        Pass p = pass(scope, period);
        return withParts(p.orgs.length, Breakdown.ORGANISATION_TYPE, p.orgsByType);
    }

    /** {@code reach.organisations.new}: organisations whose earliest delivery in S lies in p, by type. */
    public Result reachOrganisationsNew(Scope scope, Period period) {
        Pass p = pass(scope, period);
        return withParts(p.newOrgs, Breakdown.ORGANISATION_TYPE, p.newByType);
    }

    /** {@code reach.migrant-led.share}. */
    public Result migrantLedShare(Scope scope, Period period) {
        Pass p = pass(scope, period);
        return share(p.migrantLed, p.orgs.length);
    }

    /** {@code deliveries.count} by offer type. */
    public Result deliveriesCount(Scope scope, Period period) {
        Pass p = pass(scope, period);
        return withParts(p.deliveries, Breakdown.OFFER_TYPE, p.byOfferType);
    }

    /** {@code consulting.hours}. */
    public Result consultingHours(Scope scope, Period period) {
        return Result.of(Value.of(pass(scope, period).consultingHours));
    }

    /** {@code training.participants}. */
    public Result trainingParticipants(Scope scope, Period period) {
        return Result.of(Value.of(pass(scope, period).trainingParticipants));
    }

    /** {@code rooms.hours}. */
    public Result roomHours(Scope scope, Period period) {
        return Result.of(Value.of(pass(scope, period).roomHours));
    }

    /** {@code grants.count}. */
    public Result grantsCount(Scope scope, Period period) {
        return Result.of(Value.of(pass(scope, period).grants));
    }

    /** {@code grants.amount}. */
    public Result grantsAmount(Scope scope, Period period) {
        return Result.of(Value.of(pass(scope, period).grantAmount));
    }

    /** {@code grants.amount.mean}. */
    public Result grantsAmountMean(Scope scope, Period period) {
        Pass p = pass(scope, period);
        if (p.grants == 0) {
            return Result.of(Value.undefined(Reason.NO_DENOMINATOR));
        }
        return Result.of(Value.of(Ratios.divide(p.grantAmount, BigDecimal.valueOf(p.grants))));
    }

    /** {@code grants.first-time.share}. */
    public Result grantsFirstTimeShare(Scope scope, Period period) {
        Pass p = pass(scope, period);
        return share(p.firstTimeGrants, p.grants);
    }

    /** {@code grants.top-recipient.share}. */
    public Result grantsTopRecipientShare(Scope scope, Period period) {
        Pass p = pass(scope, period);
        if (p.grantAmount.signum() == 0) {
            return Result.of(Value.undefined(Reason.NO_DENOMINATOR));
        }
        return Result.of(Value.of(Ratios.share(p.topRecipient, p.grantAmount)));
    }

    /** {@code events.count}: distinct (offer, date) pairs of networking-event deliveries. */
    public Result eventsCount(Scope scope, Period period) {
        return Result.of(Value.of(pass(scope, period).events));
    }

    /** {@code events.participants}. */
    public Result eventsParticipants(Scope scope, Period period) {
        return Result.of(Value.of(pass(scope, period).eventParticipants));
    }

    /** {@code retention.share}. */
    public Result retentionShare(Scope scope, Period period) {
        return retentionShare(scope, period, period.previous());
    }

    /**
     * {@code retention.share} with an explicit previous period: spec 03 §6 makes operating year k−1
     * the previous period of operating year k, which is not always the same-length range before it.
     */
    public Result retentionShare(Scope scope, Period period, Period prev) {
        ScopeSites ss = sites(scope);
        int pf = DatasetIndex.day(prev.first());
        int pl = DatasetIndex.day(prev.last());
        if (!anyActive(ss, pf, pl)) {
            return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
        }
        int[] before = pass(ss, pf, pl).orgs;
        int[] now = pass(scope, period).orgs;
        return share(intersection(before, now), before.length);
    }

    /** {@code offers.multi-use.share}. */
    public Result multiUseShare(Scope scope, Period period) {
        Pass p = pass(scope, period);
        return share(p.multiUse, p.orgs.length);
    }

    /** {@code outcomes.count} by outcome type. */
    public Result outcomesCount(Scope scope, Period period) {
        ScopeSites ss = sites(scope);
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        long[] byType = new long[Breakdown.OUTCOME_TYPE.categories().size()];
        long total = 0;
        for (int s : ss.sites()) {
            int lo = DatasetIndex.lowerBound(ix.oDay, ix.siteOutcomeStart[s], ix.siteOutcomeStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.oDay, lo, ix.siteOutcomeStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                byType[ix.oType[i]]++;
            }
            total += hi - lo;
        }
        return withParts(total, Breakdown.OUTCOME_TYPE, byType);
    }

    /** Returns the first day of the 24-month window W(p) that ends on ref(p). */
    static int windowFirst(Period period, java.time.LocalDate asOf) {
        return DatasetIndex.day(period.referenceDay(asOf).minusYears(2).plusDays(1));
    }

    /** {@code outcomes.organisations.share}: over the 24 months ending on ref(p). */
    public Result outcomesOrganisationsShare(Scope scope, Period period) {
        long[] counts = window(sites(scope), period, null, null);
        return share(counts[1], counts[0]);
    }

    /**
     * Computes R (organisations with a delivery in S in W(p)) and those of R with an outcome in S in
     * W(p) not before their earliest delivery in S; returns {|R|, |with outcome|} and fills the lists
     * of organisation numbers when given.
     */
    private long[] window(ScopeSites ss, Period period, List<Integer> reached, List<Integer> withOutcome) {
        Scratch scratch = scratchPool.poll();
        if (scratch == null) {
            scratch = new Scratch(ix);
        }
        try {
            return window(ss, period, reached, withOutcome, scratch);
        } finally {
            scratchPool.offer(scratch);
        }
    }

    private long[] window(ScopeSites ss, Period period, List<Integer> reached, List<Integer> withOutcome,
            Scratch scratch) {
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

    /** {@code cooperations.active} by partner type: a stock on the reference day. */
    public Result cooperationsActive(Scope scope, Period period) {
        long[] byType = new long[Breakdown.PARTNER_TYPE.categories().size()];
        long total = 0;
        int ref = DatasetIndex.day(period.referenceDay(ix.dataset.asOf()));
        for (int s : sites(scope).sites()) {
            for (int i = ix.siteCooperationStart[s]; i < ix.siteCooperationStart[s + 1]; i++) {
                if (activeCooperation(i, ref)) {
                    byType[ix.cType[i]]++;
                    total++;
                }
            }
        }
        return withParts(total, Breakdown.PARTNER_TYPE, byType);
    }

    private boolean activeCooperation(int i, int ref) {
        return ix.cStart[i] <= ref && ix.cEffectiveEnd[i] >= ref;
    }

    /** {@code cooperations.new} by partner type. */
    public Result cooperationsNew(Scope scope, Period period) {
        long[] byType = new long[Breakdown.PARTNER_TYPE.categories().size()];
        long total = 0;
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        for (int s : sites(scope).sites()) {
            for (int i = ix.siteCooperationStart[s]; i < ix.siteCooperationStart[s + 1]; i++) {
                if (ix.cStart[i] >= first && ix.cStart[i] <= last) {
                    byType[ix.cType[i]]++;
                    total++;
                }
            }
        }
        return withParts(total, Breakdown.PARTNER_TYPE, byType);
    }

    /** {@code cooperations.formal.share}. */
    public Result cooperationsFormalShare(Scope scope, Period period) {
        int ref = DatasetIndex.day(period.referenceDay(ix.dataset.asOf()));
        long active = 0;
        long formal = 0;
        for (int s : sites(scope).sites()) {
            for (int i = ix.siteCooperationStart[s]; i < ix.siteCooperationStart[s + 1]; i++) {
                if (activeCooperation(i, ref)) {
                    active++;
                    if (ix.cFormal[i]) {
                        formal++;
                    }
                }
            }
        }
        return share(formal, active);
    }

    /** {@code exchange.participations} by format. */
    public Result exchangeParticipations(Scope scope, Period period) {
        long[] r = exchanges(sites(scope), period, null, null);
        long[] byFormat = Arrays.copyOfRange(r, 2, r.length);
        return withParts(r[0], Breakdown.EXCHANGE_FORMAT, byFormat);
    }

    /** {@code exchange.peer-sites}; not applicable to the programme. */
    public Result exchangePeerSites(Scope scope, Period period) {
        if (scope.kind() == ScopeKind.PROGRAMME) {
            return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
        }
        return Result.of(Value.of(exchanges(sites(scope), period, null, null)[1]));
    }

    /** Returns {exchanges, peer sites, by format…} and fills the lists when given. */
    private synchronized long[] exchanges(ScopeSites ss, Period period, List<Integer> exchangeList,
            List<Integer> peerList) {
        int gen = ++generation;
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        long[] r = new long[2 + Breakdown.EXCHANGE_FORMAT.categories().size()];
        for (int s : ss.sites()) {
            int lo = DatasetIndex.lowerBound(ix.seDay, ix.siteExchangeStart[s], ix.siteExchangeStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.seDay, lo, ix.siteExchangeStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                int e = ix.seExchange[i];
                if (exchangeStamp[e] == gen) {
                    continue;
                }
                exchangeStamp[e] = gen;
                r[0]++;
                r[2 + ix.xFormat[e]]++;
                if (exchangeList != null) {
                    exchangeList.add(e);
                }
                for (int t : ix.xSites[e]) {
                    if (!ss.mask()[t] && siteStamp[t] != gen) {
                        siteStamp[t] = gen;
                        r[1]++;
                        if (peerList != null) {
                            peerList.add(t);
                        }
                    }
                }
            }
        }
        return r;
    }

    /** {@code budget.amount}: years only (the host checks the period type). */
    public Result budgetAmount(Scope scope, Period period) {
        if (period.type() != PeriodType.YEAR) {
            return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
        }
        ExactSum sum = new ExactSum();
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        for (int s : sites(scope).sites()) {
            if (ix.activeBetween(s, first, last)) {
                Long cents = ix.budgetCents.get(DatasetIndex.budgetKey(s, period.first().getYear()));
                if (cents == null) {
                    return Result.of(Value.undefined(Reason.NO_DATA));
                }
                sum.add(cents);
            }
        }
        return Result.of(Value.of(sum.toDecimal(2)));
    }

    /** {@code cost.per-organisation}: complete years only. */
    public Result costPerOrganisation(Scope scope, Period period) {
        if (period.type() != PeriodType.YEAR || !period.isComplete(ix.dataset.asOf())) {
            return Result.of(Value.undefined(Reason.NOT_APPLICABLE));
        }
        Value budget = budgetAmount(scope, period).value();
        if (budget instanceof Value.Undefined u) {
            return Result.of(u);
        }
        int orgs = pass(scope, period).orgs.length;
        if (orgs == 0) {
            return Result.of(Value.undefined(Reason.NO_DENOMINATOR));
        }
        return Result.of(Value.of(Ratios.divide(budget.asNumber().orElseThrow(), BigDecimal.valueOf(orgs))));
    }

    // ---------------------------------------------------------------- explanations

    /**
     * The formula with the numbers filled in and the contributing records of one standard value.
     *
     * @param formula    the formula, e.g. {@code 100 × 2 / 3 = 66.666667}
     * @param recordType what the records are: {@code organisation}, {@code delivery}, …
     * @param recordIds  the ids of all contributing records, ordered
     */
    public record Trace(String formula, String recordType, List<String> recordIds) {
    }

    /**
     * Returns the trace of standard indicator {@code id} for (scope, period), or null for an id that is
     * not a standard one.
     */
    public Trace trace(String id, Scope scope, Period period) {
        ScopeSites ss = sites(scope);
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        Value v;
        switch (id) {
            case "reach.organisations" -> {
                int[] orgs = pass(scope, period).orgs;
                return new Trace("|Orgs(S,p)| = " + orgs.length, "organisation", orgIds(orgs));
            }
            case "reach.organisations.new" -> {
                Pass p = pass(scope, period);
                List<String> ids = new ArrayList<>();
                for (int o : p.orgs) {
                    if (earliestIn(ss, o) >= first) {
                        ids.add(ix.orgIds[o]);
                    }
                }
                return new Trace("|{o in Orgs(S,p) : earliest delivery of o in S lies in p}| = " + p.newOrgs,
                        "organisation", ids);
            }
            case "reach.migrant-led.share" -> {
                Pass p = pass(scope, period);
                return new Trace(shareFormula(p.migrantLed, p.orgs.length, "migrant-led organisations", "organisations"),
                        "organisation", orgIds(p.orgs));
            }
            case "deliveries.count" -> {
                return new Trace("|D(S,p)| = " + pass(scope, period).deliveries, "delivery",
                        deliveryIds(ss, first, last, -1));
            }
            case "consulting.hours", "rooms.hours" -> {
                int type = id.equals("rooms.hours") ? ROOM : CONSULTING;
                Pass p = pass(scope, period);
                BigDecimal h = type == ROOM ? p.roomHours : p.consultingHours;
                return new Trace("sum of hours of " + p.byOfferType[type] + " " + OfferType.values()[type]
                        + " deliveries = " + plain(h), "delivery", deliveryIds(ss, first, last, type));
            }
            case "training.participants" -> {
                Pass p = pass(scope, period);
                return new Trace("sum of participants of " + p.byOfferType[TRAINING] + " TRAINING deliveries = "
                        + p.trainingParticipants, "delivery", deliveryIds(ss, first, last, TRAINING));
            }
            case "grants.count" -> {
                return new Trace("number of MICRO_GRANT deliveries in D(S,p) = " + pass(scope, period).grants,
                        "delivery", deliveryIds(ss, first, last, GRANT));
            }
            case "grants.amount" -> {
                Pass p = pass(scope, period);
                return new Trace("sum of amounts of " + p.grants + " grants = " + p.grantAmount.toPlainString() + " EUR",
                        "delivery", deliveryIds(ss, first, last, GRANT));
            }
            case "grants.amount.mean" -> {
                Pass p = pass(scope, period);
                v = grantsAmountMean(scope, period).value();
                return new Trace(p.grantAmount.toPlainString() + " EUR / " + p.grants + " grants = " + show(v),
                        "delivery", deliveryIds(ss, first, last, GRANT));
            }
            case "grants.first-time.share" -> {
                Pass p = pass(scope, period);
                return new Trace(shareFormula(p.firstTimeGrants, p.grants, "first-time grants", "grants"), "delivery",
                        deliveryIds(ss, first, last, GRANT));
            }
            case "grants.top-recipient.share" -> {
                Pass p = pass(scope, period);
                v = grantsTopRecipientShare(scope, period).value();
                return new Trace("100 × " + p.topRecipient.toPlainString() + " EUR (largest sum of one organisation) / "
                        + p.grantAmount.toPlainString() + " EUR = " + show(v), "delivery",
                        deliveryIds(ss, first, last, GRANT));
            }
            case "events.count" -> {
                Pass p = pass(scope, period);
                return new Trace("distinct (offer, date) pairs of " + p.byOfferType[EVENT]
                        + " NETWORKING_EVENT deliveries = " + p.events, "delivery", deliveryIds(ss, first, last, EVENT));
            }
            case "events.participants" -> {
                Pass p = pass(scope, period);
                return new Trace("sum of participants of " + p.byOfferType[EVENT] + " NETWORKING_EVENT deliveries = "
                        + p.eventParticipants, "delivery", deliveryIds(ss, first, last, EVENT));
            }
            case "retention.share" -> {
                Period prev = period.previous();
                v = retentionShare(scope, period).value();
                if (v instanceof Value.Undefined u && u.reason() == Reason.NOT_APPLICABLE) {
                    return new Trace("no site of S was active in " + prev.code() + ": NOT_APPLICABLE", "organisation",
                            List.of());
                }
                int[] before = pass(ss, DatasetIndex.day(prev.first()), DatasetIndex.day(prev.last())).orgs;
                int[] now = pass(scope, period).orgs;
                return new Trace(shareFormula(intersection(before, now), before.length,
                        "organisations also served in " + period.code(), "organisations served in " + prev.code()),
                        "organisation", orgIds(before));
            }
            case "offers.multi-use.share" -> {
                Pass p = pass(scope, period);
                return new Trace(shareFormula(p.multiUse, p.orgs.length, "organisations using ≥ 2 offer types",
                        "organisations"), "organisation", orgIds(p.orgs));
            }
            case "outcomes.count" -> {
                List<Integer> rec = new ArrayList<>();
                for (int s : ss.sites()) {
                    int lo = DatasetIndex.lowerBound(ix.oDay, ix.siteOutcomeStart[s], ix.siteOutcomeStart[s + 1], first);
                    int hi = DatasetIndex.lowerBound(ix.oDay, lo, ix.siteOutcomeStart[s + 1], last + 1);
                    for (int i = lo; i < hi; i++) {
                        rec.add(ix.oRecord[i]);
                    }
                }
                List<String> ids = sortedIds(rec, r -> ix.dataset.outcomes().get(r).id());
                return new Trace("outcomes of S dated in p = " + ids.size(), "outcome", ids);
            }
            case "outcomes.organisations.share" -> {
                List<Integer> reached = new ArrayList<>();
                long[] c = window(ss, period, reached, new ArrayList<>());
                String w = DatasetIndex.date(windowFirst(period, ix.dataset.asOf())) + ".."
                        + period.referenceDay(ix.dataset.asOf());
                return new Trace("W(p) = " + w + "; " + shareFormula(c[1], c[0],
                        "organisations with an outcome", "organisations with a delivery in W(p)"), "organisation",
                        sortedIds(reached, o -> ix.orgIds[o]));
            }
            case "cooperations.active", "cooperations.new", "cooperations.formal.share" -> {
                int ref = DatasetIndex.day(period.referenceDay(ix.dataset.asOf()));
                boolean isNew = id.equals("cooperations.new");
                List<Integer> rec = new ArrayList<>();
                long formal = 0;
                for (int s : ss.sites()) {
                    for (int i = ix.siteCooperationStart[s]; i < ix.siteCooperationStart[s + 1]; i++) {
                        boolean in = isNew ? ix.cStart[i] >= first && ix.cStart[i] <= last : activeCooperation(i, ref);
                        if (in) {
                            rec.add(ix.cRecord[i]);
                            formal += ix.cFormal[i] ? 1 : 0;
                        }
                    }
                }
                List<String> ids = sortedIds(rec, r -> ix.dataset.cooperations().get(r).id());
                String formula = switch (id) {
                    case "cooperations.new" -> "cooperations of S starting in p = " + ids.size();
                    case "cooperations.active" -> "cooperations of S active on " + DatasetIndex.date(ref) + " = "
                            + ids.size();
                    default -> shareFormula(formal, ids.size(), "formal cooperations",
                            "cooperations active on " + DatasetIndex.date(ref));
                };
                return new Trace(formula, "cooperation", ids);
            }
            case "exchange.participations" -> {
                List<Integer> ex = new ArrayList<>();
                long[] r = exchanges(ss, period, ex, new ArrayList<>());
                return new Trace("exchanges dated in p with a site of S = " + r[0], "exchange",
                        sortedIds(ex, e -> ix.dataset.exchanges().get(e).id()));
            }
            case "exchange.peer-sites" -> {
                if (scope.kind() == ScopeKind.PROGRAMME) {
                    return new Trace("not applicable to the programme scope", "site", List.of());
                }
                List<Integer> peers = new ArrayList<>();
                long[] r = exchanges(ss, period, new ArrayList<>(), peers);
                return new Trace("distinct sites outside S sharing an exchange in p = " + r[1], "site",
                        sortedIds(peers, t -> ix.sites[t].id()));
            }
            case "budget.amount", "cost.per-organisation" -> {
                List<String> ids = new ArrayList<>();
                for (int s : ss.sites()) {
                    if (ix.activeBetween(s, first, last)) {
                        ids.add(ix.sites[s].id());
                    }
                }
                Value budget = budgetAmount(scope, period).value();
                String formula;
                if (id.equals("budget.amount")) {
                    formula = "sum of the " + period.code() + " budgets of the " + ids.size() + " active sites = "
                            + show(budget);
                } else {
                    v = costPerOrganisation(scope, period).value();
                    formula = show(budget) + " / " + pass(scope, period).orgs.length + " organisations = " + show(v);
                }
                return new Trace(formula, "site", ids);
            }
            default -> {
                return null;
            }
        }
    }

    private String shareFormula(long num, long den, String numName, String denName) {
        String result = den == 0 ? "undefined (NO_DENOMINATOR)" : show(Value.of(Ratios.share(num, den)));
        return "100 × " + num + " " + numName + " / " + den + " " + denName + " = " + result;
    }

    private static String show(Value v) {
        if (v instanceof Value.Defined d) {
            return plain(d.number());
        }
        return "undefined (" + ((Value.Undefined) v).reason() + ")";
    }

    private static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        if (s.scale() > 6) {
            s = s.setScale(6, java.math.RoundingMode.HALF_EVEN);
        }
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    private List<String> orgIds(int[] orgs) {
        List<String> ids = new ArrayList<>(orgs.length);
        for (int o : orgs) {
            ids.add(ix.orgIds[o]);
        }
        return ids;
    }

    private List<String> deliveryIds(ScopeSites ss, int first, int last, int type) {
        List<Integer> rec = new ArrayList<>();
        for (int s : ss.sites()) {
            int lo = DatasetIndex.lowerBound(ix.dDay, ix.siteDeliveryStart[s], ix.siteDeliveryStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.dDay, lo, ix.siteDeliveryStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                if (type < 0 || ix.type(i) == type) {
                    rec.add(ix.dRecord[i]);
                }
            }
        }
        return sortedIds(rec, r -> ix.dataset.deliveries().get(r).id());
    }

    private static List<String> sortedIds(List<Integer> records, java.util.function.IntFunction<String> id) {
        List<String> ids = new ArrayList<>(records.size());
        for (int r : records) {
            ids.add(id.apply(r));
        }
        ids.sort(String::compareTo);
        return ids;
    }

    // ---------------------------------------------------------------- helpers

    private static long intersection(int[] a, int[] b) {
        long n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    private static Result share(long numerator, long denominator) {
        if (denominator == 0) {
            return Result.of(Value.undefined(Reason.NO_DENOMINATOR));
        }
        return Result.of(Value.of(Ratios.share(numerator, denominator)));
    }

    private static Result withParts(long total, Breakdown breakdown, long[] counts) {
        Map<String, Value> parts = new LinkedHashMap<>();
        List<String> categories = breakdown.categories();
        for (int c = 0; c < categories.size(); c++) {
            parts.put(categories.get(c), Value.of(counts[c]));
        }
        return Result.of(Value.of(total), parts);
    }
}
