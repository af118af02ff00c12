package org.hor.core.io.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hor.core.validation.internal.FieldRules;

/**
 * The second half of reading deliveries into columns, on a second core when there is one: the
 * reading thread only tokenizes and copies each delivery's characters into a {@link Batch}; a worker
 * thread checks the ids and dates, looks up the dictionaries and appends to the columns. With one
 * processor, or when the second core reads the other half of the deliveries ({@link DeliverySplit}),
 * the batches are processed in the reading thread.
 *
 * <p>A check that fails in the worker is a {@link DatasetParser.Doubt} for the reading thread at its
 * next {@link #submit} or at {@link #finish}. {@link #close} always stops the worker; it is safe
 * after an exception of the reading thread.
 */
final class DeliveryPipe implements AutoCloseable {

    /** Batches in flight: enough that neither thread waits for the other's short stalls. */
    static final int BATCHES = 8;
    /** Deliveries a batch. */
    static final int SIZE = 2048;
    /** Characters of an id or a date a batch keeps at most (longer ones are no id and no date). */
    static final int MAX_CHARS = 64;

    /** The characters and numbers of up to {@link #SIZE} deliveries. */
    static final class Batch {
        final char[] text;
        /** Per delivery: the lengths of id, offer id, organisation id, date (in that order in {@link #text}). */
        final byte[] lengths;
        final long[] unscaled;
        /** Per delivery: kind | scale &lt;&lt; 2. */
        final byte[] meta;
        int size;
        private final boolean end;

        Batch() {
            this(SIZE, false);
        }

        private Batch(int n, boolean end) {
            text = new char[n * 4 * MAX_CHARS];
            lengths = new byte[n * 4];
            unscaled = new long[n];
            meta = new byte[n];
            this.end = end;
        }

        /**
         * Puts one field's characters, at most {@link #MAX_CHARS} (the caller checks), in the field's
         * own place: fields come in any order.
         */
        void put(int field, char[] c, int off, int len) {
            System.arraycopy(c, off, text, (size * 4 + field) * MAX_CHARS, len);
            lengths[size * 4 + field] = (byte) len;
        }

        /** Ends the current delivery. */
        void end(int kind, long value, int scale) {
            unscaled[size] = value;
            meta[size] = (byte) (kind | scale << 2);
            size++;
        }

        boolean full() {
            return size == SIZE;
        }
    }

    private final DeliveryColumns.Builder builder;
    private final BlockingQueue<Batch> empty;
    private final BlockingQueue<Batch> full;
    private final Thread worker;
    private final Batch inline;
    private volatile String doubt;
    private volatile boolean cancelled;
    /** Epoch days of the dates of the years 1900 to 2155 seen so far, plus one (0: not yet). */
    private final int[] epochDays = new int[1 << 17];

    /**
     * Creates a pipe.
     *
     * @param threaded whether to process on a worker thread (when there is more than one processor)
     * @param expected about how many deliveries will come (for the columns' first size)
     */
    DeliveryPipe(boolean threaded, int expected) {
        builder = new DeliveryColumns.Builder(expected);
        if (threaded && Runtime.getRuntime().availableProcessors() > 1) {
            empty = new ArrayBlockingQueue<>(BATCHES);
            full = new ArrayBlockingQueue<>(BATCHES);
            for (int i = 0; i < BATCHES; i++) {
                empty.add(new Batch());
            }
            inline = null;
            worker = new Thread(this::work, "hor-read-deliveries");
            worker.setDaemon(true);
            worker.start();
        } else {
            empty = null;
            full = null;
            worker = null;
            inline = new Batch();
        }
    }

    /** Returns an empty batch to fill. */
    Batch batch() {
        Batch b = inline;
        while (b == null) {
            b = waitFor(() -> empty.poll(WAIT_MS, TimeUnit.MILLISECONDS));
        }
        b.size = 0;
        return b;
    }

    /** Hands a filled batch over; throws the worker's doubt, if any. */
    void submit(Batch b) {
        String why = doubt;
        if (why != null) {
            throw new DatasetParser.Doubt(why);
        }
        if (inline != null) {
            process(b);
            return;
        }
        while (waitFor(() -> full.offer(b, WAIT_MS, TimeUnit.MILLISECONDS) ? b : null) == null) {
            // the worker is busy: wait on
        }
    }

    private static final long WAIT_MS = 100;

