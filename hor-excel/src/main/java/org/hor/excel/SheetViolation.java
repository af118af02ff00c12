package org.hor.excel;

import java.util.Locale;
import java.util.Objects;
import org.hor.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a workbook, located the way a spreadsheet user finds it: sheet and cell
 * ({@code deliveries!D19}), with the column's header name.
 *
 * <p>The wrapped {@link Violation} is the one the JSON reader would give for the same problem (same
 * rule code, message key and arguments); its pointer is the JSON pointer into the dataset being
 * built ({@code /deliveries/17/amount}), its line the sheet's row number and its column the
 * 1-based column number. {@link Violation#value()} is the cell as the user sees it.
 *
 * @param sheet     the sheet's name, such as {@code deliveries}, or {@code null} when the value came
 *                  from an import option or the problem concerns the whole workbook
 * @param row       the row number in the sheet (1-based), or -1
 * @param column    the column's header name, such as {@code amount}, or {@code null}
 * @param violation the violation
 */
public record SheetViolation(
        @Nullable String sheet, long row, @Nullable String column, Violation violation) {

    /**
     * Checks the components.
     *
     * @param sheet the sheet's name, or {@code null}
     * @param row the row number (1-based), or -1
     * @param column the column's header name, or {@code null}
     * @param violation the violation
     * @throws NullPointerException if {@code violation} is null
     */
    public SheetViolation {
        Objects.requireNonNull(violation, "violation");
    }

    /**
     * Returns the rule code, such as {@code HOR-204}.
     *
     * @return the code
     */
    public String code() {
        return violation.code();
    }

    /**
     * Returns the cell's address in A1 notation ({@code D19}), or {@code null} when the problem
     * concerns no single cell.
     *
     * @return the address, or {@code null}
     */
    public @Nullable String cell() {
        long c = violation.column();
        return c >= 1 && row >= 1 ? columnLetters((int) c) + row : null;
    }

    /**
     * Returns where the problem is: {@code deliveries!D19 (amount)}, {@code deliveries!19:19} for a
     * row, {@code deliveries} for a sheet, {@code (workbook)} for the whole file, or
     * {@code (option asOf)} for an import option.
     *
     * @return the location
     */
    public String location() {
        if (sheet == null) {
            return column != null ? "(option " + column + ")" : "(workbook)";
        }
        StringBuilder b = new StringBuilder(sheet);
        String cell = cell();
        if (cell != null) {
            b.append('!').append(cell);
        } else if (row >= 1) {
            b.append('!').append(row).append(':').append(row);
        }
        if (column != null) {
            b.append(" (").append(column).append(')');
        }
        return b.toString();
    }

    /**
     * Formats the problem as one line: {@code deliveries!F19 (amount) HOR-204 message [1.005]}; the
     * value in brackets is left out when there is none; control characters in it are escaped.
     *
     * @param locale the locale of the message (English for English locales, else German)
     * @return the line
     */
    public String format(Locale locale) {
        StringBuilder b = new StringBuilder(location())
                .append(' ')
                .append(violation.code())
                .append(' ')
                .append(violation.message(locale));
        if (violation.value() != null) {
            b.append(" [");
            String v = violation.value();
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch < 0x20 || ch >= 0x7F && ch <= 0x9F) {
                    b.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
                } else {
                    b.append(ch);
                }
            }
            b.append(']');
        }
        return b.toString();
    }

    /**
     * Returns the letters of a 1-based column number: 1 is {@code A}, 27 is {@code AA}.
     *
     * @param column the column number, at least 1
     * @return the letters
     * @throws IllegalArgumentException if {@code column} is less than 1
     */
    public static String columnLetters(int column) {
        if (column < 1) {
            throw new IllegalArgumentException("column must be at least 1: " + column);
        }
        StringBuilder b = new StringBuilder();
        int c = column;
        while (c > 0) {
            int r = (c - 1) % 26;
            b.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.toString();
    }
}
