package org.hor.report.document;

import java.util.List;

/**
 * A box plot: one box per group, from its five-number summary.
 *
 * @param title       the title
 * @param description the text alternative
 * @param boxes       the boxes, in order
 */
public record BoxPlot(String title, String description, List<Box> boxes) implements Chart {

    /**
     * @param title the title
     * @param description the text alternative
     * @param boxes the boxes, in order
     * @throws NullPointerException     if an argument or a box is null
     * @throws IllegalArgumentException if the text alternative is blank
     */
    public BoxPlot {
        Checks.titled(title, description);
        boxes = List.copyOf(boxes);
    }
}
