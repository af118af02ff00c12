package org.hor.excel.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

/**
 * One non-empty cell of a sheet, kept small: its kind, its value as the file stores it, and what its
 * number format says (a date, how many decimals).
 */
public final class XCell {

    /** A text cell. */
    public static final byte TEXT = 0;
    /** A number cell (or a formula's cached number). */
    public static final byte NUMBER = 1;
    /** A boolean cell. */
    public static final byte BOOLEAN = 2;
    /** An error value such as {@code #DIV/0!}. */
    public static final byte ERROR = 3;
    /** A formula without a cached result. */
    public static final byte NO_RESULT = 4;

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final Set<String> ERROR_VALUES = Set.of(
            "#NULL!",
            "#DIV/0!",
            "#VALUE!",
            "#REF!",
            "#NAME?",
            "#NUM!",
            "#N/A",
            "#GETTING_DATA",
            "#SPILL!",
            "#CALC!",
            "#FIELD!",
            "#BLOCKED!",
            "#UNKNOWN!");

    final byte kind;
    final String raw;
    final boolean formula;
    final boolean dateFormat;
    final byte decimals;
    final String formulaText;

    XCell(byte kind, String raw, boolean formula, boolean dateFormat, int decimals, String formulaText) {
        this.kind = kind;
        this.raw = raw;
        this.formula = formula;
        this.dateFormat = dateFormat;
        this.decimals = (byte) Math.max(-1, Math.min(decimals, 30));
        this.formulaText = formulaText;
    }

    /** Returns whether a formula's cached text is an Excel error value. */
    static boolean isErrorValue(String text) {
        return ERROR_VALUES.contains(text);
    }

    /**
     * Returns the number as the user means it: the stored double to Excel's 15 significant digits,
     * without trailing zeros, and with as many decimals as the cell's format shows when the value
     * has no more ({@code 1500.5} formatted {@code 0.00} is {@code 1500.50}).
     */
    BigDecimal number() {
        BigDecimal d = new BigDecimal(raw);
        if (d.precision() > 15) {
            d = d.round(EXCEL_DIGITS);
        }
        d = d.stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (decimals > d.scale()) {
            d = d.setScale(decimals);
        }
        return d;
    }

    /**
     * Returns the day of a date serial number, or {@code null} when the number is no whole day
     * Excel can show (before 1900-01-01, the phantom 1900-02-29, a fraction, beyond 9999).
     */
    LocalDate date(boolean date1904) {
        BigDecimal d;
        try {
            d = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
        if (d.signum() <= 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return null;
        }
        long serial = d.longValueExact();
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(serial);
        }
        if (serial == 60) {
            return null;
        }
        return LocalDate.of(1899, 12, 31).plusDays(serial < 60 ? serial : serial - 1);
    }

    /** Returns the text a user sees, for messages (dates as YYYY-MM-DD). */
    String text(boolean date1904) {
        switch (kind) {
            case NUMBER:
                if (dateFormat) {
                    LocalDate day = date(date1904);
                    if (day != null) {
                        return day.toString();
                    }
                }
                try {
                    return number().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            case BOOLEAN:
                return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case NO_RESULT:
                return "=" + formulaText;
            default:
                return raw;
        }
    }
}
