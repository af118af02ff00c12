package org.hor.report.document;

/**
 * Keeps text from data from reordering the text around it (bidi spoofing: a site name ending in
 * U+202E RIGHT-TO-LEFT OVERRIDE would make a following "30" read "03").
 *
 * <p>{@link #isolate(String)} wraps a text from the data in U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE, after {@link #balance(String) balancing} its own controls, so that nothing in
 * it can close the isolate early or act beyond it. Builders isolate every text from the data they put
 * into a document; the HTML renderer shows an isolate as {@code <bdi>}, the text formats keep the
 * characters, and every renderer balances each text it writes.
 */
public final class Bidi {

    /** U+2068 FIRST STRONG ISOLATE. */
    public static final char FSI = '\u2068';
    /** U+2069 POP DIRECTIONAL ISOLATE. */
    public static final char PDI = '\u2069';

    private static final char PDF = '\u202C';

    private Bidi() {}

    /**
     * {@return {@code text} between FSI and PDI, its own bidi controls balanced; the empty text stays
     * empty}
     *
     * @param text the text, may be null or empty
     */
    public static String isolate(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FSI + balance(text) + PDI;
    }

    /**
     * {@return {@code text} with its explicit bidi controls balanced: a pop directional formatting
     * (U+202C) or isolate (U+2069) without an opener is dropped, and every embedding, override
     * (U+202A, U+202B, U+202D, U+202E) or isolate (U+2066, U+2067, U+2068) still open at the end is
     * closed there, so no control acts beyond the text}
     *
     * @param text the text, may be null or empty
     */
    public static String balance(String text) {
        if (text == null) {
            return null;
        }
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = isControl(text.charAt(i));
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        StringBuilder open = new StringBuilder(); // the open controls: 'e' an embedding or override, 'i' an isolate
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u202A', '\u202B', '\u202D', '\u202E' -> {
                    open.append('e');
                    out.append(c);
                }
                case '\u2066', '\u2067', '\u2068' -> {
                    open.append('i');
                    out.append(c);
                }
                case PDF -> {
                    // closes the last embedding, never across an isolate
                    if (open.length() > 0 && open.charAt(open.length() - 1) == 'e') {
                        open.setLength(open.length() - 1);
                        out.append(c);
                    }
                }
                case PDI -> {
                    // closes the last isolate and every embedding opened after it
                    int last = open.lastIndexOf("i");
                    if (last >= 0) {
                        open.setLength(last);
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        for (int j = open.length() - 1; j >= 0; j--) {
            out.append(open.charAt(j) == 'i' ? PDI : PDF);
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
