package org.hor.core.io.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Delivery;
import org.hor.core.validation.internal.FieldRules;

/**
 * The second half of reading deliveries into columns, on a second core when there is one: the
 * reading thread only tokenizes and copies each delivery's characters into a {@link Batch}; a worker
 * thread checks the ids and dates, looks up the dictionaries and appends to the columns. With one
 * processor, or when the second core reads the other half of the deliveries ({@link DeliverySplit}),
 * the batches are processed in the reading thread.
 *
 * <p>A check that fails in the worker is a {@link ColumnarParser.Doubt} for the reading thread at its
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

    private final DeliveryColumns.Builder<Delivery> builder;
    private final BlockingQueue<Batch> empty;
    private final BlockingQueue<Batch> full;
    private final Thread worker;
    private final Batch inline;
    private volatile String doubt;
    private volatile boolean cancelled;
    /** The dates read, direct-mapped: each slot's eight digits and its epoch day plus one (0: empty). */
    private final long[] dateKeys = new long[1 << 12];

    private final int[] dateDays = new int[1 << 12];

    /**
     * Creates a pipe.
     *
     * @param threaded whether to process on a worker thread (when there is more than one processor)
     * @param expected about how many deliveries will come (for the columns' first size)
     */
    DeliveryPipe(boolean threaded, int expected) {
        builder = new DeliveryColumns.Builder<>(expected, Delivery::new);
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
            throw new ColumnarParser.Doubt(why);
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
                throw new ColumnarParser.Doubt(doubt != null ? doubt : "the worker ended");
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ColumnarParser.Doubt("interrupted");
        }
    }

    /** Waits for the worker and returns the columns, or throws its doubt. */
    DeliveryColumns<Delivery> finish() {
        stop();
        String why = doubt;
        if (why != null) {
            throw new ColumnarParser.Doubt(why);
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
                    } catch (ColumnarParser.Doubt d) {
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
            if (!isId(t, idAt, idLen)) {
                throw new ColumnarParser.Doubt("not an id");
            }
            // an offer or organisation found by its number was checked when it was first added
            int offer = builder.knownOffer(t, offerAt, offerLen);
            if (offer < 0) {
                if (!isId(t, offerAt, offerLen)) {
                    throw new ColumnarParser.Doubt("not an id");
                }
                offer = builder.offer(t, offerAt, offerLen);
            }
            int organisation = builder.knownOrganisation(t, orgAt, orgLen);
            if (organisation < 0) {
                if (!isId(t, orgAt, orgLen)) {
                    throw new ColumnarParser.Doubt("not an id");
                }
                organisation = builder.organisation(t, orgAt, orgLen);
            }
            int day = epochDay(t, dateAt, dateLen);
            int meta = b.meta[i];
            if (!builder.add(t, idAt, idLen, offer, organisation, day, meta & 3, b.unscaled[i], (meta & 0xff) >>> 2)) {
                throw new ColumnarParser.Doubt("too many deliveries for columns");
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
     * The epoch day of a date as {@link FieldRules#epochDay} reads it, else {@link ColumnarParser.Doubt};
     * remembered per distinct date (deliveries name a few thousand days), by its eight digits.
     */
    private int epochDay(char[] c, int off, int len) {
        // the eight characters where the digits stand, 7 bits each (exact, as only ASCII is kept)
        long digits = 0;
        boolean ascii = len == 10 && c[off + 4] == '-' && c[off + 7] == '-';
        for (int k = 0; ascii && k < DIGIT_PLACES.length; k++) {
            char x = c[off + DIGIT_PLACES[k]];
            ascii = x < 128;
            digits = digits << 7 | x;
        }
        int slot = (int) ((digits * 0x9E3779B97F4A7C15L) >>> 52); // 12 bits
        if (ascii && dateKeys[slot] == digits && dateDays[slot] != 0) {
            return dateDays[slot] - 1;
        }
        int day = FieldRules.epochDay(c, off, len);
        if (day == FieldRules.NOT_A_DATE) {
            throw new ColumnarParser.Doubt("not a date");
        }
        if (ascii && day != -1) { // day + 1 == 0 would read as "not known"
            dateKeys[slot] = digits;
            dateDays[slot] = day + 1;
        }
        return day;
    }

    /** The places of the digits in {@code uuuu-MM-dd}. */
    private static final int[] DIGIT_PLACES = {0, 1, 2, 3, 5, 6, 8, 9};
}
