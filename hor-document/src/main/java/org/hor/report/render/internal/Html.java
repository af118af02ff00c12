package org.hor.report.render.internal;

import org.hor.report.document.Bidi;

/**
 * Escapes text for HTML and SVG text content and double-quoted attribute values. Every character
 * that could end a text run or an attribute ({@code & < > " '}) becomes a character reference;
 * control characters other than tab, line feed and carriage return, lone surrogates and
 * non-characters become U+FFFD, so data can neither open markup nor break the file.
 */
final class Html {

    private Html() {}

    /**
     * Returns {@code text} escaped for element content: as {@link #escape(String)}, and each isolate
     * U+2068 … U+2069 (what builders put around a text from the data) becomes {@code <bdi>…</bdi>}.
     */
    static String content(String text) {
        String escaped = escape(text);
        if (escaped.indexOf(Bidi.FSI) < 0) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(escaped.length() + 16);
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>(); // true: an FSI shown as <bdi>
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == Bidi.FSI) {
                out.append("<bdi>");
                open.push(true);
            } else if (c == '\u2066' || c == '\u2067') {
                out.append(c);
                open.push(false);
            } else if (c == Bidi.PDI && !open.isEmpty()) {
                out.append(open.pop() ? "</bdi>" : String.valueOf(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Returns {@code text} escaped for text content and double-quoted attributes alike; its bidi
     * controls balanced ({@link Bidi#balance(String)}), so none acts beyond it.
     */
    static String escape(String text) {
        text = Bidi.balance(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowed(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
            i += width;
        }
        return out.toString();
    }

    /**
     * Returns {@code text} with the characters that no document may hold (control characters other
     * than tab, line feed and carriage return, lone surrogates, non-characters) replaced by U+FFFD;
     * everything else, bidi controls and right-to-left scripts included, stays. The same rule as
     * {@link #escape(String)}, for formats that escape markup their own way (PDF, Word).
     */
    static String clean(String text) {
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

    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return false;
        }
        return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }
}
