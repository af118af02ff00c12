package org.hor.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A section: a heading and a body of blocks, which may hold subsections. The heading level follows
 * from the nesting depth.
 *
 * @param heading the heading
 * @param body    the blocks, in order
 */
public record Section(String heading, List<Block> body) implements Block {

    /**
     * @throws NullPointerException if an argument or a block is null
     *
     * @param heading the heading
     * @param body the blocks, in order
     */
    public Section {
        Objects.requireNonNull(heading, "heading");
        body = List.copyOf(body);
    }

    /**
     * Calls {@link BlockVisitor#visitSection(Section)}.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returns for this section
     */
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitSection(this);
    }

    /**
     * {@return a builder for a section with {@code heading}}
     *
     * @param heading the heading
     */
    public static Builder builder(String heading) {
        return new Builder(heading);
    }

    /** Builds a {@link Section}; not thread-safe. */
    public static final class Builder extends BlocksBuilder<Builder> {
        private final String heading;

        Builder(String heading) {
            this.heading = Objects.requireNonNull(heading, "heading");
        }

        @Override
        Builder self() {
            return this;
        }

        /** {@return the section} */
        public Section build() {
            return new Section(heading, blocks());
        }
    }
}
