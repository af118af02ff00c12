package org.hor.indicators.files.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hor.core.model.Cooperation;
import org.hor.core.model.Delivery;
import org.hor.core.model.Measurement;
import org.hor.core.model.Organisation;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Value;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.Filter;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.internal.DatasetIndex;
import org.hor.indicators.internal.IndexColumns;

/**
 * A provider's leaves compiled against one dataset index: each filter turned into column predicates
 * (a flag per offer and per organisation, per outcome type or partner type), so that evaluating a leaf
 * reads only int columns. Immutable after construction; thread-safe.
 */
final class Compiled implements org.hor.indicators.internal.Kernels.Attachment {
    final IndexColumns cols;
    final Leaf[] leaves;
    /** Per leaf: offers it selects (deliveries), null for all. */
    final boolean[][] offerOk;
    /** Per leaf: organisations it selects (deliveries, outcomes), null for all. */
    final boolean[][] orgOk;
    /** Per leaf: outcome types (outcomes) or partner types (cooperations) it selects, null for all. */
    private final boolean[][] typeOk;
    /** Per leaf over measurements: whether site s has a measurement of one of its metrics. */
    private final boolean[][] siteHasMetric;
    /** The delivery leaves, in leaf order, and their slot among the organisation leaves (-1 for others). */
    final int[] deliveryLeaves;

    final int[] orgSlot;
    final int orgLeafCount;
    /** The pass over every delivery leaf at once, with its site passes. */
    private final DeliveryLeafPass fast;

    Compiled(DatasetIndex index, List<Leaf> leafList) {
        this.cols = new IndexColumns(index);
        this.leaves = leafList.toArray(new Leaf[0]);
        int n = leaves.length;
        offerOk = new boolean[n][];
        orgOk = new boolean[n][];
        typeOk = new boolean[n][];
        siteHasMetric = new boolean[n][];
        orgSlot = new int[n];
        Map<String, Organisation> orgs = new HashMap<>();
        for (Organisation o : cols.dataset().organisations()) {
            orgs.put(o.id(), o);
        }
        List<Integer> dl = new ArrayList<>();
        int slots = 0;
        for (int k = 0; k < n; k++) {
            Leaf leaf = leaves[k];
            Filter f = leaf.selection().where();
            orgSlot[k] = -1;
            switch (leaf.from()) {
                case DELIVERIES -> {
                    dl.add(k);
                    offerOk[k] = offers(f);
                    orgOk[k] = organisations(f, orgs);
                    if (leaf.kind() == Leaf.Kind.ORGANISATIONS) {
                        orgSlot[k] = slots++;
                    }
                }
                case OUTCOMES -> {
                    orgOk[k] = organisations(f, orgs);
                    if (!f.type().isEmpty()) {
                        boolean[] ok = new boolean[org.hor.core.model.OutcomeType.values().length];
                        f.type().forEach(t -> ok[t.ordinal()] = true);
                        typeOk[k] = ok;
                    }
                }
                case COOPERATIONS -> {
                    if (!f.partnerType().isEmpty()) {
                        boolean[] ok = new boolean[org.hor.core.model.PartnerType.values().length];
                        f.partnerType().forEach(t -> ok[t.ordinal()] = true);
                        typeOk[k] = ok;
                    }
                }
                case MEASUREMENTS -> {
                    boolean[] has = new boolean[index.siteCount()];
                    for (Measurement m : cols.dataset().measurements()) {
                        if (metric(f, m) && !m.date().isAfter(cols.dataset().asOf())) {
                            has[index.siteNumber(m.siteId())] = true;
                        }
                    }
                    siteHasMetric[k] = has;
                }
            }
        }
        deliveryLeaves = dl.stream().mapToInt(Integer::intValue).toArray();
        orgLeafCount = slots;
        fast = new DeliveryLeafPass(this);
    }

    private boolean[] offers(Filter f) {
        if (f.offerType().isEmpty() && f.offerId().isEmpty()) {
            return null;
        }
        boolean[] ok = new boolean[cols.offerCount()];
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (String id : f.offerId()) {
            ids.add(cols.offerNumber(id));
        }
        for (int o = 0; o < ok.length; o++) {
            int type = cols.offerType(o);
            ok[o] = (f.offerType().isEmpty() || f.offerType().stream().anyMatch(t -> t.ordinal() == type))
                    && (f.offerId().isEmpty() || ids.contains(o));
        }
        return ok;
    }

