package org.hor.report.document;

import java.util.List;

/**
 * An unordered list whose items are paragraphs.
 *
 * @param items the items, in order
 */
public record BulletList(List<Paragraph> items) implements Block {

    /**
     * @throws NullPointerException if {@code items} or an element is null
     *
     * @param items the items, in order
     */
    public BulletList {
        items = List.copyOf(items);
    }

    /**
     * Calls {@link BlockVisitor#visitBulletList(BulletList)}.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this list
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitBulletList(this);
    }

    /**
     * {@return a list of plain-text items}
     *
     * @param items the items, in order
     */
    public static BulletList of(String... items) {
        return new BulletList(java.util.Arrays.stream(items).map(Paragraph::of).toList());
    }
}
