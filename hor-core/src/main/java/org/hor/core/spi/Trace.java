package org.hor.core.spi;

import java.util.List;
import java.util.Objects;

/**
 * How one value came about, as an indicator explains it ({@link Indicator#explain}): the formula with
 * its numbers filled in and the contributing records.
 *
 * @param formula    the formula with its numbers, e.g. {@code 100 × 2 migrant-led organisations / 3
 *                organisations = 66.666667}
 *                   (never null)
 * @param recordType what the records are ({@code organisation}, {@code delivery}, {@code outcome},
 *                   {@code cooperation}, {@code exchange}, {@code site}), empty when none are listed
 * @param recordIds  the ids of all contributing records, in id order (copied)
 */
public record Trace(String formula, String recordType, List<String> recordIds) {

    /** The words a plugin's value is explained with when the plugin gives no explanation. */
    public static final String NOT_EXPLAINED = "no explanation given by the plugin";

    /**
     * Checks and copies the components. @throws NullPointerException if a component is null
     *
     * @param formula the formula with its numbers, e.g. {@code 100 × 2 migrant-led organisations / 3
     *                organisations = 66.666667} (never null)
     * @param recordType what the records are ({@code organisation}, {@code delivery}, {@code outcome}, {@code
     *                   cooperation}, {@code exchange}, {@code site}), empty when none are listed
     * @param recordIds the ids of all contributing records, in id order (copied)
     */
    public Trace {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(recordType, "recordType");
        recordIds = List.copyOf(recordIds);
    }

    /**
     * Returns the trace of a value without an explanation: the value and {@value #NOT_EXPLAINED}.
     *
     * @param value the value
     * @return the trace
     * @throws NullPointerException if {@code value} is null
     */
    public static Trace unexplained(Value value) {
        return new Trace(show(value) + " (" + NOT_EXPLAINED + ")", "", List.of());
    }

    /**
     * Returns a value as a formula shows it: the number in plain notation, or {@code undefined (REASON)}.
     *
     * @param value the value
     * @return the number in plain notation, or {@code undefined (REASON)}
     */
    public static String show(Value value) {
        Objects.requireNonNull(value, "value");
        return value instanceof Value.Defined d
                ? d.number().toPlainString()
                : "undefined (" + ((Value.Undefined) value).reason() + ")";
    }
}
