package org.hor.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A heat-map matrix: rows × columns of cells, each coloured by its value and showing the value as
 * text. Numeric cells are coloured on one sequential scale; {@link Cell.Status} cells by their
 * tone; gaps are neutral.
 *
 * @param title        the title
 * @param description  the text alternative
 * @param rowLabels    the row labels, in order
 * @param columnLabels the column labels, in order
 * @param cells        the rows of cells, one row per row label with one cell per column label
 */
public record HeatMap(
        String title, String description, List<String> rowLabels, List<String> columnLabels, List<List<Cell>> cells)
        implements Chart {

    /**
     * @param title the title
     * @param description the text alternative
     * @param rowLabels the row labels, in order
     * @param columnLabels the column labels, in order
     * @param cells the rows of cells, one row per row label with one cell per column label
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if the text alternative is blank, the matrix does not match
     *                                  the labels, or a cell is text or a date
     */
    public HeatMap {
        Checks.titled(title, description);
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        cells = cells.stream().map(List::copyOf).toList();
        if (cells.size() != rowLabels.size()) {
            throw new IllegalArgumentException("heat map '" + title + "' has " + cells.size() + " rows of cells, but "
                    + rowLabels.size() + " row labels");
        }
        for (int r = 0; r < cells.size(); r++) {
            List<Cell> row = cells.get(r);
            if (row.size() != columnLabels.size()) {
                throw new IllegalArgumentException("row " + r + " of heat map '" + title + "' has " + row.size()
                        + " cells, but there are " + columnLabels.size() + " columns");
            }
            for (Cell c : row) {
                Objects.requireNonNull(c, "cell");
                if (c instanceof Cell.Text || c instanceof Cell.Date) {
                    throw new IllegalArgumentException(
                            "heat map '" + title + "' can colour numbers, statuses and gaps, not " + c);
                }
            }
        }
    }
}
