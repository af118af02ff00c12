package org.hor.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hor.bench.DuckRace.Metric;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.DatasetWriter;
import org.hor.core.io.ReadLimits;
import org.hor.core.io.ReadResult;
import org.hor.core.model.Dataset;
import org.hor.core.model.Period;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.core.spi.Reason;
import org.hor.core.spi.Scope;
import org.hor.core.spi.ScopeKind;
import org.hor.core.spi.Value;
import org.hor.indicators.Engine;
import org.hor.indicators.Evaluation;
import org.hor.indicators.EvaluationOptions;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The national-scale benchmark (issue 7): generates the stress dataset with the sample generator
 * (400 sites, 50 000 organisations, 2 M and 20 M deliveries over 10 years, fixed seed), writes it
 * as a JSON file, and prints one table of the command line's start (whole processes), ingest speed,
 * heap per delivery, evaluation time and the race against DuckDB. Every timed case is warmed the
 * same way ({@code warmUps} untimed runs, then {@code runs} timed ones) and shows the median with
 * the spread (fastest–slowest), wall time and the CPU time of the whole process; the table starts
 * with the date, the JVM, the core count and the load.
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests &amp;&amp; java -Xmx10g -jar hor-bench/target/hor-bench.jar
 * </pre>
 *
 * Arguments (all optional): {@code small=2000000 large=20000000 warmUps=3 runs=5 naiveRuns=1
 * startupRuns=10 cli=hor-cli/target dir=/tmp only=startup} (only the start, a minute).
 */
public final class Bench {

    private static final List<String> RACE = List.of(
            "reach.organisations",
            "reach.organisations.new",
            "reach.migrant-led.share",
            "deliveries.count",
            "consulting.hours",
            "training.participants",
            "rooms.hours",
            "grants.count",
            "grants.amount",
            "grants.amount.mean",
            "grants.first-time.share",
            "grants.top-recipient.share",
            "events.count",
            "events.participants",
            "retention.share",
            "offers.multi-use.share");
    private static final MathContext QUOTIENT = new MathContext(50, RoundingMode.HALF_EVEN);

    private final Map<String, String> args = new HashMap<>();
    private final List<String[]> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Untimed runs before the timed ones, the same for every case. */
    private static int warmUps = 3;

    private Bench(String[] argv) {
        for (String a : argv) {
            int eq = a.indexOf('=');
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] argv) throws Exception {
        new Bench(argv).run();
    }

    private int arg(String name, int fallback) {
        return args.containsKey(name) ? Integer.parseInt(args.get(name)) : fallback;
    }

