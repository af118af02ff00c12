package org.hor.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.hor.core.io.ProgressListener;

/**
 * A progress bar on standard error for long reads and evaluations: {@code read  [#####-----]  48 %
 * 212.4 MB/s  ETA 0:07}. It draws only on a terminal ({@link System#console()} not null) and only
 * for work of at least {@link #MIN_WORK} units (50 MB for reading), redraws at most ten times a
 * second, and ends its line when the work is done. Elsewhere (pipes, files, CI logs) it prints
 * nothing.
 *
 * <pre>{@code
 * DatasetReader reader = DatasetReader.builder().progress(ProgressBar.forTerminal()).build();
 * engine.evaluate(options, ProgressBar.forTerminal());
 * }</pre>
 */
final class ProgressBar implements ProgressListener {

    /** The least amount of work (bytes for reading, units for evaluating) that gets a bar. */
    static final long MIN_WORK = 50_000_000L;

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final LongSupplier clock;
    private long started = -1;
    private long lastDraw;
    private boolean open;

    ProgressBar(PrintStream out, LongSupplier nanoClock) {
        this.out = out;
        this.clock = nanoClock;
    }

    /** Returns a bar on standard error if it is a terminal, else {@link ProgressListener#NONE}. */
    static ProgressListener forTerminal() {
        return System.console() == null ? ProgressListener.NONE : new ProgressBar(System.err, System::nanoTime);
    }

    @Override
    public synchronized void progress(String task, long done, long total) {
        if (total < MIN_WORK) {
            return;
        }
        long now = clock.getAsLong();
        if (started < 0) {
            started = now;
        }
        boolean finished = done >= total;
        if (!finished && open && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(task, done, total, (now - started) / 1e9));
        open = true;
        if (finished) {
            out.println();
            open = false;
            started = -1;
        }
        out.flush();
    }

    /** Returns the bar's text for {@code done} of {@code total} after {@code seconds}. */
    static String line(String task, long done, long total, double seconds) {
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        boolean bytes = task.equals("read");
        double rate = seconds > 0 ? done / seconds : 0;
        String speed = bytes
                ? String.format(Locale.ROOT, "%.1f MB/s", rate / 1e6)
                : String.format(Locale.ROOT, "%.1f M/s", rate / 1e6);
        String eta = rate > 0 && fraction < 1 ? "ETA " + clock((long) Math.ceil((total - done) / rate)) : "";
        if (fraction >= 1) {
            eta = "in " + clock(Math.round(seconds));
        }
        return String.format(
                        Locale.ROOT,
                        "%-8s [%s] %3d %%  %s  %s",
                        task,
                        bar,
                        (int) Math.floor(100 * fraction),
                        speed,
                        eta)
                .stripTrailing();
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
