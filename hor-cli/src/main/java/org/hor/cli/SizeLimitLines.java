package org.hor.cli;

import org.hor.core.validation.RuleCode;
import org.hor.core.validation.Violation;
import org.hor.csv.CsvViolation;

/**
 * The lines of violations as the command line prints them: as the library formats them, except
 * that a file over the size limit ({@code HOR-101}) names the option {@code --max-size} rather than
 * the library call that raises the limit.
 */
final class SizeLimitLines {

    private static final long MIB = 1024L * 1024;

    private SizeLimitLines() {}

    /** Returns the line of a violation of a JSON dataset. */
    static String line(Violation v, Messages messages, long maxSizeMb) {
        if (!isSizeLimit(v)) {
            return v.format(messages.locale());
        }
        StringBuilder b = new StringBuilder(v.pointer().isEmpty() ? "(root)" : v.pointer());
        if (v.line() >= 0) {
            b.append(" (").append(v.line()).append(':').append(v.column()).append(')');
        }
        return withValue(b.append(' ').append(v.code()).append(' ').append(message(v, messages, maxSizeMb)), v);
    }

    /** Returns the line of a violation of a CSV folder. */
    static String line(CsvViolation v, Messages messages, long maxSizeMb) {
        if (!isSizeLimit(v.violation())) {
            return v.format(messages.locale());
        }
        StringBuilder b = new StringBuilder(v.location())
                .append(' ')
                .append(v.code())
                .append(' ')
                .append(message(v.violation(), messages, maxSizeMb));
        return withValue(b, v.violation());
    }

    private static boolean isSizeLimit(Violation v) {
        return v.code().equals(RuleCode.LIMIT_DOCUMENT_SIZE.code());
    }

    /**
     * The message: over {@code --max-size}, or, when the library's limit was lower than the option
     * (a CSV file larger than one array holds), over that limit, which no option raises.
     */
    private static String message(Violation v, Messages messages, long maxSizeMb) {
        long limit = v.arguments().isEmpty()
                ? -1
                : parse(String.valueOf(v.arguments().get(0)));
        if (limit >= 0 && limit < maxSizeMb * MIB) {
            return messages.get("input.tooLargeAtAll", Long.toString(limit));
        }
        return messages.get("input.tooLarge", Long.toString(maxSizeMb));
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String withValue(StringBuilder b, Violation v) {
        if (v.value() != null) {
            b.append(" [").append(v.value()).append(']');
        }
        return b.toString();
    }
}
