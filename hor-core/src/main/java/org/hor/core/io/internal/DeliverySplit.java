package org.hor.core.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.hor.core.internal.columns.DeliveryColumns;
import org.hor.core.model.Delivery;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the second half of a file's deliveries array on a second thread while the reading thread
 * reads the first half: both halves tokenize at once, which is most of the cost of reading.
 *
 * <p>The split is a guess, checked: from the middle of the rest of the file it looks for the first
 * {@code }}, {@code ,}, {@code {} in a row (white space between), which in an array of deliveries
 * can only be the start of one (ids, dates and numbers hold no braces). The second thread reads
 * deliveries from there to the end of their array. The reading thread uses the second half only if
 * it arrives at exactly that byte at the start of a delivery and the second thread read its half
 * without a doubt; otherwise (the guess fell outside the array or into a string, or the second half
 * is not clean) it cancels the second thread and reads on alone, so a wrong guess costs time, never
 * a different result. After the second half, reading goes on at the end of the array with a new
 * parser over the rest of the file, in the same state (inside the root object): its locations
 * differ from the first parser's, which does not matter in a columnar pass, where any violation
 * means reading again with records.
 */
final class DeliverySplit implements AutoCloseable {

    /** Below this much of the file after the array's start, a second thread does not pay. */
    static final long MIN_BYTES = 4L << 20;
    /** How far from the middle to look for the start of a delivery. */
    private static final int SEARCH_BYTES = 1 << 20;

    private final FileSlices slices;
    private final long start;
    private final Thread thread;
    private volatile boolean cancelled;
    private DeliveryColumns<Delivery> result;
    private long end = -1;

    private DeliverySplit(FileSlices slices, long start) {
        this.slices = slices;
        this.start = start;
        this.thread = new Thread(this::read, "hor-read-deliveries-2");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts reading the second half, or returns {@code null} when the rest of the file is small, the
     * array's position is not known or no delivery start is found near the middle.
     *
     * @param slices      the file
     * @param arrayOffset the byte offset of the deliveries array's {@code [}, or -1
     * @return the split, or {@code null}
     */
    static DeliverySplit start(FileSlices slices, long arrayOffset) {
        if (arrayOffset < 0
                || Runtime.getRuntime().availableProcessors() < 2
                || slices.size() - arrayOffset < MIN_BYTES) {
            return null;
        }
        long middle = arrayOffset + (slices.size() - arrayOffset) / 2;
        try (InputStream in = slices.bytes(middle, false)) {
            byte[] b = in.readNBytes(SEARCH_BYTES);
            long at = deliveryStart(b);
            return at < 0 ? null : new DeliverySplit(slices, middle + at);
        } catch (IOException e) {
            return null; // the reading thread reads on alone and meets the same error itself
        }
    }

    /** Returns the index of the first {@code {} after {@code }} and {@code ,} (white space between), or -1. */
    static int deliveryStart(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] != '}') {
                continue;
            }
            int j = skipSpace(b, i + 1);
            if (j < b.length && b[j] == ',') {
                j = skipSpace(b, j + 1);
                if (j < b.length && b[j] == '{') {
                    return j;
                }
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** Returns the byte offset of the first delivery of the second half. */
    long start() {
        return start;
    }

    /**
     * Waits for the second half. Returns its deliveries, or {@code null} when it was not read cleanly
     * to the end of the array (the reading thread then reads it itself).
     */
    DeliveryColumns<Delivery> await() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return result;
    }

    /**
     * Opens a parser that stands where the reading thread would stand after the deliveries array:
     * on the array's {@code ]}, inside the root object. Call after {@link #await} gave deliveries.
     */
    JsonParser rest() throws IOException {
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream("{\"deliveries\":[".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                slices.bytes(end, true));
        JsonParser q = slices.parser(in);
        if (q.nextToken() != JsonToken.START_OBJECT
                || q.nextToken() != JsonToken.PROPERTY_NAME
                || q.nextToken() != JsonToken.START_ARRAY
                || q.nextToken() != JsonToken.END_ARRAY) {
            q.close();
            throw new ColumnarParser.Doubt("the rest of the file does not follow the deliveries");
        }
        return q;
    }

    @Override
    public void close() {
        cancelled = true;
        await();
    }

    private void read() {
        // the second half's stream starts with '[' before the delivery at `start`: stream offset
        // x is file offset start - 1 + x
        try (JsonParser q = slices.parser(
                new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}), slices.bytes(start, false)))) {
            if (q.nextToken() != JsonToken.START_ARRAY) {
                return;
            }
            DeliveryColumns<Delivery> half = new ColumnarParser(q, false, null, null)
                    .readDeliveryHalf(
                            () -> cancelled, (int) Math.min(Integer.MAX_VALUE, (slices.size() - start) / 100));
            long endOffset = q.currentTokenLocation().getByteOffset();
            if (half != null && endOffset >= 0) {
                end = start - 1 + endOffset;
                result = half;
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // not a clean second half: the reading thread reads it itself, and reports what there is
        }
    }
}
