package org.hor.report.document;

import java.util.List;

/**
 * A list of labelled values, such as a site profile; rendered as a description list.
 *
 * @param facts the facts, in order
 */
public record FactList(List<Fact> facts) implements Block {

    /**
     * @throws NullPointerException if {@code facts} or an element is null
     *
     * @param facts the facts, in order
     */
    public FactList {
        facts = List.copyOf(facts);
    }

    /**
     * Calls {@link BlockVisitor#visitFactList(FactList)}.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this list of facts
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitFactList(this);
    }
}
