package org.hor.report.document;

import java.util.List;

/**
 * A table row.
 *
 * @param cells the cells, one per column
 * @param total whether the row is a total (shown emphasised and set apart)
 */
public record Row(List<Cell> cells, boolean total) {

    /**
     * @throws NullPointerException if {@code cells} or an element is null
     *
     * @param cells the cells, one per column
     * @param total whether the row is a total (shown emphasised and set apart)
     */
    public Row {
        cells = List.copyOf(cells);
    }

    /**
     * {@return a body row}
     *
     * @param cells the cells, one per column
     */
    public static Row of(Cell... cells) {
        return new Row(List.of(cells), false);
    }

    /**
     * {@return a total row}
     *
     * @param cells the cells, one per column
     */
    public static Row total(Cell... cells) {
        return new Row(List.of(cells), true);
    }

    /**
     * {@return the cell in column {@code index}}
     *
     * @param index the column, counted from 0
     * @throws IndexOutOfBoundsException if there is none
     */
    public Cell cell(int index) {
        return cells.get(index);
    }
}
