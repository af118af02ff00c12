package org.hor.report.document;

import java.util.List;

/**
 * A bar chart: vertical bars, grouped side by side when there are several series.
 *
 * @param title       the title
 * @param description the text alternative
 * @param categories  the category labels along the x axis, in order
 * @param series      the series, each with one value per category
 */
public record BarChart(String title, String description, List<String> categories, List<Series> series)
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
    public BarChart {
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
    public static BarChart of(String title, String description, List<String> categories, Series... series) {
        return new BarChart(title, description, categories, List.of(series));
    }
}
