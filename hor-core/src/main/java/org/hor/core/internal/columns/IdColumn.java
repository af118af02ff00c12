package org.hor.core.internal.columns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids of the deliveries, immutable. Exports number their records: when the ids are one prefix
 * followed by a fixed number of digits counting up by one ({@code D-000001}, {@code D-000002}, …),
 * they take no memory at all, being the prefix, the width and the first number; any other ids are
 * kept as their ASCII bytes with each one's end.
 */
final class IdColumn {
    /** The most digits of a counted id: the number fits a {@code long}. */
    static final int MAX_WIDTH = 18;

    private final int size;
    // counted ids: prefix + the number first + i with width digits (bytes == null)
    private final String prefix;
    private final int width;
    private final long first;
    // any ids: their bytes, and where each one ends
    private final byte[] bytes;
    private final int[] ends;
    private final boolean ascending;

    private IdColumn(int size, String prefix, int width, long first, byte[] bytes, int[] ends, boolean ascending) {
        this.size = size;
        this.prefix = prefix;
        this.width = width;
        this.first = first;
        this.bytes = bytes;
        this.ends = ends;
        this.ascending = ascending;
    }

    int size() {
        return size;
    }

    /** Whether the ids are counted (no bytes kept). */
    boolean counted() {
        return bytes == null;
    }

    /** Whether each id is greater than the one before. */
    boolean ascending() {
        return bytes == null || ascending;
    }

    /** Returns the bytes of heap the ids take (without the object headers). */
    long heapBytes() {
        return bytes == null ? 0 : bytes.length + 4L * ends.length;
    }

    /** Returns id {@code i}. */
    String id(int i) {
        if (bytes == null) {
            return prefix + digits(first + i, width);
        }
        int from = i == 0 ? 0 : ends[i - 1];
        return new String(bytes, from, ends[i] - from, StandardCharsets.ISO_8859_1);
    }

    private static String digits(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** Compares ids {@code i} and {@code j} as {@link String#compareTo} does. */
    int compare(int i, int j) {
        if (bytes == null) {
            return Integer.compare(i, j); // same prefix and width, counting up
        }
        int fi = i == 0 ? 0 : ends[i - 1];
        int fj = j == 0 ? 0 : ends[j - 1];
        // ids are ASCII: unsigned byte order is char order
        return Arrays.compareUnsigned(bytes, fi, ends[i], bytes, fj, ends[j]);
    }

    /** Returns the first id that an earlier one equals, or -1; see {@link DeliveryColumns#firstRepeatedId}. */
    int firstRepeated() {
        if (bytes == null || ascending) {
            return -1; // each id is greater than the one before: the usual order of an export
        }
        int cap = Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1; // at least 2 * size (size < 2^29)
        int[] table = new int[cap];
        int mask = cap - 1;
        for (int i = 0; i < size; i++) {
            int from = i == 0 ? 0 : ends[i - 1];
            int h = DeliveryColumns.mix(DeliveryColumns.hash(bytes, from, ends[i]));
            int slot = h & mask;
            while (table[slot] != 0) {
                int j = table[slot] - 1;
                int fj = j == 0 ? 0 : ends[j - 1];
                if (Arrays.equals(bytes, from, ends[i], bytes, fj, ends[j])) {
                    return i;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        return -1;
    }

    /** Returns the ids of {@code a} followed by those of {@code b}, or {@code null} when they do not fit one array. */
    static IdColumn concat(IdColumn a, IdColumn b) {
        if (b.size == 0) {
            return a;
        }
        if (a.size == 0) {
            return b;
        }
        if (a.bytes == null
                && b.bytes == null
                && a.width == b.width
                && a.prefix.equals(b.prefix)
                && b.first == a.first + a.size) {
            return new IdColumn(a.size + b.size, a.prefix, a.width, a.first, null, null, true);
        }
        Builder all = new Builder();
        for (IdColumn c : new IdColumn[] {a, b}) {
            for (int i = 0; i < c.size; i++) {
                char[] id = c.id(i).toCharArray();
                if (!all.add(id, 0, id.length)) {
                    return null;
                }
            }
        }
        return all.build();
    }

    /** Collects ids: counted while they count, else as bytes. */
    static final class Builder {
        private int size;
        private boolean counting = true;
        private char[] prefix;
        private int width;
        private long first;
        private byte[] bytes;
        private int length;
        private int[] ends;
        private boolean ascending = true;

        int size() {
            return size;
        }

        /** Adds an id of ASCII characters; false when the bytes of all ids no longer fit one array. */
        boolean add(char[] c, int off, int len) {
            if (counting) {
                if (size == 0 ? start(c, off, len) : next(c, off, len)) {
                    size++;
                    return true;
                }
                toBytes();
            }
            if ((long) length + len > Integer.MAX_VALUE - 16) {
                return false;
            }
            if (length + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int)
                        Math.min(Integer.MAX_VALUE - 16L, Math.max((long) bytes.length * 2, (long) length + len)));
            }
            for (int k = 0; k < len; k++) {
                bytes[length + k] = (byte) c[off + k];
            }
            if (ascending && size > 0) {
                ascending = less(bytes, size == 1 ? 0 : ends[size - 2], length, length + len);
            }
            length += len;
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
            }
            ends[size++] = length;
            return true;
        }

        /** Takes the first id apart into a prefix and its last digits (1 to {@link #MAX_WIDTH}). */
        private boolean start(char[] c, int off, int len) {
            int k = len;
            while (k > 0 && c[off + k - 1] >= '0' && c[off + k - 1] <= '9') {
                k--;
            }
            width = len - k;
            if (width == 0 || width > MAX_WIDTH) {
                return false;
            }
            prefix = Arrays.copyOfRange(c, off, off + k);
            first = number(c, off + k, width);
            return true;
        }

        /** Whether the id is the prefix and the next number, with the same width. */
        private boolean next(char[] c, int off, int len) {
            int p = prefix.length;
            if (len != p + width) {
                return false;
            }
            for (int k = 0; k < p; k++) {
                if (c[off + k] != prefix[k]) {
                    return false;
                }
            }
            return number(c, off + p, width) == first + size;
        }

        /** The number of {@code n} characters, or -1 when one is no digit. */
        private static long number(char[] c, int off, int n) {
            long v = 0;
            for (int k = off; k < off + n; k++) {
                int d = c[k] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }

        /** Stops counting: writes the ids so far as bytes. */
        private void toBytes() {
            counting = false;
            int idLen = prefix == null ? 0 : prefix.length + width;
            bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 16L, Math.max(1 << 10, 2L * size * idLen))];
            ends = new int[Math.max(1 << 10, 2 * size)];
            String p = prefix == null ? "" : new String(prefix);
            for (int i = 0; i < size; i++) {
                byte[] id = (p + digits(first + i, width)).getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(id, 0, bytes, length, id.length);
                length += id.length;
                ends[i] = length;
            }
        }

        /** Whether the bytes [a, b) sort before [b, c) (unsigned, as ids are ASCII); short ids: a plain loop. */
        private static boolean less(byte[] x, int a, int b, int c) {
            int n = Math.min(b - a, c - b);
            for (int k = 0; k < n; k++) {
                if (x[a + k] != x[b + k]) {
                    return (x[a + k] & 0xff) < (x[b + k] & 0xff);
                }
            }
            return b - a < c - b;
        }

        IdColumn build() {
            if (counting) {
                return new IdColumn(size, prefix == null ? "" : new String(prefix), width, first, null, null, true);
            }
            return new IdColumn(size, null, 0, 0, Arrays.copyOf(bytes, length), Arrays.copyOf(ends, size), ascending);
        }
    }
}
