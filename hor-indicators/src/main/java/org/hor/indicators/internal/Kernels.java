package org.hor.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hor.core.model.OfferType;
import org.hor.core.model.Period;
import org.hor.core.model.Site;
import org.hor.core.spi.Breakdown;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;

/**
 * The fast kernels behind the standard indicators: the aggregates they read, every one computed from
 * the {@link DatasetIndex}'s per-site ranges, never by rescanning all records. One pass over the
 * deliveries of (scope, period) yields every delivery-based aggregate ({@link Pass}, made by
 * {@link Passes}); passes are cached (the last few), so the 25 indicators of one (scope, period), and
 * retention's previous period, cost one or two passes. The indicators themselves (what each reads,
 * its explanation and its disclosure denominator) live in one table,
 * {@code org.hor.indicators.standard.StandardIndicators}. Thread-safe: delivery passes of different
 * threads run in parallel, each on its own scratch arrays; the smaller exchange scans are serialised.
 */
public final class Kernels {
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

    private final Passes passMaker;

    // what other evaluators over this index keep for the engine's lifetime (indicator files' compiled
    // filters and site passes), by their own key
    private final Map<Object, Object> attachments = new ConcurrentHashMap<>();

    // scratch of the exchanges, guarded by this
    private int generation;
    private final int[] exchangeStamp;
    private final int[] siteStamp;

