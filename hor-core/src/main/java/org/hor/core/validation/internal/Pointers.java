package org.hor.core.validation.internal;

import java.util.Comparator;
import java.util.List;
import org.hor.core.validation.Violation;

/** JSON pointers: escaping and a stable order (document order of the top-level fields, indices numerically). */
public final class Pointers {

    /** The top-level fields in the order of spec 01. */
    public static final List<String> TOP_LEVEL = List.of(
            "formatVersion",
            "asOf",
            "programme",
            "sites",
            "organisations",
            "offers",
            "deliveries",
            "cooperations",
            "outcomes",
            "exchanges",
            "targets",
            "budgets",
            "measurements",
            "supportActions");

    /** Orders pointers: top-level fields in spec order, then segment by segment, numbers numerically. */
    public static final Comparator<String> ORDER = Pointers::compare;

    /** Orders violations by pointer, then code, then message key. */
    public static final Comparator<Violation> BY_POINTER = Comparator.comparing(Violation::pointer, ORDER)
            .thenComparing(Violation::code)
            .thenComparing(Violation::messageKey);

    /** Orders violations by line and column (unknown last), then {@link #BY_POINTER}. */
    public static final Comparator<Violation> BY_LOCATION = Comparator.comparingLong(
                    (Violation v) -> v.line() < 0 ? Long.MAX_VALUE : v.line())
            .thenComparingLong(v -> v.column() < 0 ? Long.MAX_VALUE : v.column())
            .thenComparing(BY_POINTER);

    private Pointers() {}

    /** Escapes one reference token ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String escape(String token) {
        return org.hor.core.validation.Violation.escapePointerToken(token);
    }

    private static int compare(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 1; i < Math.min(x.length, y.length); i++) {
            int c = i == 1 ? Integer.compare(rank(x[1]), rank(y[1])) : 0;
            if (c == 0) {
                c = compareSegment(x[i], y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int rank(String top) {
        int r = TOP_LEVEL.indexOf(top);
        return r < 0 ? TOP_LEVEL.size() : r;
    }

    private static int compareSegment(String a, String b) {
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
