package org.hor.indicators;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hor.core.model.Period;
import org.hor.core.spi.IndicatorDefinition;
import org.hor.core.spi.Scope;
import org.hor.core.spi.Value;

/**
 * How one value came about ({@code hor explain}): the definition, the formula with the numbers filled
 * in, and the contributing records.
 *
 * @param scope       the scope
 * @param period      the period
 * @param indicator   the indicator's definition
 * @param value       the value
 * @param parts       the breakdown parts (empty without a breakdown)
 * @param formula     the formula with its numbers, e.g. {@code 100 × 2 migrant-led organisations / 3
 *                organisations = 66.666667}
 * @param recordType  what the records are ({@code organisation}, {@code delivery}, {@code outcome},
 *                    {@code cooperation}, {@code exchange}, {@code site}), empty when unknown
 * @param records     the ids of the first {@value #MAX_RECORDS} contributing records, in id order
 * @param recordCount the number of all contributing records
 */
public record Explanation(
        Scope scope,
        Period period,
        IndicatorDefinition indicator,
        Value value,
        Map<String, Value> parts,
        String formula,
        String recordType,
        List<String> records,
        long recordCount) {

    /** The most record ids an explanation lists. */
    public static final int MAX_RECORDS = 50;

    /**
     * Checks and copies the components.
     *
     * @param indicator the indicator's definition
     * @param parts the breakdown parts (empty without a breakdown)
     * @param formula the formula with its numbers
     * @param recordType what the records are, empty when unknown
     * @param records the ids of the first contributing records, in id order
     * @param recordCount the number of all contributing records
     * @param scope the scope
     * @param period the period
     * @param value the value
     * @throws NullPointerException if a component is null
     */
    public Explanation {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(recordType, "recordType");
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
        records = List.copyOf(records);
    }

    /** {@return whether more records contributed than are listed} */
    public boolean truncated() {
        return recordCount > records.size();
    }
}
