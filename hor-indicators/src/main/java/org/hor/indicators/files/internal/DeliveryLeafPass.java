package org.hor.indicators.files.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.hor.core.model.Delivery;
import org.hor.core.spi.Value;
import org.hor.indicators.files.Field;
import org.hor.indicators.internal.IndexColumns;

/**
 * The fast path of a {@link Compiled} provider: every delivery leaf evaluated in one walk over the
 * deliveries, periods of whole quarters merged from per-site quarter passes (each kept until the
 * engine forgets its site passes), other periods walked directly.
 */
final class DeliveryLeafPass {
    private final Compiled compiled;
    private final IndexColumns cols;
    private final Leaf[] leaves;
    /** The delivery leaves, in leaf order, and their slot among the organisation leaves (-1 for others). */
    private final int[] deliveryLeaves;

    private final int[] orgSlot;
    private final int orgLeafCount;
    private final boolean[][] offerOk;
    private final boolean[][] orgOk;

    DeliveryLeafPass(Compiled compiled) {
        this.compiled = compiled;
        this.cols = compiled.cols;
        this.leaves = compiled.leaves;
        this.deliveryLeaves = compiled.deliveryLeaves;
        this.orgSlot = compiled.orgSlot;
        this.orgLeafCount = compiled.orgLeafCount;
        this.offerOk = compiled.offerOk;
        this.orgOk = compiled.orgOk;
    }

    /** Per-thread scratch of the fast pass: per organisation leaf, a count per organisation with stamps. */
    static final class Scratch {
        int generation;
        int[][] stamp = new int[0][];
        int[][] count = new int[0][];
        int[] seen = new int[0];
        int[] touched = new int[0];
        int[] merged = new int[0];
        /** The scratch of the site passes a merge asks for while it uses this one. */
        private Scratch inner;

        void ensure(int leaves, int orgs) {
            if (stamp.length < leaves || seen.length < orgs) {
                stamp = new int[leaves][orgs];
                count = new int[leaves][orgs];
                seen = new int[orgs];
                touched = new int[orgs];
                generation = 0;
            }
        }

        /** Returns the next generation, clearing the stamps when the counter would overflow. */
        int next() {
            if (generation == Integer.MAX_VALUE - 1) {
                for (int[] st : stamp) {
                    java.util.Arrays.fill(st, 0);
                }
                java.util.Arrays.fill(seen, 0);
                generation = 0;
            }
            return ++generation;
        }

        Scratch inner() {
            if (inner == null) {
                inner = new Scratch();
            }
            return inner;
        }
    }

    /**
     * The delivery leaves of one site in one quarter: counts, exact sums, and for the organisation
     * leaves each organisation met with its number of selected deliveries (per organisation leaf), so
     * that coarser scopes and periods are merged from site quarters, not walked again.
     *
     * @param counts    per delivery leaf (in {@link #deliveryLeaves} order): the count (count leaves)
     * @param sums      per delivery leaf: the sum (sum leaves), else null
     * @param orgs      the organisations met
     * @param orgCounts {@code orgCounts[i * orgLeafCount + slot]}: organisation {@code orgs[i]}'s selected
     *                  deliveries for organisation leaf {@code slot}
     */
    record SitePass(long[] counts, BigDecimal[] sums, int[] orgs, int[] orgCounts) {}

    private final java.util.concurrent.ConcurrentHashMap<Long, SitePass> sitePasses =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Forgets the site passes after an evaluation, as the engine forgets its own. */
    void forgetSitePasses() {
        sitePasses.clear();
    }

