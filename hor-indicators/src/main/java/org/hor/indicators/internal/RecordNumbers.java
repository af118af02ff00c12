package org.hor.indicators.internal;

import java.util.ArrayList;
import java.util.List;

/** Helpers over record numbers of the index: their ids sorted, and the numbers two sorted sets share. */
final class RecordNumbers {

    private RecordNumbers() {}

    /** Returns the ids of {@code records}, made by {@code id}, sorted. */
    static List<String> sortedIds(List<Integer> records, java.util.function.IntFunction<String> id) {
        List<String> ids = new ArrayList<>(records.size());
        for (int r : records) {
            ids.add(id.apply(r));
        }
        ids.sort(String::compareTo);
        return ids;
    }

    /** Returns how many numbers the ascending arrays {@code a} and {@code b} share. */
    static long intersection(int[] a, int[] b) {
        long n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
