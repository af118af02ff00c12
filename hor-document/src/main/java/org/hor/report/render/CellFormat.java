package org.hor.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hor.report.document.Cell;
import org.hor.report.document.Inline;
import org.hor.report.document.Paragraph;

/**
 * Formats cells as the built-in renderers show them, for renderers from other jars. The rules are
 * fixed (not the JDK's locale data, which changes between releases): German {@code 1.234,5 %},
 * {@code 1.234,50 €}, {@code 25.11.2026}; English {@code 1,234.5%}, {@code €1,234.50},
 * {@code 25 Nov 2026}; every language but English is formatted as German. Values are rounded half-up
 * to the cell's fraction digits; a no-break space (U+00A0) separates a number from its unit.
 *
 * <p>The HTML, Markdown, PDF and Word renderers format with this class, so a plug-in format shows
 * the same digits: {@code CellFormat.format(Cell.percent(new BigDecimal("71.43")), Locale.GERMAN)}
 * is {@code "71,4 %"} (with a no-break space).
 */
public final class CellFormat {

    private static final String NBSP = "\u00A0";
    /** The minus sign (U+2212) of a change; plain negative numbers keep the hyphen-minus. */
    private static final String MINUS = "\u2212";

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static final Map<String, String> SYMBOLS = Map.of("EUR", "€", "USD", "$", "GBP", "£");

    private CellFormat() {}

    /**
     * Returns the text of a cell: numbers, percentages, money and dates formatted for the locale,
     * texts and status labels as they are, {@code < k} for a suppressed cell, a dash ({@code –}) for
     * an undefined cell and nothing for the empty cell; a noted cell shows its value (the note is
     * the renderer's to place). A change ({@link Cell#asChange()}) has an explicit sign.
     *
     * @param cell   the cell
     * @param locale the language: English, or German for every other language
     * @return the text, empty for the empty cell, never null
     * @throws NullPointerException if an argument is null
     */
    public static String format(Cell cell, Locale locale) {
        return format(cell, isEnglish(locale), cell.isSigned());
    }

    /**
     * Returns the text of a numeric cell as a change, with an explicit sign: {@code +5},
     * {@code −5} (U+2212 MINUS SIGN) and {@code ±0} for a value that rounds to zero. Other cells
     * come back as {@link #format(Cell, Locale)} gives them.
     *
     * @param cell   the cell
     * @param locale the language: English, or German for every other language
     * @return the text, never null
     * @throws NullPointerException if an argument is null
     */
    public static String signed(Cell cell, Locale locale) {
        return format(cell, isEnglish(locale), true);
    }

    /**
     * Returns the text of a paragraph: its text runs, strong runs as plain text, and its values
     * formatted as {@link #format(Cell, Locale)} does.
     *
     * @param paragraph the paragraph
     * @param locale    the language of its values
     * @return the text, never null
     * @throws NullPointerException if an argument is null
     */
    public static String format(Paragraph paragraph, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        StringBuilder text = new StringBuilder();
        for (Inline run : paragraph.content()) {
            if (run instanceof Inline.Text t) {
                text.append(t.text());
            } else if (run instanceof Inline.Strong s) {
                text.append(s.text());
            } else if (run instanceof Inline.Value v) {
                text.append(format(v.cell(), locale));
            } else {
                throw new IllegalStateException(
                        "unknown inline type " + run.getClass().getName());
            }
        }
        return text.toString();
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String format(Cell cell, boolean english, boolean signed) {
        if (cell instanceof Cell.Noted n) {
            return format(n.value(), english, signed);
        } else if (cell instanceof Cell.Text t) {
            return t.text();
        } else if (cell instanceof Cell.Quantity q) {
            String n = decimal(q.value(), q.decimals(), signed, english);
            return q.unit().isEmpty() ? n : n + NBSP + q.unit();
        } else if (cell instanceof Cell.Percent p) {
            String n = decimal(p.value(), p.decimals(), signed, english);
            return english ? n + "%" : n + NBSP + "%";
        } else if (cell instanceof Cell.Money m) {
            return money(m, signed, english);
        } else if (cell instanceof Cell.Date d) {
            return date(d.date(), english);
        } else if (cell instanceof Cell.Status s) {
            return s.label();
        } else if (cell instanceof Cell.Suppressed s) {
            return "<" + NBSP + s.threshold();
        } else if (cell instanceof Cell.Undefined) {
            return "–";
        } else if (cell instanceof Cell.Empty) {
            return "";
        }
        throw new IllegalStateException("unknown cell type " + cell.getClass().getName());
    }

    private static String money(Cell.Money m, boolean signed, boolean english) {
        BigDecimal rounded = m.amount().setScale(m.decimals(), RoundingMode.HALF_UP);
        String sign = sign(rounded, signed);
        String digits = decimal(rounded.abs(), m.decimals(), false, english);
        String symbol = SYMBOLS.get(m.currency());
        if (english) {
            return symbol != null ? sign + symbol + digits : sign + m.currency() + NBSP + digits;
        }
        return sign + digits + NBSP + (symbol != null ? symbol : m.currency());
    }

    /** Returns a date: {@code 25.11.2026} in German, {@code 25 Nov 2026} in English. */
    private static String date(LocalDate date, boolean english) {
        if (english) {
            return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
        }
        return String.format(Locale.ROOT, "%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Returns {@code value} rounded half-up to {@code decimals} digits, grouped for the locale. */
    private static String decimal(BigDecimal value, int decimals, boolean signed, boolean english) {
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
}
