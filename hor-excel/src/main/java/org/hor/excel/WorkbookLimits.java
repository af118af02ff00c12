package org.hor.excel;

/**
 * Limits on an untrusted workbook, checked before and while it is read; a workbook beyond any of
 * them is refused with rule {@code HOR-112}.
 *
 * @param maxFileBytes        the largest workbook file (default 512 MiB, as the JSON reader)
 * @param maxUnpackedBytes    the most bytes all parts may unpack to, counted while inflating (default 4 GiB)
 * @param maxCompressionRatio the highest ratio of a part's unpacked to packed size, checked from 1 MiB
 *                            unpacked on (default 200; real sheets stay below 100)
 * @param maxParts            the most parts (zip entries) a workbook may have (default 10 000)
 * @param maxRows             the most rows of one sheet, blank ones included (default 1 048 576, Excel's own limit)
 * @param maxColumns          the most columns of one row (default 256)
 * @param maxTextLength       the longest text of one cell (default 32 767, Excel's own limit)
 */
public record WorkbookLimits(
        long maxFileBytes,
        long maxUnpackedBytes,
        long maxCompressionRatio,
        int maxParts,
        int maxRows,
        int maxColumns,
        int maxTextLength) {

    /**
     * Checks the limits.
     *
     * @param maxFileBytes the largest workbook file in bytes
     * @param maxUnpackedBytes the most bytes all parts may unpack to
     * @param maxCompressionRatio the highest unpacked to packed ratio of a part
     * @param maxParts the most parts (zip entries)
     * @param maxRows the most rows of one sheet
     * @param maxColumns the most columns of one row
     * @param maxTextLength the longest text of one cell
     * @throws IllegalArgumentException if a limit is not positive
     */
    public WorkbookLimits {
        if (maxFileBytes <= 0
                || maxUnpackedBytes <= 0
                || maxCompressionRatio <= 0
                || maxParts <= 0
                || maxRows <= 0
                || maxColumns <= 0
                || maxTextLength <= 0) {
            throw new IllegalArgumentException("every workbook limit must be positive: " + this);
        }
    }

    /**
     * Returns the defaults.
     *
     * @return the default limits
     */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(512L << 20, 4L << 30, 200, 10_000, 1_048_576, 256, 32_767);
    }

    /**
     * Returns these limits with another largest file size.
     *
     * @param bytes the largest file, in bytes
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public WorkbookLimits withMaxFileBytes(long bytes) {
        return new WorkbookLimits(
                bytes, maxUnpackedBytes, maxCompressionRatio, maxParts, maxRows, maxColumns, maxTextLength);
    }

    /**
     * Returns these limits with another largest unpacked size.
     *
     * @param bytes the most bytes all parts may unpack to
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public WorkbookLimits withMaxUnpackedBytes(long bytes) {
        return new WorkbookLimits(
                maxFileBytes, bytes, maxCompressionRatio, maxParts, maxRows, maxColumns, maxTextLength);
    }

    /**
     * Returns these limits with another most rows of a sheet.
     *
     * @param rows the most rows
     * @return the new limits
     * @throws IllegalArgumentException if {@code rows} is not positive
     */
    public WorkbookLimits withMaxRows(int rows) {
        return new WorkbookLimits(
                maxFileBytes, maxUnpackedBytes, maxCompressionRatio, maxParts, rows, maxColumns, maxTextLength);
    }
}
