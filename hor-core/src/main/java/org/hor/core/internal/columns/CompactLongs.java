package org.hor.core.internal.columns;

import java.util.Arrays;

/**
 * An immutable column of longs stored in four bytes a value: the few values outside the range of an
 * {@code int} (a grant above 21 million in cents, more than 2 147 hours in millionths) are kept
 * apart, sorted by position, and found by binary search. Quantities are such a column, in the
 * reader's columns and in the engine's index.
 */
public final class CompactLongs {
    /** Marks a value kept apart; {@link Integer#MIN_VALUE} itself is kept apart too. */
    private static final int APART = Integer.MIN_VALUE;

    private final int[] values;
    private final int[] apartAt;
    private final long[] apart;

    private CompactLongs(int[] values, int[] apartAt, long[] apart) {
        this.values = values;
        this.apartAt = apartAt;
        this.apart = apart;
    }

    /**
     * Returns the first {@code n} values of {@code longs} as a column.
     *
     * @param longs the values
     * @param n     how many
     * @return the column
     */
    public static CompactLongs of(long[] longs, int n) {
        int[] values = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            long v = longs[i];
            if (v == (int) v && v != APART) {
                values[i] = (int) v;
            } else {
                values[i] = APART;
                count++;
            }
        }
        int[] at = new int[count];
        long[] apart = new long[count];
        for (int i = 0, k = 0; k < count; i++) {
            if (values[i] == APART) {
                at[k] = i;
                apart[k++] = longs[i];
            }
        }
        return new CompactLongs(values, at, apart);
    }

    /** Returns the number of values. */
    public int size() {
        return values.length;
    }

    /**
     * Returns value {@code i}.
     *
     * @param i the position
     * @return the value
     */
    public long get(int i) {
        int v = values[i];
        return v != APART ? v : apart[Arrays.binarySearch(apartAt, i)];
    }

    /** Returns how many values are kept apart (tests). */
    int apartCount() {
        return apart.length;
    }
}
