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

    private Decoding() {
    }

    /**
     * The outcome of decoding: either text, or the first byte that is not text.
     *
     * @param text          the text without byte order mark, or {@code null} on failure
     * @param encoding      the encoding used (or the one that failed; {@link Encoding#AUTO} when both failed)
     * @param byteOrderMark whether the bytes started with the UTF-8 byte order mark
     * @param badOffset     the offset of the first byte that could not be decoded (or, with
     *                      {@code utf8} set, the first byte that is not ASCII), or -1
     * @param utf8          whether decoding as windows-1252 was refused because the bytes are
     *                      UTF-8 with characters beyond ASCII (they would be misread)
     */
    public record Decoded(String text, Encoding encoding, boolean byteOrderMark, long badOffset, boolean utf8) {

        /** Returns whether decoding succeeded. */
        public boolean ok() {
            return text != null;
        }
    }

    /**
     * Decodes {@code bytes} as {@code choice}; see {@link Encoding#AUTO} for the detection rules. A
     * UTF-8 byte order mark is removed. Under {@link Encoding#WINDOWS_1252} bytes that are valid
     * UTF-8 and not all ASCII (a byte order mark included) are refused: read as windows-1252 they
     * would silently become other characters ({@code Ã¤} for {@code ä}).
     *
     * @param bytes  the file's bytes
     * @param choice the encoding chosen
     * @return the text or the failure
     */
    public static Decoded decode(byte[] bytes, Encoding choice) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        switch (choice) {
            case UTF_8:
                return attempt(bytes, start, Encoding.UTF_8, bom);
            case WINDOWS_1252:
                int firstHigh = firstNonAscii(bytes);
                if (firstHigh >= 0 && attempt(bytes, 0, Encoding.UTF_8, false).ok()) {
                    return new Decoded(null, Encoding.WINDOWS_1252, bom, firstHigh, true);
                }
                return attempt(bytes, 0, Encoding.WINDOWS_1252, false);
            case AUTO: {
                Decoded utf8 = attempt(bytes, start, Encoding.UTF_8, bom);
                if (utf8.ok() || bom) {
                    return utf8;
                }
                Decoded cp1252 = attempt(bytes, 0, Encoding.WINDOWS_1252, false);
                return cp1252.ok() ? cp1252 : new Decoded(null, Encoding.AUTO, false, utf8.badOffset(), false);
            }
            default:
                throw new IllegalStateException(choice.name());
        }
    }

    private static Decoded attempt(byte[] bytes, int start, Encoding encoding, boolean bom) {
        CharsetDecoder decoder = (encoding == Encoding.UTF_8 ? StandardCharsets.UTF_8 : encoding.charset()).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            return new Decoded(null, encoding, bom, in.position(), false);
        }
        out.flip();
        return new Decoded(out.toString(), encoding, bom, -1, false);
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
}
