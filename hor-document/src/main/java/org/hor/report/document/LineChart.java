package org.hor.report.document;

import java.util.List;

/**
 * A line chart: one line per series over ordered categories (usually periods). Undefined values
 * break the line.
 *
 * @param title       the title
 * @param description the text alternative
 * @param categories  the category labels along the x axis, in order
 * @param series      the series, each with one value per category
 */
public record LineChart(String title, String description, List<String> categories, List<Series> series)
        implements Chart {

    /**
     * @param title the title
     * @param description the text alternative
     * @param categories the category labels along the x axis, in order
     * @param series the series, each with one value per category
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if the text alternative is blank or a series does not have
     *                                  one value per category
     */
    public LineChart {
        Checks.titled(title, description);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Checks.matching(title, categories, series);
    }

    /**
     * {@return a chart of the given series}
     *
     * @param title the title
     * @param description the text alternative
     * @param categories the category labels along the x axis, in order
     * @param series the series, each with one value per category
     */
    public static LineChart of(String title, String description, List<String> categories, Series... series) {
        return new LineChart(title, description, categories, List.of(series));
    }
}
