package org.hor.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.hor.core.model.Dataset;
import org.hor.core.model.Delivery;
import org.hor.core.model.Organisation;
import org.hor.core.model.OrganisationType;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.diff.Causes;
import org.hor.indicators.diff.Differences;
import org.hor.indicators.diff.RecordChange;
import org.hor.indicators.diff.RecordDiff;
import org.hor.indicators.diff.Side;
import org.hor.indicators.diff.ValueChange;
import org.hor.indicators.diff.ValueDiff;

/**
 * The cost of {@code hor diff} (spec 06): two versions of the stress dataset with {@code deliveries}
 * deliveries (default 2 M) that differ in {@code changes} records (default 3 000: amounts and hours
 * corrected, deliveries moved to another date of their offer, added and removed, organisations
 * re-typed), each evaluated with the full catalogue over every scope, years and quarters; prints the
 * median over {@code runs} of one evaluation, and of the diff beyond the two evaluations (keyed values,
 * value join, record comparison, causes of the changed values; each step is printed per run), so the diff's whole cost is about two
 * evaluations plus that. Each figure is given as wall time and as the process's CPU time (all threads),
 * which a machine shared with other work distorts less; the load average is printed before and after.
 *
 * <pre>
 * java -Xmx6g -cp hor-bench/target/hor-bench.jar org.hor.bench.DiffBench 2000000 3000 3
 * </pre>
 */
public final class DiffBench {
    private DiffBench() {}

