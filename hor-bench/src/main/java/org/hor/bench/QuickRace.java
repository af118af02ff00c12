package org.hor.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;

/**
 * A quick measurement of the engine's evaluation only (no JSON, no DuckDB): generates the stress
 * dataset in memory with {@code deliveries} deliveries (default 2 M), leaves out the targets as the
 * race does, and prints the wall and CPU time of evaluating the standard catalogue (median of {@code runs} after a warm-up) and a checksum
 * of every value, so that two builds can be compared for speed and for equal results. With a third
 * argument {@code race} it evaluates the race's cut-down catalogue ({@link RaceCatalogue}), as
 * {@link Bench} does, so that exactly the raced evaluation is measured.
 *
 * <pre>
 * java -Xmx6g -cp hor-bench/target/hor-bench.jar org.hor.bench.QuickRace 2000000 5
 * java -Xmx10g -cp hor-bench/target/hor-bench.jar org.hor.bench.QuickRace 20000000 7 race
 * </pre>
 */
public final class QuickRace {
    private QuickRace() {}

    /**
     * Runs the measurement; arguments: deliveries (default 2 000 000), runs (default 5), and
     * optionally {@code race} for the race's catalogue instead of the full standard one.
     */
    public static void main(String[] argv) {
        int deliveries = argv.length > 0 ? Integer.parseInt(argv[0]) : 2_000_000;
        int runs = argv.length > 1 ? Integer.parseInt(argv[1]) : 5;
        boolean raceOnly = argv.length > 2 && argv[2].equals("race");
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
        Engine engine = raceOnly ? Engine.create(race, List.of(RaceCatalogue.create())) : Engine.create(race);
        EvaluationOptions options = EvaluationOptions.defaults();
        Evaluation e = engine.evaluate(options);
        long hash = 17;
        for (Evaluation.Row r : e.rows()) {
            hash = hash * 31
                    + (r.scope().id() + r.period().code() + r.indicator().id() + r.value() + r.parts()).hashCode();
        }
        double[][] t = new double[runs][];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            engine.evaluate(options);
            t[i] = new double[] {(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9};
        }
        // each median on its own: the CPU time of the run with the median wall time is not the median CPU time
        double[] cpu = Arrays.stream(t).mapToDouble(r -> r[1]).sorted().toArray();
        Arrays.sort(t, (a, b) -> Double.compare(a[0], b[0]));
        System.out.printf(
                Locale.ROOT,
                "%s %d deliveries, %d values, checksum %x: median wall %.3f s, median cpu %.3f s %s%n",
                raceOnly ? "race" : "standard",
                deliveries,
                e.rows().size(),
                hash,
                t[runs / 2][0],
                cpu[runs / 2],
                Arrays.deepToString(t));
    }
}
