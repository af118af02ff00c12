package org.hor.report.render.internal;

import java.util.Locale;
import org.hor.report.document.Cell;
import org.hor.report.render.CellFormat;

/**
 * Formats cells for a locale, and the footnotes they need, for the built-in renderers. The digits
 * come from the exported {@link CellFormat}, so plug-in formats show exactly what HTML shows.
 */
final class Formatter {

    private final Locale locale;
    private final Labels labels;

    Formatter(Locale locale) {
        this.locale = locale;
        this.labels = Labels.of(locale);
    }

    /** Returns the labels of the same locale. */
    Labels labels() {
        return labels;
    }

    /**
     * Returns the text of a cell: numbers, percentages, money and dates formatted, texts and
     * status labels as they are, {@code < k} for a suppressed cell, a dash for an undefined cell and
     * nothing for the empty cell.
     */
    String format(Cell cell) {
        return CellFormat.format(cell, locale);
    }

    /**
     * Returns the text of a numeric cell as a change, with an explicit sign: {@code +5},
     * {@code −5} (U+2212 MINUS SIGN) and {@code ±0} for a value that rounds to zero.
     */
    String signed(Cell cell) {
        return CellFormat.signed(cell, locale);
    }

    /**
     * Returns the text of the note an undefined or suppressed cell needs, or a noted cell's note,
     * or {@code null} for a cell that needs none. (Renderers mark a noted cell's value first, so
     * an undefined value with a note gets both notes.)
     */
    String noteFor(Cell cell) {
        if (cell instanceof Cell.Noted n) {
            return n.note();
        }
        if (cell instanceof Cell.Suppressed s) {
            return labels.get("suppressed.note", s.threshold());
        }
        if (cell instanceof Cell.Undefined u) {
            String text = "– " + labels.reason(u.reason());
            return u.message().isEmpty() ? text : text + ": " + u.message();
        }
        return null;
    }

    /** Returns a short text for assistive technology: the reason of an undefined cell. */
    String reasonOf(Cell.Undefined u) {
        return u.message().isEmpty() ? labels.reason(u.reason()) : labels.reason(u.reason()) + ": " + u.message();
    }
}
