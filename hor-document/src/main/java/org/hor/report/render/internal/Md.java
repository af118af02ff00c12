package org.hor.report.render.internal;

import org.hor.report.document.Bidi;

/**
 * Escapes text from data for GitHub-flavoured Markdown, so that it is shown as written: no
 * emphasis, links, HTML, table breaks or block markers can come from the data.
 */
final class Md {

    private static final String SPECIAL = "\\`*_[]<>|~&#!";

    private Md() {}

    /** Returns {@code text} escaped for inline use; line breaks become spaces. */
    static String inline(String text) {
        String flat = Bidi.balance(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Returns {@code text} escaped for the start of a block: also no list, heading or quote markers. */
    static String block(String text) {
        String escaped = inline(text);
        int digits = 0;
        while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
            digits++;
        }
        if (digits > 0
                && digits < escaped.length()
                && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
            return escaped.substring(0, digits) + '\\' + escaped.substring(digits);
        }
        if (!escaped.isEmpty() && "-+=".indexOf(escaped.charAt(0)) >= 0) {
            return '\\' + escaped;
        }
        return escaped;
    }

    /** Returns a footnote marker in superscript digits, such as {@code ¹²}. */
    static String superscript(int number) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
