package org.hor.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hor.core.model.Dataset;
import org.hor.core.model.OfferType;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.Direction;
import org.hor.core.spi.Level;
import org.hor.core.spi.LocalizedText;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import org.hor.indicators.files.Expression;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.FileIndicator;
import org.hor.indicators.files.Filter;
import org.hor.indicators.files.IndicatorFile;
import org.hor.indicators.files.IndicatorFiles;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;

/**
 * Issue #16's measurement: 10 indicators of an indicator file (spec 05) over deliveries against the
 * standard delivery indicators of the race ({@link RaceCatalogue}, 16 indicators), over the same
 * scopes and periods (every site, group and the programme; years and quarters) of the national stress
 * dataset with {@code deliveries} deliveries (default 20 M). Prints the median wall and CPU time of
 * each evaluation after a warm-up, their ratio (goal: the file's at most 2× the standard's), and checks
 * that the file indicators that restate standard ones give the standard values.
 *
 * <pre>
 * java -Xmx10g -cp hor-bench/target/hor-bench.jar org.hor.bench.FileRace 20000000 3
 * </pre>
 */
public final class FileRace {
    private FileRace() {}

    /** Runs the measurement; arguments: deliveries (default 20 000 000), runs (default 3). */
    public static void main(String[] argv) {
        int deliveries = argv.length > 0 ? Integer.parseInt(argv[0]) : 20_000_000;
        int runs = argv.length > 1 ? Integer.parseInt(argv[1]) : 3;
        Dataset d = SampleGenerator.generate(
                new SampleParameters(400, 50_000, deliveries, 2016, LocalDate.of(2025, 12, 31), 7));
        Dataset race = new Dataset(
                d.formatVersion(),
                d.asOf(),
                d.programme(),
                d.sites(),
                d.organisations(),
                d.offers(),
                d.deliveries(),
                d.cooperations(),
                d.outcomes(),
                d.exchanges(),
                List.of(),
                d.budgets(),
                d.measurements(),
                d.supportActions());
        Map<String, String> restated = new HashMap<>();
        IndicatorFile file = file(restated);
        Engine standard = Engine.create(race, List.of(RaceCatalogue.create()));
        Engine files = Engine.create(race, List.of(IndicatorFiles.provider(file)));
        EvaluationOptions options = EvaluationOptions.defaults();
        Evaluation s = standard.evaluate(options);
        Evaluation f = files.evaluate(options);
        check(s, f, restated);
        double[] ts = time(standard, options, runs);
        double[] tf = time(files, options, runs);
        System.out.printf(
                Locale.ROOT,
                "%d deliveries; standard: %d indicators, %d values, median wall %.3f s, cpu %.3f s;"
                        + " file: %d indicators, %d values, median wall %.3f s, cpu %.3f s; ratio wall %.2f, cpu %.2f (goal <= 2)%n",
                deliveries,
                standard.catalogue().size(),
                s.rows().size(),
                ts[0],
                ts[1],
                file.indicators().size(),
                f.rows().size(),
                tf[0],
                tf[1],
                tf[0] / ts[0],
                tf[1] / ts[1]);
    }

    private static double[] time(Engine engine, EvaluationOptions options, int runs) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] t = new double[runs][];
        for (int i = 0; i < runs; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            engine.evaluate(options);
            t[i] = new double[] {(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9};
        }
        Arrays.sort(t, (a, b) -> Double.compare(a[0], b[0]));
        return t[runs / 2];
    }

    /** Fails when a file indicator that restates a standard one differs from it anywhere. */
    private static void check(Evaluation standard, Evaluation files, Map<String, String> restated) {
        Map<String, Value> values = new HashMap<>();
        for (Evaluation.Row r : standard.rows()) {
            values.put(
                    r.scope().id() + "|" + r.period().code() + "|"
                            + r.indicator().id(),
                    r.value());
        }
        long compared = 0;
        for (Evaluation.Row r : files.rows()) {
            String id = restated.get(r.indicator().id());
            if (id == null) {
                continue;
            }
            Value v = values.get(r.scope().id() + "|" + r.period().code() + "|" + id);
            boolean same = v instanceof Value.Defined a && r.value() instanceof Value.Defined b
                    ? a.number().compareTo(b.number()) == 0
                    : r.value().equals(v);
            if (!same) {
                throw new IllegalStateException(r.scope().id() + " " + r.period() + " "
                        + r.indicator().id() + " = " + r.value() + ", but " + id + " = " + v);
            }
            compared++;
        }
        System.out.printf(Locale.ROOT, "%d values of restated standard indicators equal%n", compared);
    }

    /** The 10 indicators: 8 restate standard ones, 2 are new (repeat consulting, hours per organisation). */
    static IndicatorFile file(Map<String, String> restated) {
        List<FileIndicator> list = new ArrayList<>();
        Expression orgs = new Expression.Organisations(deliveries(Set.of(), Optional.empty()), 1);
        Expression grants = new Expression.Count(deliveries(Set.of(OfferType.MICRO_GRANT), Optional.empty()));
        Expression amount =
                new Expression.Sum(deliveries(Set.of(OfferType.MICRO_GRANT), Optional.empty()), Field.AMOUNT);
        add(list, restated, "bench.reach", "reach.organisations", orgs);
        add(
                list,
                restated,
                "bench.deliveries",
                "deliveries.count",
                new Expression.Count(deliveries(Set.of(), Optional.empty())));
        add(
                list,
                restated,
                "bench.consulting-hours",
                "consulting.hours",
                new Expression.Sum(deliveries(Set.of(OfferType.CONSULTING), Optional.empty()), Field.HOURS));
        add(
                list,
                restated,
                "bench.training-participants",
                "training.participants",
                new Expression.Sum(deliveries(Set.of(OfferType.TRAINING), Optional.empty()), Field.PARTICIPANTS));
        add(
                list,
                restated,
                "bench.room-hours",
                "rooms.hours",
                new Expression.Sum(deliveries(Set.of(OfferType.ROOM), Optional.empty()), Field.HOURS));
        add(list, restated, "bench.grants", "grants.count", grants);
        add(list, restated, "bench.grants-amount", "grants.amount", amount);
        add(
                list,
                restated,
                "bench.migrant-led-share",
                "reach.migrant-led.share",
                new Expression.Share(new Expression.Organisations(deliveries(Set.of(), Optional.of(true)), 1), orgs));
        add(
                list,
                restated,
                "bench.repeat-consulting",
                null,
                new Expression.Organisations(deliveries(Set.of(OfferType.CONSULTING), Optional.empty()), 3));
        add(
                list,
                restated,
                "bench.hours-per-organisation",
                null,
                new Expression.Ratio(new Expression.Sum(deliveries(Set.of(), Optional.empty()), Field.HOURS), orgs));
        return new IndicatorFile("bench.json", "0".repeat(64), list);
    }

    private static void add(
            List<FileIndicator> list, Map<String, String> restated, String id, String standard, Expression e) {
        list.add(new FileIndicator(
                id,
                new LocalizedText(id, id),
                new LocalizedText(id, id),
                "unit",
                Level.OUTPUT,
                Direction.UP,
                List.of(),
                Set.of(),
                e,
                "/indicators/" + list.size()));
        if (standard != null) {
            restated.put(id, standard);
        }
    }

    private static Selection deliveries(Set<OfferType> types, Optional<Boolean> migrantLed) {
        return new Selection(
                RecordSet.DELIVERIES,
                new Filter(
                        types,
                        Set.of(),
                        Set.of(),
                        migrantLed,
                        Set.of(),
                        Optional.empty(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Optional.empty()));
    }
}