    /** Returns the first days of the quarters that make up days first..last, and the day after, or null. */
    private static int[] quarters(int first, int last) {
        java.time.LocalDate f = java.time.LocalDate.ofEpochDay(first);
        java.time.LocalDate end = java.time.LocalDate.ofEpochDay(last).plusDays(1);
        if (!quarterStart(f) || !quarterStart(end) || !f.isBefore(end)) {
            return null;
        }
        List<Integer> days = new ArrayList<>();
        for (java.time.LocalDate q = f; q.isBefore(end); q = q.plusMonths(3)) {
            days.add((int) q.toEpochDay());
        }
        days.add((int) end.toEpochDay());
        return days.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean quarterStart(java.time.LocalDate d) {
        return d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0;
    }

    /** Returns the site pass of site {@code s} over days first..last (one quarter), made once per engine. */
    private SitePass sitePass(int s, int first, int last, Scratch scratch) {
        Long key = ((long) s << 32) | (first & 0xffffffffL);
        SitePass p = sitePasses.get(key);
        if (p == null) {
            p = walkSite(s, first, last, scratch);
            SitePass raced = sitePasses.putIfAbsent(key, p);
            p = raced == null ? p : raced;
        }
        return p;
    }

    /** Walks the deliveries of site {@code s} in days first..last once, for every delivery leaf. */
    private SitePass walkSite(int s, int first, int last, Scratch scratch) {
        int m = deliveryLeaves.length;
        scratch.ensure(orgLeafCount, cols.organisationCount());
        int gen = scratch.next();
        long[] counts = new long[m];
        long[] sums = new long[m];
        BigInteger[] spill = new BigInteger[m];
        BigDecimal[] fromRecords = new BigDecimal[m];
        int touched = 0;
        // the leaves' columns in locals, so the loop over the deliveries reads arrays only
        Leaf.Kind[] kinds = new Leaf.Kind[m];
        Field[] fields = new Field[m];
        int[] slotOf = new int[m];
        boolean[][] offers = new boolean[m][];
        boolean[][] organisations = new boolean[m][];
        for (int j = 0; j < m; j++) {
            int k = deliveryLeaves[j];
            kinds[j] = leaves[k].kind();
            fields[j] = leaves[k].field();
            slotOf[j] = orgSlot[k];
            offers[j] = offerOk[k];
            organisations[j] = orgOk[k];
        }
        int[] seen = scratch.seen;
        int[] touchedOrgs = scratch.touched;
        List<Delivery> all = cols.dataset().deliveries();
        int lo = cols.deliveryFrom(s, first);
        int hi = cols.deliveryTo(s, lo, last);
        for (int i = lo; i < hi; i++) {
            int f = cols.deliveryOffer(i);
            int o = cols.deliveryOrganisation(i);
            for (int j = 0; j < m; j++) {
                boolean[] offer = offers[j];
                boolean[] org = organisations[j];
                if ((offer != null && !offer[f]) || (org != null && !org[o])) {
                    continue;
                }
                switch (kinds[j]) {
                    case COUNT -> counts[j]++;
                    case ORGANISATIONS -> {
                        int slot = slotOf[j];
                        int[] st = scratch.stamp[slot];
                        int[] c = scratch.count[slot];
                        if (st[o] != gen) {
                            st[o] = gen;
                            c[o] = 0;
                        }
                        c[o]++;
                        if (seen[o] != gen) {
                            seen[o] = gen;
                            touchedOrgs[touched++] = o;
                        }
                    }
                    case SUM -> {
                        Field field = fields[j];
                        long v;
                        if (field == Field.AMOUNT) {
                            v = cols.deliveryCents(i);
                        } else if (cols.deliveryIsGrant(i)) {
                            BigDecimal q = compiled.quantity(field, i, all);
                            fromRecords[j] = fromRecords[j] == null ? q : fromRecords[j].add(q);
                            continue;
                        } else {
                            v = field == Field.HOURS ? cols.deliveryMicroHours(i) : cols.deliveryParticipants(i);
                        }
                        long r = sums[j] + v;
                        if (((sums[j] ^ r) & (v ^ r)) < 0) {
                            spill[j] = (spill[j] == null ? BigInteger.ZERO : spill[j]).add(BigInteger.valueOf(sums[j]));
                            r = v;
                        }
                        sums[j] = r;
                    }
                }
            }
        }
        BigDecimal[] exact = new BigDecimal[m];
        for (int j = 0; j < m; j++) {
            Leaf leaf = leaves[deliveryLeaves[j]];
            if (leaf.kind() == Leaf.Kind.SUM) {
                exact[j] = exact(sums[j], spill[j], fromRecords[j], leaf.field());
            }
        }
        int[] orgs = java.util.Arrays.copyOf(scratch.touched, touched);
        int slots = orgLeafCount;
        int[] orgCounts = new int[touched * slots];
        for (int i = 0; i < touched; i++) {
            int o = orgs[i];
            for (int slot = 0; slot < slots; slot++) {
                orgCounts[i * slots + slot] = scratch.stamp[slot][o] == gen ? scratch.count[slot][o] : 0;
            }
        }
        return new SitePass(counts, exact, orgs, orgCounts);
    }

    private static BigDecimal exact(long sum, BigInteger spill, BigDecimal fromRecords, Field field) {
        int scale = switch (field) {
            case AMOUNT -> 2;
            case HOURS -> 6;
            default -> 0;
        };
        BigInteger total = BigInteger.valueOf(sum);
        if (spill != null) {
            total = total.add(spill);
        }
        BigDecimal d = new BigDecimal(total, scale);
        return fromRecords == null ? d : d.add(fromRecords);
    }

    /** Merges the site passes of {@code sites} over the quarters starting on {@code quarters} (last: the day after). */
    private Value[] merge(int[] sites, int[] quarters, Scratch scratch) {
        int m = deliveryLeaves.length;
        int slots = orgLeafCount;
        List<SitePass> parts = new ArrayList<>(sites.length * (quarters.length - 1));
        Scratch inner = scratch.inner();
        for (int s : sites) {
            for (int q = 0; q + 1 < quarters.length; q++) {
                parts.add(sitePass(s, quarters[q], quarters[q + 1] - 1, inner));
            }
        }
        scratch.ensure(slots, cols.organisationCount());
        int gen = scratch.next();
        if (scratch.merged.length < cols.organisationCount() * slots) {
            scratch.merged = new int[cols.organisationCount() * slots];
        }
        int[] seen = scratch.seen;
        int[] merged = scratch.merged;
        long[] counts = new long[m];
        BigDecimal[] sums = new BigDecimal[m];
        int[] atLeast = new int[slots];
        int[] jOfSlot = new int[slots];
        for (int j = 0; j < m; j++) {
            int k = deliveryLeaves[j];
            if (leaves[k].kind() == Leaf.Kind.SUM) {
                sums[j] = BigDecimal.ZERO;
            }
            if (orgSlot[k] >= 0) {
                atLeast[orgSlot[k]] = leaves[k].atLeast();
                jOfSlot[orgSlot[k]] = j;
            }
        }
        for (SitePass p : parts) {
            for (int j = 0; j < m; j++) {
                if (sums[j] != null) {
                    if (p.sums[j].signum() != 0) {
                        sums[j] = sums[j].add(p.sums[j]);
                    }
                } else {
                    counts[j] += p.counts[j];
                }
            }
            int[] orgs = p.orgs;
            int[] oc = p.orgCounts;
            for (int i = 0; i < orgs.length; i++) {
                int base = orgs[i] * slots;
                if (seen[orgs[i]] != gen) {
                    seen[orgs[i]] = gen;
                    java.util.Arrays.fill(merged, base, base + slots, 0);
                }
                for (int slot = 0, at = i * slots; slot < slots; slot++, at++) {
                    int c = oc[at];
                    if (c == 0) {
                        continue;
                    }
                    int before = merged[base + slot];
                    merged[base + slot] = before + c;
                    if (before < atLeast[slot] && before + c >= atLeast[slot]) {
                        counts[jOfSlot[slot]]++;
                    }
                }
            }
        }
        Value[] out = new Value[leaves.length];
        for (int j = 0; j < m; j++) {
            out[deliveryLeaves[j]] = sums[j] != null ? Value.of(sums[j]) : Value.of(counts[j]);
        }
        return out;
    }

    /**
     * The values of every delivery leaf over the sites {@code sites} in days {@code first..last}, in one
     * walk over their deliveries: counts and sums in long arithmetic (hours in millionths, amounts in
     * cents; exact, spilling into {@link BigInteger} on overflow), distinct organisations with
     * generation-stamped per-organisation counts. Indexed by leaf number (null for other leaves).
     */
    Value[] deliveryPass(int[] sites, int first, int last, Scratch scratch) {
        int[] dl = deliveryLeaves;
        int m = dl.length;
        Value[] out = new Value[leaves.length];
        if (m == 0) {
            return out;
        }
        int[] quarters = quarters(first, last);
        if (quarters != null) {
            // whole quarters (quarters, halves, years): merged from site quarters, each walked once
            return merge(sites, quarters, scratch);
        }
        scratch.ensure(orgLeafCount, cols.organisationCount());
        int gen = scratch.next();
        long[] counts = new long[m];
        long[] sums = new long[m];
        BigInteger[] spill = new BigInteger[m];
        BigDecimal[] records = new BigDecimal[m];
        Leaf.Kind[] kinds = new Leaf.Kind[m];
        Field[] fields = new Field[m];
        int[] atLeast = new int[m];
        int[] slot = new int[m];
        boolean[][] offer = new boolean[m][];
        boolean[][] org = new boolean[m][];
        for (int j = 0; j < m; j++) {
            Leaf leaf = leaves[dl[j]];
            kinds[j] = leaf.kind();
            fields[j] = leaf.field();
            atLeast[j] = leaf.atLeast();
            slot[j] = orgSlot[dl[j]];
            offer[j] = offerOk[dl[j]];
            org[j] = orgOk[dl[j]];
        }
        List<Delivery> all = cols.dataset().deliveries();
        for (int s : sites) {
            int lo = cols.deliveryFrom(s, first);
            int hi = cols.deliveryTo(s, lo, last);
            for (int i = lo; i < hi; i++) {
                int f = cols.deliveryOffer(i);
                int o = cols.deliveryOrganisation(i);
                for (int j = 0; j < m; j++) {
                    if ((offer[j] != null && !offer[j][f]) || (org[j] != null && !org[j][o])) {
                        continue;
                    }
                    switch (kinds[j]) {
                        case COUNT -> counts[j]++;
                        case ORGANISATIONS -> {
                            int[] st = scratch.stamp[slot[j]];
                            int[] c = scratch.count[slot[j]];
                            if (st[o] != gen) {
                                st[o] = gen;
                                c[o] = 0;
                            }
                            if (++c[o] == atLeast[j]) {
                                counts[j]++;
                            }
                        }
                        case SUM -> {
                            long v;
                            if (fields[j] == Field.AMOUNT) {
                                v = cols.deliveryCents(i);
                            } else if (cols.deliveryIsGrant(i)) {
                                BigDecimal q = compiled.quantity(fields[j], i, all);
                                records[j] = records[j] == null ? q : records[j].add(q);
                                continue;
                            } else {
                                v = fields[j] == Field.HOURS
                                        ? cols.deliveryMicroHours(i)
                                        : cols.deliveryParticipants(i);
                            }
                            long r = sums[j] + v;
                            if (((sums[j] ^ r) & (v ^ r)) < 0) {
                                spill[j] = (spill[j] == null ? BigInteger.ZERO : spill[j])
                                        .add(BigInteger.valueOf(sums[j]));
                                r = v;
                            }
                            sums[j] = r;
                        }
                    }
                }
            }
        }
        for (int j = 0; j < m; j++) {
            if (kinds[j] != Leaf.Kind.SUM) {
                out[dl[j]] = Value.of(counts[j]);
                continue;
            }
            int scale = switch (fields[j]) {
                case AMOUNT -> 2;
                case HOURS -> 6;
                default -> 0;
            };
            BigInteger total = BigInteger.valueOf(sums[j]);
            if (spill[j] != null) {
                total = total.add(spill[j]);
            }
            BigDecimal sum = new BigDecimal(total, scale);
            if (records[j] != null) {
                sum = sum.add(records[j]);
            }
            out[dl[j]] = Value.of(sum);
        }
        return out;
    }
}
