package org.hor.core.io.internal;

import java.util.Arrays;
import tools.jackson.core.TokenStreamLocation;

/** Packs a line and a column into one {@code long} (line in the high half); -1 means unknown. */
public final class Locations {

    /** An unknown location. */
    public static final long UNKNOWN = -1L;

    private Locations() {}

    /** Packs a Jackson location. */
    public static long pack(TokenStreamLocation l) {
        if (l == null || l.getLineNr() < 0) {
            return UNKNOWN;
        }
        return ((long) l.getLineNr() << 32) | (l.getColumnNr() & 0xFFFF_FFFFL);
    }

    /** Returns the line of a packed location, -1 when unknown. */
    public static long line(long packed) {
        return packed == UNKNOWN ? -1 : (int) (packed >> 32);
    }

    /** Returns the column of a packed location, -1 when unknown. */
    public static long column(long packed) {
        return packed == UNKNOWN ? -1 : (int) packed;
    }

    /** A growable list of packed locations, 8 bytes per record. */
    public static final class List {
        private long[] values = new long[16];
        private int size;

        /** Appends a location. */
        public void add(long packed) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = packed;
        }

        /** Returns location {@code i}, or {@link #UNKNOWN} beyond the end. */
        public long get(int i) {
            return i >= 0 && i < size ? values[i] : UNKNOWN;
        }
    }
}
