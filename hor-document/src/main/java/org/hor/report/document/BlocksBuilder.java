package org.hor.report.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The fluent methods shared by {@link Document.Builder} and {@link Section.Builder}: each adds a
 * block to the body being built, in call order.
 *
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract sealed class BlocksBuilder<B extends BlocksBuilder<B>> permits Document.Builder, Section.Builder {

    private final List<Block> blocks = new ArrayList<>();

    BlocksBuilder() {}

    /** Returns this builder as its concrete type. */
    abstract B self();

    /** Returns the blocks added so far. */
    final List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /**
     * Adds any block.
     *
     * @param block the block
     * @return this builder
     * @throws NullPointerException if {@code block} is null
     */
    public final B block(Block block) {
        blocks.add(Objects.requireNonNull(block, "block"));
        return self();
    }

    /**
     * Adds a paragraph of plain text.
     *
     * @param text the paragraph's text
     * @return this builder
     */
    public final B paragraph(String text) {
        return block(Paragraph.of(text));
    }

    /**
     * Adds a paragraph of text runs and values.
     *
     * @param content the runs, in order
     * @return this builder
     */
    public final B paragraph(Inline... content) {
        return block(Paragraph.of(content));
    }

    /**
     * Adds a bullet list of plain-text items.
     *
     * @param items the items' texts, in order
     * @return this builder
     */
    public final B bullets(String... items) {
        return block(BulletList.of(items));
    }

    /**
     * Adds a list of labelled values, such as a profile.
     *
     * @param facts the labelled values, in reading order
     * @return this builder
     */
    public final B facts(Fact... facts) {
        return block(new FactList(List.of(facts)));
    }

    /**
     * Adds a group of key-figure tiles.
     *
     * @param tiles the tiles, in reading order
     * @return this builder
     */
    public final B tiles(Tile... tiles) {
        return block(new TileGroup(Arrays.asList(tiles)));
    }

    /**
     * Adds a table.
     *
     * @param table the table
     * @return this builder
     */
    public final B table(Table table) {
        return block(table);
    }

    /**
     * Adds a chart.
     *
     * @param chart the chart
     * @return this builder
     */
    public final B chart(Chart chart) {
        return block(chart);
    }

    /**
     * Adds a subsection.
     *
     * @return this builder
     * @param heading the subsection's heading
     * @param body    fills the subsection
     */
    public final B section(String heading, Consumer<Section.Builder> body) {
        Section.Builder builder = new Section.Builder(heading);
        body.accept(builder);
        return block(builder.build());
    }
}