    private interface Wait {
        Batch get() throws InterruptedException;
    }

    /** One bounded wait for the worker; a doubt if it ended (it never ends before {@link #stop}). */
    private Batch waitFor(Wait w) {
        try {
            Batch b = w.get();
            if (b == null && !worker.isAlive()) {
                throw new DatasetParser.Doubt(doubt != null ? doubt : "the worker ended");
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatasetParser.Doubt("interrupted");
        }
    }

    /** Waits for the worker and returns the columns, or throws its doubt. */
    DeliveryColumns finish() {
        stop();
        String why = doubt;
        if (why != null) {
            throw new DatasetParser.Doubt(why);
        }
        return builder.build();
    }

    @Override
    public void close() {
        cancelled = true;
        stop();
    }

    private void stop() {
        if (worker == null) {
            return;
        }
        Batch end = new Batch(0, true);
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                if (full.offer(end, WAIT_MS, TimeUnit.MILLISECONDS)) {
                    worker.join();
                }
            } catch (InterruptedException e) {
                interrupted = true; // the worker ends soon: wait for it all the same
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        boolean returned = false;
        try {
            loop();
            returned = true;
        } finally {
            if (!returned && doubt == null) {
                doubt = "the worker ended";
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                Batch b = full.take();
                if (b.end) {
                    return;
                }
                if (doubt == null && !cancelled) {
                    try {
                        process(b);
                    } catch (DatasetParser.Doubt d) {
                        doubt = d.getMessage();
                    } catch (RuntimeException | OutOfMemoryError e) {
                        doubt = e.toString();
                    }
                }
                empty.put(b);
            }
        } catch (InterruptedException e) {
            doubt = "interrupted";
        }
    }

    /** Checks and appends the deliveries of a batch. */
    private void process(Batch b) {
        char[] t = b.text;
        for (int i = 0; i < b.size; i++) {
            int idLen = b.lengths[4 * i];
            int offerLen = b.lengths[4 * i + 1];
            int orgLen = b.lengths[4 * i + 2];
            int dateLen = b.lengths[4 * i + 3];
            int idAt = 4 * i * MAX_CHARS;
            int offerAt = idAt + MAX_CHARS;
            int orgAt = offerAt + MAX_CHARS;
            int dateAt = orgAt + MAX_CHARS;
            if (!isId(t, idAt, idLen) || !isId(t, offerAt, offerLen) || !isId(t, orgAt, orgLen)) {
                throw new DatasetParser.Doubt("not an id");
            }
            int day = epochDay(t, dateAt, dateLen);
            int meta = b.meta[i];
            if (!builder.add(t, idAt, idLen, builder.offer(t, offerAt, offerLen),
                    builder.organisation(t, orgAt, orgLen), day, meta & 3, b.unscaled[i], (meta & 0xff) >>> 2)) {
                throw new DatasetParser.Doubt("too many deliveries for columns");
            }
        }
    }

    /** The same test as {@link FieldRules#isId}, on characters. */
    static boolean isId(char[] c, int off, int len) {
        if (len < 1 || len > 64) {
            return false;
        }
        for (int i = off; i < off + len; i++) {
            if (!FieldRules.isIdChar(c[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The epoch day of a date {@code uuuu-MM-dd} exactly as the record reader accepts it (four, two
     * and two ASCII digits, a valid day of the month), else {@link DatasetParser.Doubt}.
     */
    private int epochDay(char[] c, int off, int len) {
        if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
            throw new DatasetParser.Doubt("not a date");
        }
        int y = digits(c, off, 4);
        int m = digits(c, off + 5, 2);
        int d = digits(c, off + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
            throw new DatasetParser.Doubt("not a date");
        }
        int key = (y - 1900) << 9 | m << 5 | d;
        if (key >= 0 && key < epochDays.length) {
            int known = epochDays[key];
            if (known == 0) {
                known = epochDay(y, m, d) + 1;
                epochDays[key] = known;
            }
            return known - 1;
        }
        return epochDay(y, m, d);
    }

    private static int epochDay(int y, int m, int d) {
        if (d > YearMonth.of(y, m).lengthOfMonth()) {
            throw new DatasetParser.Doubt("not a date");
        }
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    private static int digits(char[] c, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return -1;
            }
            v = v * 10 + c[i] - '0';
        }
        return v;
    }
}
