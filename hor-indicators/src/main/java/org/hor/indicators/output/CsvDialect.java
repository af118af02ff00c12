package org.hor.indicators.output;

/** The two CSV dialects of spec 04 "Machine formats". */
public enum CsvDialect {
    /** RFC 4180: comma, decimal point, UTF-8 without byte-order mark. */
    CSV(',', '.', false),
    /** German spreadsheets ({@code csv-de}): semicolon, decimal comma, UTF-8 with byte-order mark. */
    CSV_DE(';', ',', true);

    private final char separator;
    private final char decimalSeparator;
    private final boolean byteOrderMark;

    CsvDialect(char separator, char decimalSeparator, boolean byteOrderMark) {
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
    }

    /** {@return the field separator} */
    public char separator() {
        return separator;
    }

    /** {@return the decimal separator of numbers} */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** {@return whether the file starts with a UTF-8 byte-order mark} */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}
