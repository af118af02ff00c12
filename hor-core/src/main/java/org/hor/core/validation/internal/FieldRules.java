package org.hor.core.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The field rules of spec 01 "Types" as plain predicates, shared by constraints and reader. */
public final class FieldRules {

    /** The largest amount, 999 999 999.99. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    /** The largest absolute value of a number, 10⁹. */
    public static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(1_000_000_000L);

    private FieldRules() {}

    /** Returns whether {@code s} is an id: 1 to 64 characters of {@code A–Z a–z 0–9 . _ -}. */
    public static boolean isId(String s) {
        int n = s.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isIdChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns whether {@code c} may stand in an id: {@code A–Z a–z 0–9 . _ -}. */
    public static boolean isIdChar(char c) {
        return c < 128 && ID_CHAR[c];
    }

    private static final boolean[] ID_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ID_CHAR[c] = c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == '-';
        }
    }

    /**
     * Returns whether {@code s} is a text: 1 to 500 code points, at least one not white space, no
     * control character U+0000–U+001F or U+007F–U+009F, no unpaired surrogate (which is no Unicode
     * character and cannot be written as UTF-8).
     */
    public static boolean isText(String s) {
        if (s.isEmpty() || s.length() > 1000 && s.codePointCount(0, s.length()) > 500) {
            return false;
        }
        int count = 0;
        boolean visible = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            count++;
            if (cp <= 0x1F || cp >= 0x7F && cp <= 0x9F || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                visible = true;
            }
        }
        return count <= 500 && visible;
    }

    /** What {@link #epochDay} returns for characters that are no date. */
    public static final int NOT_A_DATE = Integer.MIN_VALUE;

    /**
     * Returns the epoch day of a date {@code uuuu-MM-dd} (four, two and two ASCII digits, and a day
     * that exists in its month), else {@link #NOT_A_DATE}: the one test of a date for the record
     * reader and the columnar reading alike.
     *
     * @param c   characters
     * @param off where the date starts
     * @param len its length
     * @return the epoch day, or {@link #NOT_A_DATE}
     */
    public static int epochDay(char[] c, int off, int len) {
        if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
            return NOT_A_DATE;
        }
        int y = digits(c, off, 4);
        int m = digits(c, off + 5, 2);
        int d = digits(c, off + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return NOT_A_DATE;
        }
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    /** The value of {@code n} ASCII digits, or -1 when one is none. */
    private static int digits(char[] c, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return -1;
            }
            v = v * 10 + c[i] - '0';
        }
        return v;
    }

    /** Returns whether {@code d} is an amount: 0 to 999 999 999.99, at most 2 fraction digits. */
    public static boolean isAmount(BigDecimal d) {
        return d.signum() >= 0 && d.compareTo(MAX_AMOUNT) <= 0 && fractionDigits(d) <= 2;
    }

    /** Returns whether {@code d} is a number: |d| ≤ 10⁹, at most 6 fraction digits. */
    public static boolean isNumber(BigDecimal d) {
        return d.abs().compareTo(MAX_NUMBER) <= 0 && fractionDigits(d) <= 6;
    }

    /** Returns the number of fraction digits of {@code d}'s decimal value (0 for whole values). */
    public static int fractionDigits(BigDecimal d) {
        if (d.scale() <= 0) {
            return 0;
        }
        return Math.max(0, d.stripTrailingZeros().scale());
    }

    /** Returns whether the list has at least 2 elements and no element twice. */
    public static boolean isDistinctPair(List<?> ids) {
        if (ids.size() < 2) {
            return false;
        }
        Set<Object> seen = new HashSet<>();
        for (Object id : ids) {
            if (!seen.add(id)) {
                return false;
            }
        }
        return true;
    }
}
