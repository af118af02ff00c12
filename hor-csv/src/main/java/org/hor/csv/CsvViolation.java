package org.hor.csv;

import java.util.Locale;
import java.util.Objects;
import org.hor.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a CSV folder, located the way a spreadsheet user finds it: file, line and column
 * name.
 *
 * <p>The wrapped {@link Violation} is the one the JSON reader would give for the same problem (same
 * rule code, message key and arguments), with these meanings of its location:
 * {@link Violation#pointer()} is the JSON pointer into the dataset being built, such as
 * {@code /deliveries/17/amount} for the cell {@code amount} of the 18th data row of
 * {@code deliveries.csv} (blank rows are not counted); {@code /deliveries} when the problem concerns
 * the file as a whole; {@link Violation#line()} is the physical line of the file where the row
 * starts (the header is line 1; a cell with a line break makes a row span several lines), -1 when
 * the problem concerns the whole file; {@link Violation#column()} is the 1-based position of the
 * column in the file's header, -1 when unknown. {@link Violation#value()} is the cell as written.
 *
 * @param file      the file name, such as {@code deliveries.csv}, or {@code null} when the value
 *                  came from an import option (an {@code asOf} or programme override)
 * @param line      the physical line in the file (1-based), or -1
 * @param column    the column's header name, such as {@code amount} or {@code attributes.language},
 *                  or {@code null} when the problem concerns a whole row or file
 * @param violation the violation, with the rule code, message and value
 */
public record CsvViolation(
        @Nullable String file, long line, @Nullable String column, Violation violation) {

    /**
     * Checks the components.
     *
     * @param file the file name, or {@code null}
     * @param line the physical line (1-based), or -1
     * @param column the column's header name, or {@code null}
     * @param violation the violation
     * @throws NullPointerException if {@code violation} is null
     */
    public CsvViolation {
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
     * Returns where the problem is: {@code deliveries.csv:19 (amount)}, {@code sites.csv:4},
     * {@code sites.csv}, {@code dataset.csv (asOf)}, or {@code (option programmeId)} for an import
     * option.
     *
     * @return the location
     */
    public String location() {
        if (file == null) {
            return "(option " + column + ")";
        }
        StringBuilder b = new StringBuilder(file);
        if (line >= 0) {
            b.append(':').append(line);
        }
        if (column != null) {
            b.append(" (").append(column).append(')');
        }
        return b.toString();
    }

    /**
     * Formats the problem as one line: {@code deliveries.csv:19 (amount) HOR-204 message [1.005]};
     * the value in brackets is left out when there is none, and control characters in it are shown
     * escaped ({@code \n}, {@code \r}, {@code \t}, {@code \u0000}) so that the line stays one line.
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
            b.append(" [").append(escape(violation.value())).append(']');
        }
        return b.toString();
    }

    private static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c <= 0x1F || c >= 0x7F && c <= 0x9F) {
                        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
