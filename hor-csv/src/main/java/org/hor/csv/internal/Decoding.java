package org.hor.csv.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.hor.csv.Encoding;

/** Strict decoding of a file's bytes (never replacement characters), with automatic detection. */
public final class Decoding {

    /** How many leading bytes are looked at to recognise UTF-16 without a byte order mark. */
    private static final int UTF16_SAMPLE = 64;

    private Decoding() {}

    /** Why a file could not be decoded. */
    public enum Problem {
        /** A byte that is no text in the encoding tried. */
        INVALID(null),
        /** windows-1252 was chosen for a file that is UTF-8 with characters beyond ASCII. */
        UTF8_CHOSEN_AS_CP1252("utf8"),
        /** Under automatic detection: UTF-8 characters and a byte that is not UTF-8 in one file. */
        MIXED("mixed"),
        /** The file is UTF-16 (with or without byte order mark) or UTF-32 (with one), which is not read. */
        UTF16("utf16");

        private final String variant;

        Problem(String variant) {
            this.variant = variant;
        }

        /** Returns the message variant of rule {@code HOR-111}, or {@code null} for the plain message. */
        public String variant() {
            return variant;
        }
    }

    /**
     * The outcome of decoding: either text, or where it failed.
     *
     * @param text          the text without byte order mark, or {@code null} on failure
     * @param encoding      the encoding used (or the one that failed; {@link Encoding#AUTO} when both failed)
     * @param byteOrderMark whether the bytes started with the UTF-8 byte order mark
     * @param problem       why decoding failed, or {@code null}
     * @param badOffset     the offset of the byte the problem is reported at (the first byte that is
     *                      not text; for {@link Problem#UTF8_CHOSEN_AS_CP1252} the first byte that is
     *                      not ASCII; for {@link Problem#UTF16} 0), or -1
     * @param utf8Offset    for {@link Problem#MIXED}: the offset of the first UTF-8 sequence of two or
     *                      more bytes, else -1
     * @param utf8Length    for {@link Problem#MIXED}: the length of that sequence, else 0
     * @param utf16         for {@link Problem#UTF16}: {@code UTF-16LE}, {@code UTF-16BE}, {@code UTF-32LE} or
     *                      {@code UTF-32BE}, else {@code null}
     */
    public record Decoded(
            String text,
            Encoding encoding,
            boolean byteOrderMark,
            Problem problem,
            long badOffset,
            long utf8Offset,
            int utf8Length,
            String utf16) {

        /** Returns whether decoding succeeded. */
        public boolean ok() {
            return text != null;
        }

        static Decoded failed(Encoding encoding, boolean bom, Problem problem, long offset) {
            return new Decoded(null, encoding, bom, problem, offset, -1, 0, null);
        }
    }

    /**
     * Decodes {@code bytes} as {@code choice}; see {@link Encoding#AUTO} for the detection rules. A
     * UTF-8 byte order mark is removed. Whatever the choice, UTF-16 (recognised by its byte order
     * mark, or by a zero byte in every other position of the first bytes, as ASCII text in UTF-16
     * has) is refused by name. Under {@link Encoding#WINDOWS_1252} bytes that are valid UTF-8 and
     * not all ASCII (a byte order mark included) are refused: read as windows-1252 they would
     * silently become other characters ({@code Ã¤} for {@code ä}). Under {@link Encoding#AUTO} a
     * file that is not valid UTF-8 but holds a valid UTF-8 sequence of two or more bytes is refused
     * as mixed: reading it as windows-1252 would turn those characters into {@code Ã¤}.
     *
     * @param bytes  the file's bytes
     * @param choice the encoding chosen
     * @return the text or the failure
     */
    public static Decoded decode(byte[] bytes, Encoding choice) {
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        String utf16 = utf16(bytes);
        if (utf16 != null) {
            return new Decoded(null, choice, false, Problem.UTF16, 0, -1, 0, utf16);
        }
        int start = bom ? 3 : 0;
        switch (choice) {
            case UTF_8:
                return attempt(bytes, start, Encoding.UTF_8, bom);
            case WINDOWS_1252:
                int firstHigh = firstNonAscii(bytes);
                if (firstHigh >= 0 && attempt(bytes, 0, Encoding.UTF_8, false).ok()) {
                    return Decoded.failed(Encoding.WINDOWS_1252, bom, Problem.UTF8_CHOSEN_AS_CP1252, firstHigh);
                }
                return attempt(bytes, 0, Encoding.WINDOWS_1252, false);
            case AUTO: {
                Decoded utf8 = attempt(bytes, start, Encoding.UTF_8, bom);
                if (utf8.ok() || bom) {
                    return utf8;
                }
                int sequence = firstUtf8Sequence(bytes);
                if (sequence >= 0) {
                    return new Decoded(
                            null,
                            Encoding.AUTO,
                            false,
                            Problem.MIXED,
                            utf8.badOffset(),
                            sequence,
                            utf8Length(bytes, sequence),
                            null);
                }
                Decoded cp1252 = attempt(bytes, 0, Encoding.WINDOWS_1252, false);
                return cp1252.ok() ? cp1252 : Decoded.failed(Encoding.AUTO, false, Problem.INVALID, utf8.badOffset());
            }
            default:
                throw new IllegalStateException(choice.name());
        }
    }

