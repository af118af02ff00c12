package org.hor.indicators.diff;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hor.core.model.Budget;
import org.hor.core.model.Dataset;
import org.hor.core.model.Measurement;
import org.hor.core.model.Programme;
import org.hor.core.model.Target;

/**
 * The records that differ between two datasets (spec 06 "Records"). A record is identified by its
 * array and {@code id}; targets, budgets and measurements, which have none, by their natural key
 * (site, indicator, period), (site, year), (site, metric, date). Each is added, removed, changed (with
 * the names of the fields that differ; numbers compared as numbers) or equal; the top-level
 * {@code asOf} and {@code programme} are compared too.
 *
 * <p>Cost: linear in the records when each array's ids ascend (as exports write them), else one sort
 * of each array's keys; a pair of equal records costs one {@code equals}.
 *
 * @param oldAsOf          the old dataset's {@code asOf}
 * @param newAsOf          the new dataset's {@code asOf}
 * @param programmeFields  the fields of {@code programme} that differ ({@code id}, {@code name},
 *                         {@code funder}), empty when equal
 * @param changes          the added, removed and changed records: arrays in the order of spec 01, within
 *                         an array by id (ordinal string order)
 */
public record RecordDiff(
        LocalDate oldAsOf, LocalDate newAsOf, List<String> programmeFields, List<RecordChange> changes) {

    /** The arrays of spec 01, in the spec's order. */
    public static final List<String> ARRAYS = List.of(
            "sites",
            "organisations",
            "offers",
            "deliveries",
            "cooperations",
            "outcomes",
            "exchanges",
            "targets",
            "budgets",
            "measurements",
            "supportActions");

    /**
     * Checks and copies the components. @throws NullPointerException if a component is null
     *
     * @param changes the added, removed and changed records: arrays in the order of spec 01, within an array by id (ordinal string order)
     * @param newAsOf the new dataset's {@code asOf}
     * @param oldAsOf the old dataset's {@code asOf}
     * @param programmeFields the fields of {@code programme} that differ ({@code id}, {@code name}, {@code funder}), empty when equal
     */
    public RecordDiff {
        Objects.requireNonNull(oldAsOf, "oldAsOf");
        Objects.requireNonNull(newAsOf, "newAsOf");
        programmeFields = List.copyOf(programmeFields);
        changes = List.copyOf(changes);
    }

    /**
     * Compares two datasets.
     *
     * @param oldDataset the old dataset (valid: ids and natural keys unique)
     * @param newDataset the new dataset (valid)
     * @return the differences
     * @throws NullPointerException if a dataset is null
     */
    public static RecordDiff of(Dataset oldDataset, Dataset newDataset) {
        List<RecordChange> out = new ArrayList<>();
        Dataset a = oldDataset;
        Dataset b = newDataset;
        compare("sites", a.sites(), b.sites(), s -> s.id(), out);
        compare("organisations", a.organisations(), b.organisations(), o -> o.id(), out);
        compare("offers", a.offers(), b.offers(), o -> o.id(), out);
        compare("deliveries", a.deliveries(), b.deliveries(), d -> d.id(), out);
        compare("cooperations", a.cooperations(), b.cooperations(), c -> c.id(), out);
        compare("outcomes", a.outcomes(), b.outcomes(), o -> o.id(), out);
        compare("exchanges", a.exchanges(), b.exchanges(), e -> e.id(), out);
        compare("targets", a.targets(), b.targets(), RecordDiff::key, out);
        compare("budgets", a.budgets(), b.budgets(), RecordDiff::key, out);
        compare("measurements", a.measurements(), b.measurements(), RecordDiff::key, out);
        compare("supportActions", a.supportActions(), b.supportActions(), s -> s.id(), out);
        return new RecordDiff(a.asOf(), b.asOf(), fields(a.programme(), b.programme()), out);
    }

    /**
     * {@return the natural key of a target: {@code site/indicator/period}}
     *
     * @param t a target
     */
    public static String key(Target t) {
        return t.siteId() + "/" + t.indicator() + "/" + t.period();
    }

    /**
     * {@return the natural key of a budget: {@code site/year}}
     *
     * @param b a budget
     */
    public static String key(Budget b) {
        return b.siteId() + "/" + b.year();
    }

    /**
     * {@return the natural key of a measurement: {@code site/metric/date}}
     *
     * @param m a measurement
     */
    public static String key(Measurement m) {
        return m.siteId() + "/" + m.metric() + "/" + m.date();
    }

    /** {@return whether the top-level {@code asOf} differs} */
    public boolean asOfChanged() {
        return !oldAsOf.equals(newAsOf);
    }

    /**
     * {@return the changes of one kind, in order}
     *
     * @param kind how the records differ
     */
    public List<RecordChange> changes(RecordChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * {@return the number of changes of one kind}
     *
     * @param kind how the records differ
     */
    public long count(RecordChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    private static <T> void compare(
            String array, List<T> a, List<T> b, Function<T, String> key, List<RecordChange> out) {
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        String[] ka = keys(a, key);
        String[] kb = keys(b, key);
        int[] oa = order(ka);
        int[] ob = order(kb);
        int i = 0;
        int j = 0;
        while (i < oa.length || j < ob.length) {
            int c = i == oa.length ? 1 : j == ob.length ? -1 : ka[oa[i]].compareTo(kb[ob[j]]);
            if (c < 0) {
                out.add(new RecordChange(array, ka[oa[i++]], RecordChange.Kind.REMOVED, List.of()));
            } else if (c > 0) {
                out.add(new RecordChange(array, kb[ob[j++]], RecordChange.Kind.ADDED, List.of()));
            } else {
                T x = a.get(oa[i]);
                T y = b.get(ob[j]);
                if (!x.equals(y)) {
                    List<String> fields = fields(x, y);
                    if (!fields.isEmpty()) {
                        out.add(new RecordChange(array, ka[oa[i]], RecordChange.Kind.CHANGED, fields));
                    }
                }
                i++;
                j++;
            }
        }
    }

    private static <T> String[] keys(List<T> list, Function<T, String> key) {
        String[] keys = new String[list.size()];
        if (list instanceof org.hor.core.internal.columns.DeliveryColumns<?> columns) {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = columns.id(i); // no record built
            }
            return keys;
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key.apply(list.get(i));
        }
        return keys;
    }

    /** Returns the positions of {@code keys} in ascending key order: at once when they ascend already. */
    private static int[] order(String[] keys) {
        int[] order = new int[keys.length];
        boolean ascending = true;
        for (int i = 0; i < keys.length; i++) {
            order[i] = i;
            ascending &= i == 0 || keys[i - 1].compareTo(keys[i]) < 0;
        }
        if (!ascending) {
            mergeSort(order, new int[order.length], 0, order.length, keys);
        }
        return order;
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, String[] keys) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, keys);
        mergeSort(a, tmp, mid, to, keys);
        if (keys[a[mid - 1]].compareTo(keys[a[mid]]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            a[k] = j >= to || i < mid && keys[tmp[i]].compareTo(keys[tmp[j]]) <= 0 ? tmp[i++] : tmp[j++];
        }
    }

    /** Returns the names of the record components of {@code x} and {@code y} that differ, numbers compared as numbers. */
    static List<String> fields(Object x, Object y) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : x.getClass().getRecordComponents()) {
            Object u;
            Object v;
            try {
                u = c.getAccessor().invoke(x);
                v = c.getAccessor().invoke(y);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "cannot read " + c.getName() + " of " + x.getClass().getSimpleName(), e);
            }
            boolean same =
                    u instanceof BigDecimal p && v instanceof BigDecimal q ? p.compareTo(q) == 0 : Objects.equals(u, v);
            if (!same) {
                fields.add(c.getName());
            }
        }
        return fields;
    }

    private static List<String> fields(Programme a, Programme b) {
        return a.equals(b) ? List.of() : fields((Object) a, b);
    }
}
