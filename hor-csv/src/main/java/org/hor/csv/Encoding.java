package org.hor.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The character encoding of a CSV file. Files are always decoded strictly: bytes that are not text
 * in the encoding are reported (rule {@code HOR-111}), never replaced or guessed silently.
 *
 * <ul>
 * <li>{@link #UTF_8}: UTF-8, with or without a byte order mark (the mark is removed).</li>
 * <li>{@link #WINDOWS_1252}: the code page of older Windows spreadsheet programs in Western Europe
 *     (its five unassigned bytes {@code 0x81 0x8D 0x8F 0x90 0x9D} are errors). A file that is valid
 *     UTF-8 with characters beyond ASCII is refused under this choice: read as windows-1252 its
 *     {@code ä} would silently become {@code Ã¤}.</li>
 * <li>{@link #AUTO} (import only), per file: a file that starts with the UTF-8 byte order mark, or
 *     whose bytes are valid UTF-8, is UTF-8; a file that is not valid UTF-8 but holds a valid UTF-8
 *     sequence of two or more bytes mixes encodings (a UTF-8 file with one windows-1252 byte) and
 *     is reported with both places, as windows-1252 would garble its UTF-8 characters; otherwise,
 *     when it is valid windows-1252, it is read as windows-1252 and the import says so
 *     ({@link ImportedFile#encoding()}); otherwise it is reported at its first byte that is not
 *     UTF-8. Plain ASCII is UTF-8.</li>
 * </ul>
 *
 * <p>Under every choice a UTF-16 file (byte order mark {@code FF FE} or {@code FE FF}, or ASCII text
 * with a zero byte in every other position) is reported as UTF-16, not read. Every report names the
 * line, the byte offset from the start of the file (0-based) and the byte.
 */
public enum Encoding {
    /** UTF-8 when valid, else windows-1252 when valid (with a note), else an error. */
    AUTO,
    /** UTF-8 (a leading byte order mark is allowed and removed). */
    UTF_8,
    /** windows-1252 (cp1252). */
    WINDOWS_1252;

    /**
     * Returns the encoding named {@code name}, ignoring case: {@code auto}, {@code UTF-8}
     * ({@code utf8}), {@code windows-1252} ({@code cp1252}).
     *
     * @param name the name, as given on a command line
     * @return the encoding
     * @throws IllegalArgumentException if the name is none of these
     */
    public static Encoding of(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "utf-8", "utf8", "utf_8" -> UTF_8;
            case "windows-1252", "cp1252", "windows_1252" -> WINDOWS_1252;
            default -> throw new IllegalArgumentException("encoding must be auto, UTF-8 or windows-1252: " + name);
        };
    }

    /**
     * Returns the charset.
     *
     * @return UTF-8 or windows-1252
     * @throws IllegalStateException for {@link #AUTO}, which is no charset
     */
    public Charset charset() {
        return switch (this) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case WINDOWS_1252 -> Charset.forName("windows-1252");
            case AUTO -> throw new IllegalStateException("AUTO is no charset; detect the encoding first");
        };
    }

    /**
     * Returns the usual name: {@code UTF-8}, {@code windows-1252} or {@code auto}.
     *
     * @return the name
     */
    public String displayName() {
        return switch (this) {
            case UTF_8 -> "UTF-8";
            case WINDOWS_1252 -> "windows-1252";
            case AUTO -> "auto";
        };
    }
}
