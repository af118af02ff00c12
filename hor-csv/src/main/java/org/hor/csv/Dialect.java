package org.hor.csv;

import java.util.Locale;

/**
 * How a CSV file separates cells and writes numbers and dates.
 *
 * <ul>
 * <li>{@link #STANDARD}: cells separated by {@code ,}, decimal point ({@code 1500.50}), dates
 *     {@code YYYY-MM-DD}.</li>
 * <li>{@link #GERMAN}: what a spreadsheet program with German settings writes: cells separated by
 *     {@code ;}, decimal comma ({@code 1500,50}, no thousands separators), dates {@code TT.MM.JJJJ}
 *     or {@code YYYY-MM-DD}, often a UTF-8 byte order mark.</li>
 * <li>{@link #AUTO} (import only): per file, {@link #GERMAN} when its header line holds more
 *     {@code ;} than {@code ,}, else {@link #STANDARD}.</li>
 * </ul>
 *
 * <p>In both dialects a boolean is {@code true}/{@code false} (also {@code wahr}/{@code falsch}, any
 * case) and a list of ids is written {@code S1|S2}.
 */
public enum Dialect {
    /** Detect from each file's header line (import only). */
    AUTO,
    /** {@code ,} between cells, decimal point, ISO dates. */
    STANDARD,
    /** {@code ;} between cells, decimal comma, dates {@code TT.MM.JJJJ} (ISO also read). */
    GERMAN;

    /**
     * Returns the dialect named {@code name}, ignoring case: {@code auto}, {@code standard} or
     * {@code german} (also {@code de}).
     *
     * @param name the name, as given on a command line
     * @return the dialect
     * @throws IllegalArgumentException if the name is none of these
     */
    public static Dialect of(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "standard" -> STANDARD;
            case "german", "de" -> GERMAN;
            default -> throw new IllegalArgumentException("dialect must be auto, standard or german: " + name);
        };
    }

    /**
     * Returns the character between cells.
     *
     * @return {@code ,} or {@code ;}
     * @throws IllegalStateException for {@link #AUTO}, which has none
     */
    public char separator() {
        return switch (this) {
            case STANDARD -> ',';
            case GERMAN -> ';';
            case AUTO -> throw new IllegalStateException("AUTO has no separator; detect the dialect first");
        };
    }
}
