package org.hor.core.io;

/**
 * Limits that protect a reader from oversized or hostile documents. Exceeding one is a violation
 * ({@code LIMIT_*} rule codes), never an exception. The defaults suit files of up to half a
 * gigabyte; raise {@link #maxDocumentBytes()} for national-scale files (the reader streams, so
 * memory grows with the records, not with the text).
 *
 * @param maxDocumentBytes the largest document, in bytes (&gt; 0)
 * @param maxNestingDepth  the deepest nesting of objects and arrays (&gt; 0)
 * @param maxStringLength  the longest string or property name, in characters (&gt; 0)
 * @param maxNumberLength  the longest number literal, in characters (&gt; 0)
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    /**
     * Checks the limits.
     *
     * @param maxDocumentBytes the largest document, in bytes (&gt; 0)
     * @param maxNestingDepth the deepest nesting of objects and arrays (&gt; 0)
     * @param maxStringLength the longest string or property name, in characters (&gt; 0)
     * @param maxNumberLength the longest number literal, in characters (&gt; 0)
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        positive("maxDocumentBytes", maxDocumentBytes);
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /**
     * Returns the defaults: 512 MiB, depth 64, strings of 1 Mi characters (a text field's own rule
     * reports anything over 500 code points), numbers of 100 characters.
     *
     * @return the default limits
     */
    public static ReadLimits defaults() {
        return new ReadLimits(512L * 1024 * 1024, 64, 1024 * 1024, 100);
    }

    /**
     * Returns these limits with another document size.
     *
     * @param bytes the largest document, in bytes
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /**
     * Returns these limits with another nesting depth.
     *
     * @param depth the deepest nesting
     * @return the new limits
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
    }

    /**
     * Returns these limits with another string length.
     *
     * @param length the longest string, in characters
     * @return the new limits
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength);
    }

    /**
     * Returns these limits with another number length.
     *
     * @param length the longest number literal, in characters
     * @return the new limits
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length);
    }
}