    private boolean[] organisations(Filter f, Map<String, Organisation> byId) {
        if (f.organisationType().isEmpty()
                && f.migrantLed().isEmpty()
                && f.legalForm().isEmpty()
                && f.attribute().isEmpty()) {
            return null;
        }
        boolean[] ok = new boolean[cols.organisationCount()];
        for (int o = 0; o < ok.length; o++) {
            Organisation org = byId.get(cols.organisationId(o));
            ok[o] = (f.organisationType().isEmpty() || f.organisationType().contains(org.type()))
                    && (f.migrantLed().isEmpty() || f.migrantLed().get() == org.isMigrantLed())
                    && (f.legalForm().isEmpty() || f.legalForm().contains(org.legalForm()))
                    && (f.attribute().isEmpty() || attribute(f.attribute().get(), org));
        }
        return ok;
    }

    private static boolean attribute(Filter.Attribute a, Organisation org) {
        String text = org.attributes().get(a.name());
        return text != null && a.in().contains(text);
    }

    private static boolean metric(Filter f, Measurement m) {
        return f.metric().isEmpty() || f.metric().contains(m.metric());
    }

    boolean offerOk(int k, int offer) {
        boolean[] ok = offerOk[k];
        return ok == null || ok[offer];
    }

    boolean orgOk(int k, int org) {
        boolean[] ok = orgOk[k];
        return ok == null || ok[org];
    }

