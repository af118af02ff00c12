package org.hor.report.document;

import java.util.List;
import java.util.Objects;

/**
 * One box of a {@link BoxPlot}: the five-number summary of a distribution.
 *
 * @param label         what the box describes, such as an approach
 * @param minimum       the smallest value
 * @param lowerQuartile the first quartile
 * @param median        the median
 * @param upperQuartile the third quartile
 * @param maximum       the largest value
 */
public record Box(String label, Cell minimum, Cell lowerQuartile, Cell median, Cell upperQuartile, Cell maximum) {

    /**
     * @param label what the box describes, such as an approach
     * @param minimum the smallest value
     * @param lowerQuartile the first quartile
     * @param median the median
     * @param upperQuartile the third quartile
     * @param maximum the largest value
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a value is not numeric or the five values are not in
     *                                  ascending order
     */
    public Box {
        Objects.requireNonNull(label, "label");
        List<Cell> five = List.of(minimum, lowerQuartile, median, upperQuartile, maximum);
        for (Cell c : five) {
            if (!c.isNumeric()) {
                throw new IllegalArgumentException("box '" + label + "' needs five numbers, got " + c);
            }
        }
        for (int i = 1; i < five.size(); i++) {
            if (five.get(i - 1).numericValue().compareTo(five.get(i).numericValue()) > 0) {
                throw new IllegalArgumentException("box '" + label
                        + "' needs minimum ≤ lower quartile ≤ median ≤ upper quartile ≤ maximum, got "
                        + five.stream()
                                .map(c -> c.numericValue().toPlainString())
                                .toList());
            }
        }
    }

    /** {@return the five values in ascending order: minimum, quartiles and median, maximum} */
    public List<Cell> values() {
        return List.of(minimum, lowerQuartile, median, upperQuartile, maximum);
    }
}
