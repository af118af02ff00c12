package org.hor.core.internal.columns;

import java.util.Arrays;

/**
 * An immutable column of ints stored in two bytes a value when its values span less than 2<sup>16</sup>
 * (offers and organisations by dictionary number, days as epoch days within 179 years: the usual),
 * else in four.
 */
final class IntColumn {
    private final int size;
    private final int base;
    private final char[] narrow;
    private final int[] wide;

    private IntColumn(int size, int base, char[] narrow, int[] wide) {
        this.size = size;
        this.base = base;
        this.narrow = narrow;
        this.wide = wide;
    }

    /** Returns the first {@code n} values of {@code values} as a column (copied). */
    static IntColumn of(int[] values, int n) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        if (n > 0 && (long) max - min > Character.MAX_VALUE) {
            return new IntColumn(n, 0, null, Arrays.copyOf(values, n));
        }
        int base = n == 0 ? 0 : min;
        char[] narrow = new char[n];
        for (int i = 0; i < n; i++) {
            narrow[i] = (char) (values[i] - base);
        }
        return new IntColumn(n, base, narrow, null);
    }

    /** Returns value {@code i}. */
    int get(int i) {
        return narrow != null ? base + narrow[i] : wide[i];
    }

    /** Returns how many bytes a value takes: 2 or 4. */
    int bytesPerValue() {
        return narrow != null ? 2 : 4;
    }

    /** Returns the values as a new array. */
    int[] toArray() {
        if (wide != null) {
            return wide.clone();
        }
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = base + narrow[i];
        }
        return a;
    }
}
