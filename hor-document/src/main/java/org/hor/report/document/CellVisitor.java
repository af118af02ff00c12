package org.hor.report.document;

/**
 * One operation over every kind of {@link Cell}, for renderers that show kinds differently (a
 * status as a coloured badge, an undefined value with its reason): {@code cell.accept(visitor)}
 * calls the method for the cell's kind. A new kind of cell adds a method here, so every visitor
 * stops compiling until it handles it. For a cell's text alone, the renderers' cell formatter
 * ({@code org.hor.report.render.CellFormat}) is shorter.
 *
 * @param <R> what the visitor returns for a cell, such as {@code String}
 */
public interface CellVisitor<R> {

    /**
     * Visits a text.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitText(Cell.Text cell);

    /**
     * Visits a number with an optional unit.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitQuantity(Cell.Quantity cell);

    /**
     * Visits a percentage.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitPercent(Cell.Percent cell);

    /**
     * Visits an amount of money.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitMoney(Cell.Money cell);

    /**
     * Visits a date.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitDate(Cell.Date cell);

    /**
     * Visits a status.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitStatus(Cell.Status cell);

    /**
     * Visits a value withheld by disclosure control.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitSuppressed(Cell.Suppressed cell);

    /**
     * Visits an undefined value.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitUndefined(Cell.Undefined cell);

    /**
     * Visits the empty cell.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitEmpty(Cell.Empty cell);

    /**
     * Visits a value with a footnote; its value is the visitor's to visit.
     *
     * @param cell the cell
     * @return the result for the cell
     */
    R visitNoted(Cell.Noted cell);
}