    /** Returns whether leaf {@code k} over measurements applies to a scope with sites {@code sites}. */
    boolean measured(int k, int[] sites) {
        for (int s : sites) {
            if (siteHasMetric[k][s]) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- one leaf, the plain way

    /**
     * Evaluates leaf {@code k} over the sites {@code sites} in days {@code first..last} (reference day
     * {@code ref}), adding the positions of the contributing records (dataset order numbers) to
     * {@code records} when given. The plain way: the reference of the fast delivery pass and the
     * computation of every other record set.
     */
    Value leaf(int k, int[] sites, int first, int last, int ref, List<Integer> records) {
        Leaf leaf = leaves[k];
        return switch (leaf.from()) {
            case DELIVERIES -> deliveries(k, leaf, sites, first, last, records);
            case OUTCOMES -> outcomes(k, leaf, sites, first, last, records);
            case MEASUREMENTS -> measurements(k, leaf, sites, first, last, records);
            case COOPERATIONS -> cooperations(k, sites, ref, records);
        };
    }

    private Value deliveries(int k, Leaf leaf, int[] sites, int first, int last, List<Integer> records) {
        long count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        Map<Integer, List<Integer>> byOrg = new HashMap<>();
        List<Delivery> all = cols.dataset().deliveries();
        for (int s : sites) {
            int lo = cols.deliveryFrom(s, first);
            int hi = cols.deliveryTo(s, lo, last);
            for (int i = lo; i < hi; i++) {
                if (!offerOk(k, cols.deliveryOffer(i)) || !orgOk(k, cols.deliveryOrganisation(i))) {
                    continue;
                }
                int rec = cols.deliveryRecord(i);
                count++;
                if (leaf.kind() == Leaf.Kind.SUM) {
                    sum = sum.add(quantity(leaf.field(), i, all));
                }
                if (leaf.kind() == Leaf.Kind.ORGANISATIONS) {
                    byOrg.computeIfAbsent(cols.deliveryOrganisation(i), o -> new ArrayList<>())
                            .add(rec);
                } else if (records != null) {
                    records.add(rec);
                }
            }
        }
        return result(leaf, count, sum, byOrg, records);
    }

    /** Returns the quantity {@code field} of delivery position {@code i}, exactly, 0 when absent. */
    BigDecimal quantity(Field field, int i, List<Delivery> all) {
        if (field == Field.AMOUNT) {
            return BigDecimal.valueOf(cols.deliveryCents(i), 2);
        }
        if (cols.deliveryIsGrant(i)) {
            // the index keeps a grant's amount only: its hours and participants come from the record
            Delivery d = all.get(cols.deliveryRecord(i));
            if (field == Field.HOURS) {
                return d.hours() == null ? BigDecimal.ZERO : d.hours();
            }
            return d.participants() == null ? BigDecimal.ZERO : BigDecimal.valueOf(d.participants());
        }
        return field == Field.HOURS
                ? BigDecimal.valueOf(cols.deliveryMicroHours(i), 6)
                : BigDecimal.valueOf(cols.deliveryParticipants(i));
    }

    private Value outcomes(int k, Leaf leaf, int[] sites, int first, int last, List<Integer> records) {
        long count = 0;
        Map<Integer, List<Integer>> byOrg = new HashMap<>();
        boolean[] types = typeOk[k];
        for (int s : sites) {
            int lo = cols.outcomeFrom(s, first);
            int hi = cols.outcomeTo(s, lo, last);
            for (int i = lo; i < hi; i++) {
                if ((types != null && !types[cols.outcomeType(i)]) || !orgOk(k, cols.outcomeOrganisation(i))) {
                    continue;
                }
                count++;
                if (leaf.kind() == Leaf.Kind.ORGANISATIONS) {
                    byOrg.computeIfAbsent(cols.outcomeOrganisation(i), o -> new ArrayList<>())
                            .add(cols.outcomeRecord(i));
                } else if (records != null) {
                    records.add(cols.outcomeRecord(i));
                }
            }
        }
        return result(leaf, count, BigDecimal.ZERO, byOrg, records);
    }

    private Value measurements(int k, Leaf leaf, int[] sites, int first, int last, List<Integer> records) {
        if (!measured(k, sites)) {
            return Value.undefined(Reason.NOT_APPLICABLE);
        }
        long count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        List<Measurement> all = cols.dataset().measurements();
        Filter f = leaf.selection().where();
        for (int s : sites) {
            int lo = cols.measurementFrom(s, first);
            int hi = cols.measurementTo(s, lo, last);
            for (int i = lo; i < hi; i++) {
                Measurement m = all.get(cols.measurementRecord(i));
                if (metric(f, m)) {
                    count++;
                    sum = sum.add(m.value());
                    if (records != null) {
                        records.add(cols.measurementRecord(i));
                    }
                }
            }
        }
        return leaf.kind() == Leaf.Kind.SUM ? Value.of(sum) : Value.of(count);
    }

    private Value cooperations(int k, int[] sites, int ref, List<Integer> records) {
        long count = 0;
        boolean[] types = typeOk[k];
        java.util.Optional<Boolean> formal = leaves[k].selection().where().formal();
        for (int s : sites) {
            for (int i = cols.cooperationFrom(s); i < cols.cooperationTo(s); i++) {
                if (cols.cooperationActive(i, ref)
                        && (types == null || types[cols.cooperationPartnerType(i)])
                        && (formal.isEmpty() || formal.get() == cols.cooperationFormal(i))) {
                    count++;
                    if (records != null) {
                        records.add(cols.cooperationRecord(i));
                    }
                }
            }
        }
        return Value.of(count);
    }

    private static Value result(
            Leaf leaf, long count, BigDecimal sum, Map<Integer, List<Integer>> byOrg, List<Integer> records) {
        return switch (leaf.kind()) {
            case COUNT -> Value.of(count);
            case SUM -> Value.of(sum);
            case ORGANISATIONS -> {
                long n = 0;
                for (List<Integer> recs : byOrg.values()) {
                    if (recs.size() >= leaf.atLeast()) {
                        n++;
                        if (records != null) {
                            records.addAll(recs);
                        }
                    }
                }
                yield Value.of(n);
            }
        };
    }

    /** Returns the id of the record at dataset position {@code position} of {@code set}. */
    String recordId(RecordSet set, int position) {
        return switch (set) {
            case DELIVERIES -> cols.dataset().deliveries().get(position).id();
            case OUTCOMES -> cols.dataset().outcomes().get(position).id();
            case COOPERATIONS -> {
                Cooperation c = cols.dataset().cooperations().get(position);
                yield c.id();
            }
            // measurements have no id: their JSON pointer in the dataset
            case MEASUREMENTS -> "/measurements/" + position;
        };
    }

    /** Forgets the site passes after an evaluation, as the engine forgets its own. */
    @Override
    public void forgetSitePasses() {
        fast.forgetSitePasses();
    }

    /**
     * The values of every delivery leaf over the sites {@code sites} in days {@code first..last}, in one
     * walk over their deliveries (see {@link DeliveryLeafPass#deliveryPass}). Indexed by leaf number
     * (null for other leaves).
     */
    Value[] deliveryPass(int[] sites, int first, int last, DeliveryLeafPass.Scratch scratch) {
        return fast.deliveryPass(sites, first, last, scratch);
    }
}
