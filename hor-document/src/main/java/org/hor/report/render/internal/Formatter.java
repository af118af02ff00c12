package org.hor.report.render.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.hor.report.document.Cell;

/**
 * Formats cells for a locale with fixed rules (not the JDK's locale data, which changes between
 * releases): German {@code 1.234,5 %}, {@code 1.234,50 €}, {@code 25.11.2026}; English
 * {@code 1,234.5%}, {@code €1,234.50}, {@code 25 Nov 2026}. Values are rounded half-up to the
 * cell's fraction digits; a no-break space separates a number from its unit.
 */
final class Formatter {

    /** The no-break space between a number and its unit. */
    static final String NBSP = "\u00A0";

    /** The minus sign (U+2212) of a change; plain negative numbers keep the hyphen-minus. */
    static final String MINUS = "\u2212";

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final Map<String, String> SYMBOLS = Map.of("EUR", "€", "USD", "$", "GBP", "£");

    private final boolean english;
    private final Labels labels;

    Formatter(Locale locale) {
        this.english = Labels.isEnglish(locale);
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
        return format(cell, cell.isSigned());
    }

    /**
     * Returns the text of a numeric cell as a change, with an explicit sign: {@code +5},
     * {@code −5} (U+2212 MINUS SIGN) and {@code ±0} for a value that rounds to zero.
     */
    String signed(Cell cell) {
        return format(cell, true);
    }

    private String format(Cell cell, boolean signed) {
        if (cell instanceof Cell.Noted n) {
            return format(n.value(), signed);
        } else if (cell instanceof Cell.Text t) {
            return t.text();
        } else if (cell instanceof Cell.Quantity q) {
            String n = decimal(q.value(), q.decimals(), signed);
            return q.unit().isEmpty() ? n : n + NBSP + q.unit();
        } else if (cell instanceof Cell.Percent p) {
            String n = decimal(p.value(), p.decimals(), signed);
            return english ? n + "%" : n + NBSP + "%";
        } else if (cell instanceof Cell.Money m) {
            return money(m, signed);
        } else if (cell instanceof Cell.Date d) {
            return date(d.date());
        } else if (cell instanceof Cell.Status s) {
            return s.label();
        } else if (cell instanceof Cell.Suppressed s) {
            return "<" + NBSP + s.threshold();
        } else if (cell instanceof Cell.Undefined) {
            return "–";
        }
        return "";
    }

    private String money(Cell.Money m, boolean signed) {
        BigDecimal rounded = m.amount().setScale(m.decimals(), RoundingMode.HALF_UP);
        String sign = sign(rounded, signed);
        String digits = decimal(rounded.abs(), m.decimals(), false);
        String symbol = SYMBOLS.get(m.currency());
        if (english) {
            return symbol != null ? sign + symbol + digits : sign + m.currency() + NBSP + digits;
        }
        return sign + digits + NBSP + (symbol != null ? symbol : m.currency());
    }

    /** Returns a date: {@code 25.11.2026} in German, {@code 25 Nov 2026} in English. */
    String date(LocalDate date) {
        if (english) {
            return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
        }
        return String.format(Locale.ROOT, "%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    /** Returns {@code value} rounded half-up to {@code decimals} digits, grouped for the locale. */
    String decimal(BigDecimal value, int decimals, boolean signed) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        char group = english ? ',' : '.';
        StringBuilder out = new StringBuilder();
        out.append(sign(rounded, signed));
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(english ? '.' : ',').append(fraction);
        }
        return out.toString();
    }

    /**
     * Returns the sign put before a rounded value: {@code -} for a negative value, nothing else;
     * for a change {@code +}, {@code −} (U+2212) or {@code ±} for zero.
     */
    private static String sign(BigDecimal rounded, boolean signed) {
        if (!signed) {
            return rounded.signum() < 0 ? "-" : "";
        }
        return rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? MINUS : "±";
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
