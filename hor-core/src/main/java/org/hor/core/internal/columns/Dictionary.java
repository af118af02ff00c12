package org.hor.core.internal.columns;

import java.util.Arrays;

/**
 * Distinct ids given as character ranges, numbered in order of first appearance. Ids that are the
 * first id's prefix and a number of as many digits (the usual: {@code O-00042}) are found by their
 * number in an array; others of up to 16 characters are packed into two {@code long}s and found
 * without touching a string: id characters are ASCII and never 0, so the packing is exact.
 */
final class Dictionary {
    private String[] keys = new String[16];
    private int count;
    // short keys: four longs a slot (key, key, entry + 1 with 0 = free, unused), so that a
    // lookup touches one cache line
    private long[] packed = new long[4 * 64];
    private int packedCount;
    // longer keys: their hash by entry, and a table of entry + 1
    private int[] hashes = new int[16];
    private int[] table = new int[64];
    private int longCount;

    // numbered keys, one prefix and a fixed number of digits as the first key has them (O-00042):
    // entry + 1 by number, found without hashing in an array that stays in the cache
    private char[] prefix;
    private int width;
    private int[] byNumber = new int[0];
    /** The largest number kept in {@link #byNumber} is below this or four times the entries. */
    private static final int NUMBERED = 1 << 20;

    int index(char[] chars, int off, int len) {
        int n = number(chars, off, len);
        if (n >= 0 && n < byNumber.length && byNumber[n] != 0) {
            return byNumber[n] - 1;
        }
        int entry = hashed(chars, off, len);
        if (n >= 0 && (n < byNumber.length || n < Math.max(NUMBERED, 4L * count))) {
            if (n >= byNumber.length) {
                byNumber = Arrays.copyOf(byNumber, Math.max(n + 1, 2 * byNumber.length));
            }
            byNumber[n] = entry + 1;
        }
        return entry;
    }

    /**
     * Returns the entry of a key found by its number alone, else -1: exactly a key added before, as a
     * key of the first key's prefix and width is one string of prefix and number (a caller that
     * checks keys before adding them need not check this one again).
     */
    int numbered(char[] chars, int off, int len) {
        int n = number(chars, off, len);
        return n >= 0 && n < byNumber.length ? byNumber[n] - 1 : -1;
    }

    /**
     * The number of a key of the first key's prefix and width of its last digits (1 to 9), else -1;
     * a key is one string of prefix and number, so the number finds it exactly.
     */
    private int number(char[] chars, int off, int len) {
        if (prefix == null) {
            int k = len;
            while (k > 0 && chars[off + k - 1] >= '0' && chars[off + k - 1] <= '9') {
                k--;
            }
            prefix = Arrays.copyOfRange(chars, off, off + k);
            width = len - k > 9 ? 0 : len - k;
        }
        if (width == 0 || len != prefix.length + width) {
            return -1;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (chars[off + k] != prefix[k]) {
                return -1;
            }
        }
        int v = 0;
        for (int k = off + prefix.length; k < off + len; k++) {
            int d = chars[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private int hashed(char[] chars, int off, int len) {
        if (len <= 16) {
            long a = 0;
            long b = 0;
            int split = Math.min(len, 8);
            for (int k = 0; k < split; k++) {
                a = a << 8 | chars[off + k];
            }
            for (int k = split; k < len; k++) {
                b = b << 8 | chars[off + k];
            }
            return packed(a, b, chars, off, len);
        }
        return longKey(chars, off, len);
    }

    private int packed(long a, long b, char[] chars, int off, int len) {
        long[] t = packed;
        int mask = (t.length >> 2) - 1;
        int slot = mix64(a, b) & mask;
        long e;
        while ((e = t[4 * slot + 2]) != 0) {
            if (t[4 * slot] == a && t[4 * slot + 1] == b) {
                return (int) e - 1;
            }
            slot = (slot + 1) & mask;
        }
        int entry = add(new String(chars, off, len), 0);
        t[4 * slot] = a;
        t[4 * slot + 1] = b;
        t[4 * slot + 2] = entry + 1;
        if (++packedCount * 2 > mask + 1) {
            long[] bigger = new long[t.length * 2];
            int m = (bigger.length >> 2) - 1;
            for (int i = 0; i <= mask; i++) {
                if (t[4 * i + 2] != 0) {
                    int at = mix64(t[4 * i], t[4 * i + 1]) & m;
                    while (bigger[4 * at + 2] != 0) {
                        at = (at + 1) & m;
                    }
                    System.arraycopy(t, 4 * i, bigger, 4 * at, 3);
                }
            }
            packed = bigger;
        }
        return entry;
    }

    private static int mix64(long a, long b) {
        long h = (a * 0x9E3779B97F4A7C15L + b) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    private int add(String key, int hash) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        keys[count] = key;
        hashes[count] = hash;
        return count++;
    }

    private int longKey(char[] chars, int off, int len) {
        int h = DeliveryColumns.mix(DeliveryColumns.hash(chars, off, off + len));
        int mask = table.length - 1;
        int slot = h & mask;
        int e;
        while ((e = table[slot]) != 0) {
            if (hashes[e - 1] == h && matches(keys[e - 1], chars, off, len)) {
                return e - 1;
            }
            slot = (slot + 1) & mask;
        }
        int entry = add(new String(chars, off, len), h);
        table[slot] = entry + 1;
        if (++longCount * 2 > table.length) {
            int[] t = new int[table.length * 2];
            int m = t.length - 1;
            for (int old : table) {
                if (old != 0) {
                    int at = hashes[old - 1] & m;
                    while (t[at] != 0) {
                        at = (at + 1) & m;
                    }
                    t[at] = old;
                }
            }
            table = t;
        }
        return entry;
    }

    private static boolean matches(String key, char[] chars, int off, int len) {
        if (key.length() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (key.charAt(k) != chars[off + k]) {
                return false;
            }
        }
        return true;
    }

    String[] keys() {
        return Arrays.copyOf(keys, count);
    }
}
