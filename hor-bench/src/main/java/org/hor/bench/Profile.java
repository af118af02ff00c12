package org.hor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hor.core.io.DatasetReader;
import org.hor.core.io.ReadLimits;
import org.hor.core.model.Dataset;
import org.hor.core.sample.SampleGenerator;
import org.hor.core.sample.SampleParameters;
import org.hor.indicators.Engine;
import org.hor.indicators.EvaluationOptions;

/**
 * A loop for a profiler (e.g. {@code -XX:StartFlightRecording}): {@code read FILE N} reads a file N
 * times; {@code eval DELIVERIES N} evaluates a generated dataset N times.
 */
public final class Profile {
    private Profile() {}

    /** Runs the loop: {@code read FILE N} or {@code eval DELIVERIES N}. */
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[2]);
        if (a[0].equals("read")) {
            DatasetReader r = DatasetReader.builder()
                    .limits(ReadLimits.defaults().withMaxDocumentBytes(Long.MAX_VALUE))
                    .build();
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                Dataset d = r.read(Path.of(a[1])).dataset().orElseThrow();
                long t1 = System.nanoTime();
                Engine.create(d);
                System.err.printf(
                        Locale.ROOT,
                        "read %.2f s, index %.2f s, %d MB%n",
                        (t1 - t0) / 1e9,
                        (System.nanoTime() - t1) / 1e9,
                        Files.size(Path.of(a[1])) >> 20);
            }
        } else {
            Dataset d = SampleGenerator.generate(new SampleParameters(
                    400, 50_000, Integer.parseInt(a[1]), 2016, java.time.LocalDate.of(2025, 12, 31), 7));
            Engine e = Engine.create(d);
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                int rows = e.evaluate(EvaluationOptions.defaults()).rows().size();
                System.err.printf(Locale.ROOT, "evaluate %.2f s, %d rows%n", (System.nanoTime() - t0) / 1e9, rows);
            }
        }
    }
}