    private static Decoded attempt(byte[] bytes, int start, Encoding encoding, boolean bom) {
        CharsetDecoder decoder = (encoding == Encoding.UTF_8 ? StandardCharsets.UTF_8 : encoding.charset())
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            return Decoded.failed(encoding, bom, Problem.INVALID, in.position());
        }
        out.flip();
        return new Decoded(out.toString(), encoding, bom, null, -1, -1, 0, null);
    }

    /**
     * Returns {@code UTF-32LE} or {@code UTF-32BE} when the bytes start with that byte order mark
     * (UTF-32 is named rather than taken for UTF-16), {@code UTF-16LE} or {@code UTF-16BE} when the
     * bytes start with that byte order mark,
     * or when the first bytes (at least 4) are pairs of one zero and one non-zero byte, always in
     * the same order, as ASCII text in UTF-16 is; else {@code null}.
     */
    static String utf16(byte[] bytes) {
        if (bytes.length >= 4
                && (bytes[0] & 0xFF) == 0xFF
                && (bytes[1] & 0xFF) == 0xFE
                && bytes[2] == 0
                && bytes[3] == 0) {
            return "UTF-32LE";
        }
        if (bytes.length >= 4
                && bytes[0] == 0
                && bytes[1] == 0
                && (bytes[2] & 0xFF) == 0xFE
                && (bytes[3] & 0xFF) == 0xFF) {
            return "UTF-32BE";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        int pairs = Math.min(bytes.length, UTF16_SAMPLE) / 2;
        if (pairs < 2) {
            return null;
        }
        boolean little = true;
        boolean big = true;
        for (int i = 0; i < pairs; i++) {
            byte a = bytes[2 * i];
            byte b = bytes[2 * i + 1];
            little &= a != 0 && b == 0;
            big &= a == 0 && b != 0;
        }
        return little ? "UTF-16LE" : big ? "UTF-16BE" : null;
    }

    /** Returns the offset of the first valid UTF-8 sequence of two to four bytes, or -1. */
    static int firstUtf8Sequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0 && utf8Length(bytes, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the length (2 to 4) of the valid UTF-8 sequence that starts at {@code i} (shortest
     * form, no surrogates, at most U+10FFFF), or 0 when none starts there.
     */
    static int utf8Length(byte[] bytes, int i) {
        int b0 = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            low = b0 == 0xE0 ? 0xA0 : 0x80;
            high = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            low = b0 == 0xF0 ? 0x90 : 0x80;
            high = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) {
                return 0;
            }
        }
        return length;
    }

    private static int firstNonAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the 1-based line of the byte at {@code offset} (counting {@code \n} bytes before it). */
    public static long lineOf(byte[] bytes, long offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Returns the bytes from {@code offset} on as {@code 0xC3 0xA4}, at most {@code length} of them. */
    public static String hex(byte[] bytes, long offset, int length) {
        StringBuilder b = new StringBuilder();
        for (long i = offset; i < offset + length && i < bytes.length; i++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append("0x")
                    .append(Character.toUpperCase(Character.forDigit((bytes[(int) i] >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(bytes[(int) i] & 0xF, 16)));
        }
        return b.toString();
    }
}
