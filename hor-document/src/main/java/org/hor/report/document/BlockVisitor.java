package org.hor.report.document;

/**
 * One operation over every kind of {@link Block}, for renderers: {@code block.accept(visitor)}
 * calls the method for the block's kind. A new kind of block adds a method here, so every visitor
 * stops compiling until it handles the new kind, instead of silently leaving it out.
 *
 * <p>A visitor does not descend by itself: {@link #visitSection(Section)} decides whether and how
 * to visit the section's body.
 *
 * @param <R> what the visitor returns for a block, such as {@code String}; {@code Void} for none
 */
public interface BlockVisitor<R> {

    /**
     * Visits a section.
     *
     * @param section the section; its body is the visitor's to visit
     * @return the result for the section
     */
    R visitSection(Section section);

    /**
     * Visits a paragraph.
     *
     * @param paragraph the paragraph
     * @return the result for the paragraph
     */
    R visitParagraph(Paragraph paragraph);

    /**
     * Visits a bullet list.
     *
     * @param list the list
     * @return the result for the list
     */
    R visitBulletList(BulletList list);

    /**
     * Visits a list of facts.
     *
     * @param facts the facts
     * @return the result for the facts
     */
    R visitFactList(FactList facts);

    /**
     * Visits a group of key-figure tiles.
     *
     * @param tiles the tiles
     * @return the result for the tiles
     */
    R visitTileGroup(TileGroup tiles);

    /**
     * Visits a table.
     *
     * @param table the table
     * @return the result for the table
     */
    R visitTable(Table table);

    /**
     * Visits a chart of any kind (line, bar, stacked bar, box plot, heat map).
     *
     * @param chart the chart
     * @return the result for the chart
     */
    R visitChart(Chart chart);
}