    private static void log(String s) {
        System.err.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(), s);
    }

    private void row(String what, String ours, String other, String ratio, String goal) {
        table.add(new String[] {what, ours, "", other, "", ratio, goal});
    }

    /** A row of two timed cases: wall and CPU time of each, median (fastest–slowest). */
    private void row(String what, Timing ours, Timing other, String ratio, String goal) {
        table.add(new String[] {
            what,
            ours.wallText(),
            ours.cpuText(),
            other == null ? "" : other.wallText(),
            other == null ? "" : other.cpuText(),
            ratio,
            goal
        });
    }

    /**
     * The wall and CPU seconds of the timed runs of one case.
     *
     * @param wall wall seconds per run
     * @param cpu  CPU seconds (user + system, all threads of the process) per run, NaN when unknown
     */
    record Timing(double[] wall, double[] cpu) {
        Timing {
            wall = wall.clone();
            cpu = cpu.clone();
            Arrays.sort(wall);
            Arrays.sort(cpu);
        }

        double wallMedian() {
            return median(wall);
        }

        double cpuMedian() {
            return median(cpu);
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        String wallText() {
            return text(wall);
        }

        String cpuText() {
            return Double.isNaN(cpu[0]) ? "n/a" : text(cpu);
        }

        private static String text(double[] sorted) {
            return sorted.length == 1
                    ? secs(sorted[0])
                    : secs(median(sorted)) + " (" + fmt(sorted[0], 2) + "–" + fmt(sorted[sorted.length - 1], 2) + ")";
        }
    }

    /** The start of the command line, whole processes: the launcher and plain {@code java -jar}. */
    private void startup(Path dir) throws Exception {
        Path cli = Path.of(args.getOrDefault("cli", "hor-cli/target"));
        int n = arg("startupRuns", 10);
        if (!Files.isRegularFile(cli.resolve("hor.jar"))) {
            notes.add("start not measured: no " + cli.resolve("hor.jar") + " (build hor-cli, or give cli=FOLDER)");
            return;
        }
        List<String> launcher = Startup.launcher(cli);
        List<String> plain = Startup.plain(cli);
        String[][] cases = {{"report --programme", "1.0"}, {"validate", "0.6"}};
        for (String[] c : cases) {
            List<String> a = new ArrayList<>(List.of(c[0].split(" ")));
            if (c[0].startsWith("report")) {
                a.addAll(List.of("-o", dir.resolve("report.html").toString()));
            }
            log("timing hor " + c[0] + ", " + n + " runs each");
            Timing p = Startup.time(concat(plain, a), dir, warmUps, n);
            String what = "start: hor " + c[0] + " (sample), whole process, " + n + " runs";
            if (launcher.isEmpty()) {
                row(what + ", java -jar hor.jar", p, null, "", "< " + c[1] + " s wall");
                notes.add("no launcher hor beside hor.jar: plain java -jar timed");
                continue;
            }
            Timing l = Startup.time(concat(launcher, a), dir, warmUps, n);
            row(
                    what + ": launcher hor, other: java -jar hor.jar",
                    l,
                    p,
                    fmt(p.wallMedian() / l.wallMedian(), 1) + "× faster, " + fmt(p.cpuMedian() / l.cpuMedian(), 1)
                            + "× less CPU",
                    "< " + c[1] + " s wall");
        }
        Files.deleteIfExists(dir.resolve("report.html"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> c = new ArrayList<>(a);
        c.addAll(b);
        return c;
    }

    private void run() throws Exception {
        int small = arg("small", 2_000_000);
        int large = arg("large", 20_000_000);
        int runs = arg("runs", 5);
        warmUps = arg("warmUps", 3);
        int naiveRuns = arg("naiveRuns", 1);
        Path dir = Files.createTempDirectory(
                Path.of(args.getOrDefault("dir", System.getProperty("java.io.tmpdir"))), "hor-bench");
        String loadBefore = Startup.load();
        log("data in " + dir + "; " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, load " + loadBefore);

        // ---- the start of the command line (before the big datasets fill this JVM's heap)
        startup(dir);
        if ("startup".equals(args.get("only"))) {
            print(loadBefore);
            Files.delete(dir);
            return;
        }

        // ---- 2 M: ingest speed (several runs), evaluation time
        Path smallFile = write(dir, small);
        // the reader's two threads need a few runs before the JIT has compiled them: the warm-ups
        // every case gets are enough, for the raw token stream just the same
        double raw = median(runs, () -> tokens(smallFile));
        double rawCpu = lastCpu;
        double ingest = median(runs, () -> {
            Engine e = load(smallFile);
            return e.dataset().deliveries().size();
        });
        double mb = Files.size(smallFile) / 1e6;
        double ingestCpu = lastCpu;
        row(
                "ingest " + small / 1_000_000 + " M (" + fmt(mb, 0) + " MB JSON): parse + validate + index",
                fmt(mb / ingest, 0) + " MB/s",
                fmt(mb / raw, 0) + " MB/s raw tokens",
                pct(raw / ingest),
                "≥ 70 % of raw");
        row(
                "ingest, by CPU time",
                fmt(mb / ingestCpu, 0) + " MB/s",
                fmt(mb / rawCpu, 0) + " MB/s raw tokens",
                pct(rawCpu / ingestCpu),
                "≥ 50 % of raw");
        Engine smallEngine = load(smallFile);
        double evalSmall = median(
                runs,
                () -> smallEngine.evaluate(EvaluationOptions.defaults()).rows().size());
        Timing evalSmallTiming = last;
        int smallRows =
                smallEngine.evaluate(EvaluationOptions.defaults()).rows().size();
        row(
                "evaluate full catalogue, " + small / 1_000_000 + " M (" + smallRows + " values)",
                evalSmallTiming,
                null,
                "",
                "");

        // ---- 20 M: memory, evaluation, scaling, race
        Path largeFile = write(dir, large);
        System.gc();
        long h0 = heap();
        long t0 = System.nanoTime();
        ReadResult read = reader().read(largeFile);
        double readSecs = (System.nanoTime() - t0) / 1e9;
        if (!read.isValid()) {
            throw new IllegalStateException(
                    "generated data not valid: " + read.violations().subList(0, 3));
        }
        Dataset dataset = read.dataset().orElseThrow();
        read = null;
        long h1 = heap();
        t0 = System.nanoTime();
        Engine engine = Engine.create(dataset);
        double indexSecs = (System.nanoTime() - t0) / 1e9;
        long h2 = heap();
        double lmb = Files.size(largeFile) / 1e6;
        row(
                "ingest " + large / 1_000_000 + " M (" + fmt(lmb, 0) + " MB JSON), once",
                fmt(lmb / (readSecs + indexSecs), 0) + " MB/s",
                "read " + secs(readSecs) + ", index " + secs(indexSecs),
                "",
                "");
        row("heap per delivery: the index", fmt((double) (h2 - h1) / large, 1) + " B", "", "", "");
        row(
                "heap per delivery: the read dataset (deliveries in columns)",
                fmt((double) (h1 - h0) / large, 1) + " B",
                "",
                "",
                "");
        row(
                "heap per delivery: dataset + index, all retained",
                fmt((double) (h2 - h0) / large, 1) + " B",
                "",
                "",
                "≤ 40 B");
        EvaluationOptions options = EvaluationOptions.defaults();
        double evalLarge = median(runs, () -> engine.evaluate(options).rows().size());
        Timing evalLargeTiming = last;
        Evaluation evaluation = engine.evaluate(options);
        row(
                "evaluate full catalogue (25 indicators), " + large / 1_000_000 + " M ("
                        + evaluation.rows().size() + " values)",
                evalLargeTiming,
                null,
                "",
                "");
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        row(
                "peak heap: read + index + evaluate " + large / 1_000_000 + " M (sum of pool peaks, an upper bound)",
                fmt(peak / (double) (1L << 30), 1) + " GiB",
                "",
                "",
                "within -Xmx8g");
        // both from warmed runs: 10× the deliveries, the same scopes and periods (so the fixed cost per
        // scope-period is shared): a little under 10 when the work is linear in the deliveries
        table.add(new String[] {
            "scaling t(" + large / 1_000_000 + " M) / t(" + small / 1_000_000 + " M), evaluate, warmed medians",
            fmt(evalLarge / evalSmall, 1),
            fmt(evalLargeTiming.cpuMedian() / evalSmallTiming.cpuMedian(), 1),
            "",
            "",
            "",
            "5 to 11"
        });

        // ---- the race: the engine with the 16 race indicators of the standard catalogue only
        // (without the targets, which name indicators outside the race; they do not change values)
        Dataset raceData = new Dataset(
                dataset.formatVersion(),
                dataset.asOf(),
                dataset.programme(),
                dataset.sites(),
                dataset.organisations(),
                dataset.offers(),
                dataset.deliveries(),
                dataset.cooperations(),
                dataset.outcomes(),
                dataset.exchanges(),
                List.of(),
                dataset.budgets(),
                dataset.measurements(),
                dataset.supportActions());
        Engine raceEngine = Engine.create(raceData, List.of(RaceCatalogue.create()));
        double raceSecs = median(runs, () -> raceEngine.evaluate(options).rows().size());
        double raceCpu = lastCpu;
        Timing raceTiming = last;
        Evaluation raceEvaluation = raceEngine.evaluate(options);
        List<Scope> scopes = engine.scopes(EnumSet.allOf(ScopeKind.class));
        List<Map.Entry<Scope, Period>> pairs = new ArrayList<>();
        Map<String, Evaluation.Row> engineRows = new HashMap<>();
        for (Evaluation.Row r : raceEvaluation.rows()) {
            if (r.indicator().id().equals(RACE.get(0))) {
                pairs.add(Map.entry(r.scope(), r.period()));
            }
            if (RACE.contains(r.indicator().id())) {
                engineRows.put(
                        r.scope().id() + "|" + r.period().code() + "|"
                                + r.indicator().id(),
                        r);
            }
        }
        try (DuckRace duck = new DuckRace(args.getOrDefault("memoryLimit", "6GB"))) {
            log("loading DuckDB");
            double loadSecs = duck.load(dataset, scopes, pairs);
            log("loaded in " + secs(loadSecs));
            Map<Long, long[]>[] best = new Map[1];
            double bestSecs = median(runs, () -> {
                best[0] = duck.best();
                return best[0].size();
            });
            double bestCpu = lastCpu;
            Timing bestTiming = last;
            int checked = check(best[0], duck, scopes, pairs, engineRows, "best SQL");
            row(
                    "race: " + RACE.size() + " delivery indicators × " + pairs.size() + " scope-periods (" + checked
                            + " values, all equal), other: DuckDB best SQL",
                    raceTiming,
                    bestTiming,
                    fmt(bestSecs / raceSecs, 1) + "× faster, " + fmt(bestCpu / raceCpu, 1) + "× less CPU",
                    "≥ 10× less CPU");
            Map<Long, long[]>[] naive = new Map[1];
            // minutes per run: the one case without its own warm-ups (the best SQL ran before on
            // the same tables, so DuckDB's caches are as warm as they get)
            double naiveSecs = median(
                    naiveRuns,
                    () -> {
                        naive[0] = duck.naive();
                        return naive[0].size();
                    },
                    0);
            double naiveCpu = lastCpu;
            Timing naiveTiming = last;
            check(naive[0], duck, scopes, pairs, engineRows, "straightforward SQL");
            row(
                    "race: the same, other: DuckDB straightforward SQL (" + naiveRuns + " run, after the best SQL)",
                    raceTiming,
                    naiveTiming,
                    fmt(naiveSecs / raceSecs, 1) + "× faster, " + fmt(naiveCpu / raceCpu, 1) + "× less CPU",
                    "");
        }
        print(loadBefore);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    // ------------------------------------------------------------------ checking the race

    /** Compares every race value DuckDB gave with the engine's; throws on the first difference. */
    private static int check(
            Map<Long, long[]> sql,
            DuckRace duck,
            List<Scope> scopes,
            List<Map.Entry<Scope, Period>> pairs,
            Map<String, Evaluation.Row> engineRows,
            String which) {
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            long[] w = duck.wanted().get(i);
            long[] m = sql.get(DuckRace.key((int) w[0], (int) w[1], (int) w[2]));
            Scope scope = scopes.get((int) w[0]);
            Period period = pairs.get(i).getValue();
            if (m == null || !scope.equals(pairs.get(i).getKey())) {
                throw new IllegalStateException(which + ": no row for " + scope + " " + period);
            }
            Map<String, List<Value>> want = values(m);
            for (Map.Entry<String, List<Value>> e : want.entrySet()) {
                Evaluation.Row r = engineRows.get(scope.id() + "|" + period.code() + "|" + e.getKey());
                List<Value> got = new ArrayList<>();
                got.add(r.value());
                got.addAll(r.parts().values());
                List<Value> expected = e.getValue();
                for (int k = 0; k < expected.size(); k++) {
                    checked++;
                    if (!same(expected.get(k), got.get(k)) && mismatches.size() < 10) {
                        mismatches.add(scope + " " + period + " " + e.getKey() + "[" + k + "]: SQL " + expected.get(k)
                                + ", engine " + got.get(k));
                    }
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException(which + " and the engine differ: " + mismatches);
        }
        log(which + ": " + checked + " values equal to the engine's");
        return checked;
    }

    private static boolean same(Value a, Value b) {
        if (a instanceof Value.Defined x && b instanceof Value.Defined y) {
            return x.number().compareTo(y.number()) == 0;
        }
        return a instanceof Value.Undefined x && b instanceof Value.Undefined y && x.reason() == y.reason();
    }

    /** The race indicators (value, then parts) from the raw SQL figures, by the definitions of spec 02. */
    private static Map<String, List<Value>> values(long[] m) {
        Map<String, List<Value>> v = new LinkedHashMap<>();
        v.put("reach.organisations", counts(m, Metric.REACH, 5));
        v.put("reach.organisations.new", counts(m, Metric.NEW, 5));
        v.put("reach.migrant-led.share", List.of(share(m[Metric.MIGRANT.ordinal()], m[Metric.REACH.ordinal()])));
        v.put("deliveries.count", counts(m, Metric.DELIVERIES, 8));
        v.put("consulting.hours", List.of(Value.of(BigDecimal.valueOf(m[Metric.CONSULTING_MICROS.ordinal()], 6))));
        v.put("training.participants", List.of(Value.of(m[Metric.TRAINING_PARTICIPANTS.ordinal()])));
        v.put("rooms.hours", List.of(Value.of(BigDecimal.valueOf(m[Metric.ROOM_MICROS.ordinal()], 6))));
        long grants = m[Metric.GRANTS.ordinal()];
        BigDecimal amount = BigDecimal.valueOf(m[Metric.GRANT_CENTS.ordinal()], 2);
        v.put("grants.count", List.of(Value.of(grants)));
        v.put("grants.amount", List.of(Value.of(amount)));
        v.put(
                "grants.amount.mean",
                List.of(
                        grants == 0
                                ? Value.undefined(Reason.NO_DENOMINATOR)
                                : Value.of(divide(amount, BigDecimal.valueOf(grants)))));
        v.put("grants.first-time.share", List.of(share(m[Metric.FIRST_GRANTS.ordinal()], grants)));
        v.put(
                "grants.top-recipient.share",
                List.of(
                        amount.signum() == 0
                                ? Value.undefined(Reason.NO_DENOMINATOR)
                                : Value.of(divide(
                                        BigDecimal.valueOf(m[Metric.TOP_CENTS.ordinal()], 2)
                                                .multiply(BigDecimal.valueOf(100)),
                                        amount))));
        v.put("events.count", List.of(Value.of(m[Metric.EVENTS.ordinal()])));
        v.put("events.participants", List.of(Value.of(m[Metric.EVENT_PARTICIPANTS.ordinal()])));
        v.put(
                "retention.share",
                List.of(
                        m[Metric.PREV_ACTIVE.ordinal()] == 0
                                ? Value.undefined(Reason.NOT_APPLICABLE)
                                : share(m[Metric.RETAINED.ordinal()], m[Metric.PREV_REACH.ordinal()])));
        v.put("offers.multi-use.share", List.of(share(m[Metric.MULTI.ordinal()], m[Metric.REACH.ordinal()])));
        return v;
    }

    private static List<Value> counts(long[] m, Metric first, int n) {
        List<Value> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(Value.of(m[first.ordinal() + i]));
        }
        return l;
    }

    private static Value share(long num, long den) {
        return den == 0
                ? Value.undefined(Reason.NO_DENOMINATOR)
                : Value.of(divide(BigDecimal.valueOf(100 * num), BigDecimal.valueOf(den)));
    }

    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        BigDecimal q = a.divide(b, QUOTIENT);
        return q.signum() == 0 ? BigDecimal.ZERO : q;
    }

    // ------------------------------------------------------------------ data, ingest, timing

    private static DatasetReader reader() {
        return DatasetReader.builder()
                .limits(ReadLimits.defaults().withMaxDocumentBytes(Long.MAX_VALUE))
                .build();
    }

    private static Engine load(Path file) throws IOException {
        ReadResult r = reader().read(file);
        return Engine.create(r.dataset()
                .orElseThrow(() -> new IllegalStateException(r.violations().toString())));
    }

    private static long tokens(Path file) throws IOException {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(Long.MAX_VALUE)
                        .build())
                .build();
        long n = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = f.createParser(ObjectReadContext.empty(), in)) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        return n;
    }

    /** Generates the stress dataset with {@code deliveries} deliveries and writes it, streaming. */
    private static Path write(Path dir, int deliveries) throws IOException {
        long t0 = System.nanoTime();
        SampleParameters params = new SampleParameters(400, 50_000, deliveries, 2016, LocalDate.of(2025, 12, 31), 7);
        Path file = dir.resolve("deliveries-" + deliveries + ".json");
        Path tail = dir.resolve("deliveries-" + deliveries + ".part");
        Dataset rest;
        JsonFactory f = JsonFactory.builder().build();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tail), 1 << 20);
                JsonGenerator g = f.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartArray();
            rest = SampleGenerator.generate(params, d -> {
                g.writeStartObject();
                g.writeStringProperty("id", d.id());
                g.writeStringProperty("offerId", d.offerId());
                g.writeStringProperty("organisationId", d.organisationId());
                g.writeStringProperty("date", d.date().toString());
                if (d.hours() != null) {
                    g.writeName("hours");
                    g.writeNumber(d.hours().toPlainString());
                }
                if (d.amount() != null) {
                    g.writeName("amount");
                    g.writeNumber(d.amount().toPlainString());
                }
                if (d.participants() != null) {
                    g.writeNumberProperty("participants", d.participants());
                }
                g.writeEndObject();
            });
            g.writeEndArray();
        }
        byte[] head = DatasetWriter.create().toBytes(rest);
        int end = head.length - 1;
        while (head[end] != '}') {
            end--;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(head, 0, end);
            out.write(",\n\"deliveries\": ".getBytes(StandardCharsets.UTF_8));
            Files.copy(tail, out);
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.delete(tail);
        log(String.format(
                Locale.ROOT,
                "wrote %,d deliveries, %,d bytes in %s",
                deliveries,
                Files.size(file),
                secs((System.nanoTime() - t0) / 1e9)));
        return file;
    }

    @FunctionalInterface
    private interface Work {
        long run() throws Exception;
    }

    /** The median CPU seconds of the last {@link #median} call (all threads, DuckDB's too). */
    private static double lastCpu;

    /** The timed runs of the last {@link #median} call. */
    private static Timing last;

    /**
     * {@link #warmUps} untimed runs, then the median of {@code runs} timed runs, in seconds of wall
     * time; the median CPU time of the whole process goes to {@link #lastCpu} (on a shared machine
     * the more reliable figure), all runs to {@link #last}.
     */
    private static double median(int runs, Work work) throws Exception {
        return median(runs, work, warmUps);
    }

    private static double median(int runs, Work work, int warmUps) throws Exception {
        long sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += work.run();
        }
        double[][] t = new double[runs][];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            sink += work.run();
            t[i] = new double[] {(System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9};
        }
        log("runs (wall, cpu) " + Arrays.deepToString(t) + " (" + sink + ")");
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            wall[i] = t[i][0];
            cpu[i] = t[i][1];
        }
        last = new Timing(wall, cpu);
        lastCpu = last.cpuMedian();
        return last.wallMedian();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String fmt(double d, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", d);
    }

    private static String secs(double s) {
        return fmt(s, 2) + " s";
    }

    private static String pct(double d) {
        return fmt(100 * d, 0) + " %";
    }

    private void print(String loadBefore) {
        String[] head = {"figure", "hor, wall", "hor, CPU", "other, wall", "other, CPU", "ratio", "goal"};
        int[] w = new int[head.length];
        for (String[] r : table) {
            for (int i = 0; i < head.length; i++) {
                w[i] = Math.max(w[i], Math.max(r[i].length(), head[i].length()));
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "hor-bench %s UTC; %s %s; %d cores; load average (1, 5, 15 min) %s at the "
                        + "start, %s at the end; each time the median (fastest–slowest) of %s timed runs after %d warm-ups%n%n",
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                Startup.load(),
                args.getOrDefault("runs", "5") + " (the start: " + arg("startupRuns", 10) + ")",
                warmUps));
        b.append(line(head, w)).append(line(new String[] {"-", "-", "-", "-", "-", "-", "-"}, w));
        for (String[] r : table) {
            b.append(line(r, w));
        }
        for (String n : notes) {
            b.append(n).append('\n');
        }
        System.out.print(b);
    }

    private static String line(String[] r, int[] w) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < r.length; i++) {
            String cell = r[i].equals("-") ? "-".repeat(w[i]) : r[i];
            b.append(' ').append(cell).append(" ".repeat(w[i] - cell.length())).append(" |");
        }
        return b.append('\n').toString();
    }

    static Set<String> race() {
        return Set.copyOf(RACE);
    }
}
