package org.hor.indicators.files;

import java.util.Objects;

/**
 * What an expression reads: a record set and a filter (spec 05 "A selection").
 *
 * @param from the record set
 * @param where the conditions; {@link Filter#NONE} when the file has no {@code where}
 */
public record Selection(RecordSet from, Filter where) {

    /**
     * Checks that nothing is null.
     *
     * @param from the record set
     * @param where the conditions; {@link Filter#NONE} when the file has no {@code where}
     */
    public Selection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(where, "where");
    }
}
