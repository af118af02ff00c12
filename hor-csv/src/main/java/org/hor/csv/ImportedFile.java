package org.hor.csv;

/**
 * How one file of a CSV folder was read: useful to tell a user what auto-detection decided.
 *
 * @param file          the file name, such as {@code deliveries.csv}
 * @param dialect       the dialect it was read in (never {@link Dialect#AUTO})
 * @param encoding      the encoding it was read in (never {@link Encoding#AUTO}); {@link Encoding#WINDOWS_1252}
 *                      under automatic detection means the file was not valid UTF-8
 * @param byteOrderMark whether it started with the UTF-8 byte order mark
 * @param rows          the number of data rows (blank rows not counted), or -1 when the file could not be read
 */
public record ImportedFile(String file, Dialect dialect, Encoding encoding, boolean byteOrderMark, int rows) {}
