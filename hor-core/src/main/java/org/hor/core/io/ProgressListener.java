package org.hor.core.io;

/**
 * Hears how far a long piece of work has come: reading a dataset (in bytes) or evaluating it (in
 * units of work, roughly deliveries visited). Calls come from the working threads, often but not
 * too often (a few hundred times per task at most), with {@code done} never decreasing and the
 * last call having {@code done == total}. An implementation must be quick and thread-safe; it may
 * print a progress bar (the command-line tool does, on a terminal) or ignore everything.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every call. */
    ProgressListener NONE = (task, done, total) -> {};

    /**
     * Reports progress.
     *
     * @param task  what is being done, such as {@code "read"} or {@code "evaluate"}
     * @param done  the units done so far, 0 ≤ done ≤ total
     * @param total the units of the whole task, or -1 when unknown (reading a stream)
     */
    void progress(String task, long done, long total);
}
