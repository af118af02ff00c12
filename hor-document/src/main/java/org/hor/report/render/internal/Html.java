package org.hor.report.render.internal;

/**
 * Escapes text for HTML and SVG text content and double-quoted attribute values. Every character
 * that could end a text run or an attribute ({@code & < > " '}) becomes a character reference;
 * control characters other than tab, line feed and carriage return, lone surrogates and
 * non-characters become U+FFFD, so data can neither open markup nor break the file.
 */
final class Html {

    private Html() {
    }

    /** Returns {@code text} escaped for text content and double-quoted attributes alike. */
    static String escape(String text) {
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
