package org.hor.core.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds known names close to an unknown one, for "did you mean" hints. */
public final class Similar {

    private Similar() {}

    /**
     * Returns the candidates within Levenshtein distance 3 of {@code name} or with the same first
     * dot-separated segment, in the candidates' order.
     *
     * @param name       the unknown name
     * @param candidates the known names
     * @return the close ones
     */
    public static List<String> to(String name, Collection<String> candidates) {
        String segment = firstSegment(name);
        List<String> close = new ArrayList<>();
        for (String c : candidates) {
            if (firstSegment(c).equals(segment) || distance(name, c, 3) <= 3) {
                close.add(c);
            }
        }
        return close;
    }

    private static String firstSegment(String s) {
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }

    /** Returns the Levenshtein distance of a and b, or {@code limit + 1} when it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
