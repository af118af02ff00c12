package org.hor.report.document;

/**
 * A part of a document body: a section, a paragraph, a list, facts, key-figure tiles, a table or a
 * chart. {@link #accept(BlockVisitor)} handles each kind in its own method.
 */
public sealed interface Block permits Section, Paragraph, BulletList, FactList, TileGroup, Table, Chart {

    /**
     * Calls the method of {@code visitor} for this block's kind, such as
     * {@link BlockVisitor#visitTable(Table)} for a table.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this block
     * @throws NullPointerException if {@code visitor} is null
     */
    <R> R accept(BlockVisitor<R> visitor);
}
