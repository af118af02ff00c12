package org.hor.excel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;

/**
 * Measures the import of a workbook with a million deliveries (not a test: run by hand, see the
 * README): generates the sample, exports it, then imports it three times and prints wall time and
 * the heap pools' peak. {@code java -Xmx4g -cp … org.hor.excel.ImportMeasure [deliveries] [dir]}
 */
public final class ImportMeasure {

    private ImportMeasure() {}

    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of deliveries and the folder of the workbook (kept for a second run)
     * @throws Exception on any failure
     */
    public static void main(String[] args) throws Exception {
        int deliveries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("hor-measure");
        Path file = dir.resolve("big.xlsx");
        if (!Files.exists(file)) {
            Dataset d = SampleGenerator.generate(
                    new SampleParameters(12, 6000, deliveries, 2016, LocalDate.of(2025, 12, 31), 2016));
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            new WorkbookExporter(Locale.ENGLISH).exportTo(d, file);
            System.out.printf(
                    Locale.ROOT,
                    "export: %d deliveries, %.1f MB workbook, %.1f s wall, %.1f s CPU%n",
                    d.deliveries().size(),
                    Files.size(file) / 1e6,
                    (System.nanoTime() - t0) / 1e9,
                    (cpuNanos() - c0) / 1e9);
        }
        for (int run = 1; run <= 3; run++) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long[] peak = {0};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long t = System.nanoTime();
            long c = cpuNanos();
            WorkbookImportResult r = WorkbookImporter.builder().build().importFrom(file);
            double seconds = (System.nanoTime() - t) / 1e9;
            double cpu = (cpuNanos() - c) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.gc();
            long retained = rt.totalMemory() - rt.freeMemory();
            System.out.printf(
                    Locale.ROOT,
                    "import run %d: valid=%s, %d deliveries, %.1f s wall, %.1f s CPU (process), peak used heap %.0f MiB "
                            + "(sampled every 5 ms), retained with the dataset %.0f MiB%n",
                    run,
                    r.isValid(),
                    r.dataset().map(x -> x.deliveries().size()).orElse(-1),
                    seconds,
                    cpu,
                    peak[0] / 1048576.0,
                    retained / 1048576.0);
        }
    }
}
