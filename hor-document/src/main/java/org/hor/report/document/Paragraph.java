package org.hor.report.document;

import java.util.List;

/**
 * A paragraph of text runs and typed values, for example
 * {@code Paragraph.of(Inline.text("Reached "), Inline.value(Cell.number(42)), Inline.text(" organisations."))}.
 *
 * @param content the runs, in order
 */
public record Paragraph(List<Inline> content) implements Block {

    /**
     * @throws NullPointerException if {@code content} or an element is null
     *
     * @param content the runs, in order
     */
    public Paragraph {
        content = List.copyOf(content);
    }

    /**
     * Calls {@link BlockVisitor#visitParagraph(Paragraph)}.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this paragraph
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }

    /**
     * {@return a paragraph of plain text}
     *
     * @param text the paragraph's text
     */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(Inline.text(text)));
    }

    /**
     * {@return a paragraph of the given runs}
     *
     * @param content the runs, in order
     */
    public static Paragraph of(Inline... content) {
        return new Paragraph(List.of(content));
    }
}
