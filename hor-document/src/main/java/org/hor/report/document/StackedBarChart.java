package org.hor.report.document;

import java.util.List;

/**
 * A stacked bar chart: the series stacked in each category, with the category total above the
 * bar. Values must not be negative.
 *
 * @param title       the title
 * @param description the text alternative
 * @param categories  the category labels along the x axis, in order
 * @param series      the series, each with one value per category
 */
public record StackedBarChart(String title, String description, List<String> categories, List<Series> series)
        implements Chart {

    /**
     * @param title the title
     * @param description the text alternative
     * @param categories the category labels along the x axis, in order
     * @param series the series, each with one value per category
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if the text alternative is blank or a series does not have
     *                                  one value per category, or a value is negative
     */
    public StackedBarChart {
        Checks.titled(title, description);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Checks.matching(title, categories, series);
        for (Series s : series) {
            for (Cell c : s.values()) {
                if (c.isNumeric() && c.numericValue().signum() < 0) {
                    throw new IllegalArgumentException("stacked bar chart '" + title
                            + "' cannot stack the negative value " + c.numericValue()
                            + " of series '" + s.name() + "'");
                }
            }
        }
    }

    /**
     * {@return a chart of the given series}
     *
     * @param title the title
     * @param description the text alternative
     * @param categories the category labels along the x axis, in order
     * @param series the series, each with one value per category
     */
    public static StackedBarChart of(String title, String description, List<String> categories, Series... series) {
        return new StackedBarChart(title, description, categories, List.of(series));
    }
}