    /** Creates the kernels over {@code index}. */
    public Kernels(DatasetIndex index) {
        this.ix = index;
        this.passMaker = new Passes(index);
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
     * Returns what {@code make} made for {@code key} over this index, making it on first use: state an
     * evaluator outside this package keeps as long as the engine lives (and no longer).
     */
    @SuppressWarnings("unchecked")
    public <T> T attachment(Object key, java.util.function.Supplier<T> make) {
        Object v = attachments.get(key);
        return (T) (v != null ? v : attachments.computeIfAbsent(key, k -> make.get()));
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
        return ScopeResolution.resolve(ix, scope);
    }

    /** Returns the value of site {@code site}'s group of {@code kind}, or null (for SITE the id). */
    public static String groupValue(Site site, ScopeKind kind) {
        return switch (kind) {
            case SITE -> site.id();
            case CARRIER_TYPE ->
                site.carrierType() == null ? null : site.carrierType().name();
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

    private record PassKey(Scope scope, int first, int last) {}

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
        Pass p = parts == null ? passMaker.compute(ss, first, last) : passMaker.merge(ss, first, last, parts, bySite);
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
        for (Object a : attachments.values()) {
            if (a instanceof Attachment forgetful) {
                forgetful.forgetSitePasses();
            }
        }
    }

    /** An {@link #attachment} that keeps site passes of its own, forgotten with the engine's. */
    public interface Attachment {
        /** Forgets the cached site passes. */
        void forgetSitePasses();
    }

    /**
     * Returns the passes of the four quarters when {@code [first, last]} is a calendar year, else
     * null. A year's pass is then merged from its quarters' (which the year's quarters reuse from the
     * cache), so each delivery is read once for both period types.
     */
    private Pass[] quartersOfYear(ScopeSites ss, int first, int last) {
        LocalDate start = LocalDate.ofEpochDay(first);
        if (start.getDayOfYear() != 1
                || LocalDate.ofEpochDay(last).getYear() != start.getYear()
                || last != DatasetIndex.day(start.plusYears(1)) - 1) {
            return null;
        }
        Pass[] quarters = new Pass[4];
        for (int q = 0; q < 4; q++) {
            quarters[q] = pass(
                    ss, DatasetIndex.day(start.plusMonths(3L * q)), DatasetIndex.day(start.plusMonths(3L * q + 3)) - 1);
        }
        return quarters;
    }

    /** Returns the pass over D(S,p): the aggregates of the delivery-based standard indicators. */
    public Pass pass(Scope scope, Period period) {
        // the indicators of one (scope, period) ask one after the other on one thread: the same
        // objects again are answered without the look-up (days, keys, hashing, the cache's lock)
        LastPass last = lastPass.get();
        if (last.scope == scope && last.period == period) {
            return last.pass;
        }
        Pass p = pass(sites(scope), DatasetIndex.day(period.first()), DatasetIndex.day(period.last()));
        last.scope = scope;
        last.period = period;
        last.pass = p;
        return p;
    }

    /** The last pass a thread asked for by scope and period; a pass stays valid as long as the index. */
    private static final class LastPass {
        Scope scope;
        Period period;
        Pass pass;
    }

    private final ThreadLocal<LastPass> lastPass = ThreadLocal.withInitial(LastPass::new);

    // ---------------------------------------------------------------- the other aggregates

    /** Returns the day the dataset's data run to. */
    public LocalDate asOf() {
        return ix.dataset.asOf();
    }

    /**
     * Returns the counts of {@code retention.share} with {@code prev} as prev(p): {organisations of
     * Orgs(S,prev) also in Orgs(S,p), |Orgs(S,prev)|}, or null when no site of S was active in prev.
     */
    public long[] retention(Scope scope, Period period, Period prev) {
        ScopeSites ss = sites(scope);
        int pf = DatasetIndex.day(prev.first());
        int pl = DatasetIndex.day(prev.last());
        if (!anyActive(ss, pf, pl)) {
            return null;
        }
        int[] before = pass(ss, pf, pl).orgs;
        int[] now = pass(scope, period).orgs;
        return new long[] {RecordNumbers.intersection(before, now), before.length};
    }

    /**
     * Returns {@code retention.share} with {@code prev} as prev(p): spec 03 §6 makes operating year
     * k−1 the previous period of operating year k, which is not always {@link Period#previous()}.
     */
    public Value retentionShare(Scope scope, Period period, Period prev) {
        long[] r = retention(scope, period, prev);
        if (r == null) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
        return r[1] == 0 ? Value.undefined(Reason.NO_DENOMINATOR) : Value.of(Ratios.share(r[0], r[1]));
    }

    /** Returns the outcomes of S dated in p by outcome type (in the breakdown's order). */
    public long[] outcomesByType(Scope scope, Period period) {
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        long[] byType = new long[Breakdown.OUTCOME_TYPE.categories().size()];
        for (int s : sites(scope).sites()) {
            int lo = DatasetIndex.lowerBound(ix.oDay, ix.siteOutcomeStart[s], ix.siteOutcomeStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.oDay, lo, ix.siteOutcomeStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                byType[ix.oType[i]]++;
            }
        }
        return byType;
    }

    /** Returns the ids of the outcomes of S dated in p, ordered. */
    public List<String> outcomeIds(Scope scope, Period period) {
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        List<Integer> rec = new ArrayList<>();
        for (int s : sites(scope).sites()) {
            int lo = DatasetIndex.lowerBound(ix.oDay, ix.siteOutcomeStart[s], ix.siteOutcomeStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.oDay, lo, ix.siteOutcomeStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                rec.add(ix.oRecord[i]);
            }
        }
        return RecordNumbers.sortedIds(rec, r -> ix.dataset.outcomes().get(r).id());
    }

    /**
     * Returns the counts of {@code outcomes.organisations.share} over the window W(p): {|R|, the
     * organisations of R with an outcome}, and adds the ids of R to {@code reached} when given.
     */
    public long[] window(Scope scope, Period period, List<String> reached) {
        List<Integer> r = reached == null ? null : new ArrayList<>();
        long[] counts = passMaker.window(sites(scope), period, r, null);
        if (reached != null) {
            reached.addAll(RecordNumbers.sortedIds(r, o -> ix.orgIds[o]));
        }
        return counts;
    }

    /** Returns the first day of the window W(p) of {@code period}: ref(p) minus 2 years plus 1 day. */
    public LocalDate windowFirst(Period period) {
        return DatasetIndex.date(Passes.windowFirst(period, ix.dataset.asOf()));
    }

    /**
     * Returns the cooperations of S that are active on ref(p) (or, with {@code started}, that start
     * in p): {all, formal, by partner type…}, and adds their ids to {@code ids} (ordered) when given.
     */
    public long[] cooperations(Scope scope, Period period, boolean started, List<String> ids) {
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        int ref = DatasetIndex.day(period.referenceDay(ix.dataset.asOf()));
        long[] r = new long[2 + Breakdown.PARTNER_TYPE.categories().size()];
        List<Integer> rec = ids == null ? null : new ArrayList<>();
        for (int s : sites(scope).sites()) {
            for (int i = ix.siteCooperationStart[s]; i < ix.siteCooperationStart[s + 1]; i++) {
                boolean in = started
                        ? ix.cStart[i] >= first && ix.cStart[i] <= last
                        : ix.cStart[i] <= ref && ix.cEffectiveEnd[i] >= ref;
                if (in) {
                    r[0]++;
                    r[1] += ix.cFormal[i] ? 1 : 0;
                    r[2 + ix.cType[i]]++;
                    if (rec != null) {
                        rec.add(ix.cRecord[i]);
                    }
                }
            }
        }
        if (ids != null) {
            ids.addAll(RecordNumbers.sortedIds(
                    rec, c -> ix.dataset.cooperations().get(c).id()));
        }
        return r;
    }

    /**
     * Returns {exchanges dated in p with a site of S, distinct peer sites outside S, exchanges by
     * format…} and adds the ids of the exchanges and of the peer sites (ordered) when given.
     */
    public long[] exchanges(Scope scope, Period period, List<String> exchangeIds, List<String> peerIds) {
        List<Integer> ex = exchangeIds == null ? null : new ArrayList<>();
        List<Integer> peers = peerIds == null ? null : new ArrayList<>();
        long[] r = exchanges(sites(scope), period, ex, peers);
        if (exchangeIds != null) {
            exchangeIds.addAll(RecordNumbers.sortedIds(
                    ex, e -> ix.dataset.exchanges().get(e).id()));
        }
        if (peerIds != null) {
            peerIds.addAll(RecordNumbers.sortedIds(peers, t -> ix.sites[t].id()));
        }
        return r;
    }

    private synchronized long[] exchanges(
            ScopeSites ss, Period period, List<Integer> exchangeList, List<Integer> peerList) {
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

    /**
     * Returns the sum of the budgets for the year of {@code period} of the sites of S active in it,
     * or undefined {@code NO_DATA} when one of them has none.
     */
    public Value budget(Scope scope, Period period) {
        ExactSum sum = new ExactSum();
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        for (int s : sites(scope).sites()) {
            if (ix.activeBetween(s, first, last)) {
                Long cents = ix.budgetCents.get(
                        DatasetIndex.budgetKey(s, period.first().getYear()));
                if (cents == null) {
                    return Value.undefined(Reason.NO_DATA);
                }
                sum.add(cents);
            }
        }
        return Value.of(sum.toDecimal(2));
    }

    // ---------------------------------------------------------------- record ids for explanations

    /** Returns the ids of the sites of S active on a day of p, in site order. */
    public List<String> activeSiteIds(Scope scope, Period period) {
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        List<String> ids = new ArrayList<>();
        for (int s : sites(scope).sites()) {
            if (ix.activeBetween(s, first, last)) {
                ids.add(ix.sites[s].id());
            }
        }
        return ids;
    }

    /** Returns the ids of organisations {@code orgs} (numbers from a {@link Pass}), in that order. */
    public List<String> orgIds(int[] orgs) {
        List<String> ids = new ArrayList<>(orgs.length);
        for (int o : orgs) {
            ids.add(ix.orgIds[o]);
        }
        return ids;
    }

    /** Returns the ids of the organisations of Orgs(S,p) whose earliest delivery in S lies in p. */
    public List<String> newOrgIds(Scope scope, Period period) {
        ScopeSites ss = sites(scope);
        int first = DatasetIndex.day(period.first());
        List<String> ids = new ArrayList<>();
        for (int o : pass(scope, period).orgs) {
            if (passMaker.earliestIn(ss, o) >= first) {
                ids.add(ix.orgIds[o]);
            }
        }
        return ids;
    }

    /** Returns the ids of the deliveries of D(S,p), of offer type {@code type} only unless null, ordered. */
    public List<String> deliveryIds(Scope scope, Period period, OfferType type) {
        int first = DatasetIndex.day(period.first());
        int last = DatasetIndex.day(period.last());
        List<Integer> rec = new ArrayList<>();
        for (int s : sites(scope).sites()) {
            int lo = DatasetIndex.lowerBound(ix.dDay, ix.siteDeliveryStart[s], ix.siteDeliveryStart[s + 1], first);
            int hi = DatasetIndex.lowerBound(ix.dDay, lo, ix.siteDeliveryStart[s + 1], last + 1);
            for (int i = lo; i < hi; i++) {
                if (type == null || ix.type(i) == type.ordinal()) {
                    rec.add(ix.dRecord[i]);
                }
            }
        }
        return RecordNumbers.sortedIds(rec, r -> ix.dataset.deliveries().get(r).id());
    }
}
