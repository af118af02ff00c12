package org.hor.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A named data series of a line, bar or stacked-bar chart: one value per category. A gap
 * ({@link Cell.Undefined}, {@link Cell.Suppressed}, {@link Cell.Empty}) is drawn as a gap, never as
 * zero.
 *
 * @param name   the series name shown in the legend
 * @param values the values, one per category: numeric cells or gaps
 */
public record Series(String name, List<Cell> values) {

    /**
     * @param name the series name shown in the legend
     * @param values the values, one per category: numeric cells or gaps
     * @throws NullPointerException     if an argument or a value is null
     * @throws IllegalArgumentException if a value is neither numeric nor a gap
     */
    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        Checks.plottable("series '" + name + "'", values);
    }

    /**
     * {@return a series}
     *
     * @param name the series name shown in the legend
     * @param values the values, one per category: numeric cells or gaps
     */
    public static Series of(String name, Cell... values) {
        return new Series(name, List.of(values));
    }
}
