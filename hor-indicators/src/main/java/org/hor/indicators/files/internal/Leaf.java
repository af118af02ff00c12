package org.hor.indicators.files.internal;

import org.hor.indicators.files.Expression;
import org.hor.indicators.files.Field;
import org.hor.indicators.files.RecordSet;
import org.hor.indicators.files.Selection;

/**
 * A leaf of an expression tree (count, distinct organisations or sum), numbered within its provider
 * so that one walk over the deliveries of a scope and period computes every delivery leaf of a file.
 *
 * @param number    the leaf's number in its provider
 * @param selection what it reads
 * @param kind      what it computes
 * @param field     the summed field, or null
 * @param atLeast   for {@link Kind#ORGANISATIONS}: the least number of selected records per organisation
 */
record Leaf(int number, Selection selection, Kind kind, Field field, int atLeast) {

    /** What a leaf computes. */
    enum Kind {
        COUNT,
        ORGANISATIONS,
        SUM
    }

    /** Returns the leaf of expression {@code e} (a count, organisations or sum). */
    static Leaf of(int number, Expression e) {
        if (e instanceof Expression.Count c) {
            return new Leaf(number, c.selection(), Kind.COUNT, null, 1);
        }
        if (e instanceof Expression.Organisations o) {
            return new Leaf(number, o.selection(), Kind.ORGANISATIONS, null, o.atLeast());
        }
        if (e instanceof Expression.Sum s) {
            return new Leaf(number, s.selection(), Kind.SUM, s.field(), 1);
        }
        throw new IllegalArgumentException("not a leaf: " + e);
    }

    RecordSet from() {
        return selection.from();
    }
}
