package org.hor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start as a user feels it: whole processes of the command line, timed from outside. Each
 * command runs {@code warmUps} times untimed (the file cache, the class-data archive's pages), then
 * {@code runs} times timed: wall time around the process, and its CPU time (user + system, all its
 * threads) from the children's times the kernel adds to this process when it reaps one
 * ({@code /proc/self/stat}; Linux only, elsewhere no CPU figure).
 */
final class Startup {

    private static final long TICKS = ticks();

    private Startup() {}

    /**
     * Times {@code command}; every run must exit with 0.
     *
     * @return the wall and CPU seconds of the timed runs (CPU NaN where the kernel does not tell)
     */
    static Bench.Timing time(List<String> command, Path dir, int warmUps, int runs)
            throws IOException, InterruptedException {
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        Path err = dir.resolve("startup.err");
        for (int i = -warmUps; i < runs; i++) {
            long c0 = childCpuTicks();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile())
                    .start();
            int code = p.waitFor();
            long t1 = System.nanoTime();
            long c1 = childCpuTicks();
            if (code != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " exited with " + code + ": " + Files.readString(err));
            }
            if (i >= 0) {
                wall[i] = (t1 - t0) / 1e9;
                cpu[i] = c0 < 0 || c1 < 0 ? Double.NaN : (c1 - c0) / (double) TICKS;
            }
        }
        Files.deleteIfExists(err);
        return new Bench.Timing(wall, cpu);
    }

    /** The launcher {@code hor} beside the jar, or nothing when it is not there (no Unix build). */
    static List<String> launcher(Path cliTarget) {
        Path script = cliTarget.resolve("hor");
        return Files.isExecutable(script) ? List.of(script.toAbsolutePath().toString()) : List.of();
    }

    /** {@code java -jar hor.jar} with the java that runs the benchmark. */
    static List<String> plain(Path cliTarget) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-jar");
        c.add(cliTarget.resolve("hor.jar").toAbsolutePath().toString());
        return c;
    }

    /** The CPU ticks (user + system) of this process's reaped children, or -1 where unknown. */
    private static long childCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // after the command name in parentheses: field 3 (state) onwards; cutime and cstime are 16 and 17
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ticks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String s = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? Long.parseLong(s) : 100;
        } catch (IOException | RuntimeException | InterruptedException e) {
            return 100;
        }
    }

    /** The load averages of the last 1, 5 and 15 minutes, or the JVM's 1-minute figure. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    java.util.Locale.ROOT,
                    "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }
}
