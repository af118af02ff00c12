package org.hor.pdf.internal;

/**
 * Makes data text safe to put into a document: control characters other than tab, line feed and
 * carriage return, lone surrogates and non-characters become U+FFFD, as in the HTML renderer.
 * Everything else, bidi controls and right-to-left scripts included, stays as it is.
 */
public final class Text {

    private Text() {
    }

    /** Returns {@code text} with characters that no document may hold replaced by U+FFFD. */
    public static String clean(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!allowed(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return false;
        }
        if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
            return false;
        }
        return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }
}