    /** Runs the measurement; arguments: deliveries (default 2 000 000), changed records (default 3 000), runs (default 3). */
    public static void main(String[] argv) {
        int deliveries = argv.length > 0 ? Integer.parseInt(argv[0]) : 2_000_000;
        int changes = argv.length > 1 ? Integer.parseInt(argv[1]) : 3_000;
        int runs = argv.length > 2 ? Integer.parseInt(argv[2]) : 3;
        Dataset a = SampleGenerator.generate(
                new SampleParameters(400, 50_000, deliveries, 2016, LocalDate.of(2025, 12, 31), 7));
        Dataset b = changed(a, changes, new Random(11));
        EvaluationOptions options = EvaluationOptions.defaults();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(
                Locale.ROOT, "%d cores, load average %.1f%n", os.getAvailableProcessors(), os.getSystemLoadAverage());
        double[] evaluate = new double[runs];
        double[] diff = new double[runs];
        double[] evaluateCpu = new double[runs];
        double[] diffCpu = new double[runs];
        Differences d = null;
        long keys = 0;
        for (int i = -1; i < runs; i++) { // one warm-up
            Engine ea = Engine.create(a);
            Engine eb = Engine.create(b);
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Evaluation va = ea.evaluate(options);
            long t1 = System.nanoTime();
            Evaluation vb = eb.evaluate(options);
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            Side old = Side.of("old", ea, va);
            Side neu = Side.of("new", eb, vb);
            long k1 = System.nanoTime();
            List<ValueChange> values = ValueDiff.compare(old, neu, false);
            long k2 = System.nanoTime();
            RecordDiff records = RecordDiff.of(a, b);
            long k3 = System.nanoTime();
            long ck3 = os.getProcessCpuTime();
            Causes causes = Causes.of(old, neu, records);
            if (!values.isEmpty()) {
                causes.of(values.get(0)); // reads what the causes need of both datasets
            }
            long k4 = System.nanoTime();
            long ck4 = os.getProcessCpuTime();
            values = causes.attach(values);
            long t3 = System.nanoTime();
            long c3 = os.getProcessCpuTime();
            d = new Differences("old", a.asOf(), "new", b.asOf(), false, values, records);
            System.out.printf(
                    Locale.ROOT,
                    "  sides %.2f s, value join %.2f s, records %.2f s, causes: records read %.2f s, matched %.2f s"
                            + " (CPU: evaluations %.2f s, diff %.2f s, of which values and records %.2f s,"
                            + " causes read %.2f s, matched %.2f s)%n",
                    (k1 - t2) / 1e9,
                    (k2 - k1) / 1e9,
                    (k3 - k2) / 1e9,
                    (k4 - k3) / 1e9,
                    (t3 - k4) / 1e9,
                    (c2 - c0) / 1e9,
                    (c3 - c2) / 1e9,
                    (ck3 - c2) / 1e9,
                    (ck4 - ck3) / 1e9,
                    (c3 - ck4) / 1e9);
            keys = va.rows().stream().mapToLong(r -> 1 + r.parts().size()).sum();
            if (i >= 0) {
                evaluate[i] = ((t1 - t0) + (t2 - t1)) / 2e9;
                diff[i] = (t3 - t2) / 1e9;
                evaluateCpu[i] = (c2 - c0) / 2e9;
                diffCpu[i] = (c3 - c2) / 1e9;
            }
        }
        long withCauses = d.values().stream().filter(v -> !v.causes().isEmpty()).count();
        System.out.printf(
                Locale.ROOT,
                "diff of two datasets of %,d deliveries, %,d records changed (%d added, %d removed, %d changed)%n",
                deliveries,
                d.records().changes().size(),
                d.records().count(RecordChange.Kind.ADDED),
                d.records().count(RecordChange.Kind.REMOVED),
                d.records().count(RecordChange.Kind.CHANGED));
        System.out.printf(
                Locale.ROOT,
                "values compared: %,d; differing: %,d (%d changed, %d appeared, %d disappeared), %,d with causes%n",
                keys,
                d.values().size(),
                d.count(ValueChange.Kind.CHANGED),
                d.count(ValueChange.Kind.APPEARED),
                d.count(ValueChange.Kind.DISAPPEARED),
                withCauses);
        double e = median(evaluate);
        double x = median(diff);
        System.out.printf(
                Locale.ROOT,
                "one evaluation: %.2f s; diff beyond the two evaluations: %.2f s; whole diff: %.2f s = %.2f evaluations%n",
                e,
                x,
                2 * e + x,
                (2 * e + x) / e);
        double ec = median(evaluateCpu);
        double xc = median(diffCpu);
        System.out.printf(
                Locale.ROOT,
                "CPU time: one evaluation %.2f s; diff beyond the two evaluations %.2f s; whole diff %.2f s = %.2f"
                        + " evaluations; load average %.1f%n",
                ec,
                xc,
                2 * ec + xc,
                (2 * ec + xc) / ec,
                os.getSystemLoadAverage());
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /**
     * Returns {@code a} with {@code n} records changed: per 10, 3 deliveries with a corrected amount or
     * hours, 2 moved to the date of another delivery of their offer (so they stay valid), 2 removed, 2
     * added (copies under new ids), 1 organisation re-typed.
     */
    static Dataset changed(Dataset a, int n, Random random) {
        List<Delivery> list = new ArrayList<>(a.deliveries());
        int size = list.size();
        Map<String, Integer> anyOfOffer = new HashMap<>();
        for (int i = 0; i < size; i++) {
            anyOfOffer.putIfAbsent(list.get(i).offerId(), i);
        }
        boolean[] removed = new boolean[size];
        List<Delivery> added = new ArrayList<>();
        for (int k = 0; k < n - n / 10; k++) {
            int i = random.nextInt(size);
            Delivery d = list.get(i);
            switch (k % 9) {
                case 0, 1, 2 ->
                    list.set(
                            i,
                            d.amount() != null
                                    ? new Delivery(
                                            d.id(),
                                            d.offerId(),
                                            d.organisationId(),
                                            d.date(),
                                            d.hours(),
                                            d.amount().add(BigDecimal.ONE),
                                            d.participants())
                                    : new Delivery(
                                            d.id(),
                                            d.offerId(),
                                            d.organisationId(),
                                            d.date(),
                                            (d.hours() == null ? BigDecimal.ZERO : d.hours())
                                                    .add(new BigDecimal("0.5")),
                                            null,
                                            d.participants()));
                case 3, 4 -> {
                    Delivery other = list.get(random.nextInt(size));
                    LocalDate date = other.offerId().equals(d.offerId())
                            ? other.date()
                            : list.get(anyOfOffer.get(d.offerId())).date();
                    list.set(
                            i,
                            new Delivery(
                                    d.id(),
                                    d.offerId(),
                                    d.organisationId(),
                                    date,
                                    d.hours(),
                                    d.amount(),
                                    d.participants()));
                }
                case 5, 6 -> removed[i] = true;
                default ->
                    added.add(new Delivery(
                            "DX-" + k,
                            d.offerId(),
                            d.organisationId(),
                            d.date(),
                            d.hours(),
                            d.amount(),
                            d.participants()));
            }
        }
        List<Delivery> out = new ArrayList<>(size + added.size());
        for (int i = 0; i < size; i++) {
            if (!removed[i]) {
                out.add(list.get(i));
            }
        }
        out.addAll(added);
        List<Organisation> orgs = new ArrayList<>(a.organisations());
        OrganisationType[] types = OrganisationType.values();
        for (int k = 0; k < n / 10; k++) {
            int i = random.nextInt(orgs.size());
            Organisation o = orgs.get(i);
            orgs.set(
                    i,
                    new Organisation(
                            o.id(),
                            o.name(),
                            types[(o.type().ordinal() + 1) % types.length],
                            o.legalForm(),
                            o.migrantLed(),
                            o.founded(),
                            o.attributes()));
        }
        return new Dataset(
                a.formatVersion(),
                a.asOf(),
                a.programme(),
                a.sites(),
                orgs,
                a.offers(),
                out,
                a.cooperations(),
                a.outcomes(),
                a.exchanges(),
                a.targets(),
                a.budgets(),
                a.measurements(),
                a.supportActions());
    }
}
