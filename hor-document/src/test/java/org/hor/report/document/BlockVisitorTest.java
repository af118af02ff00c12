package org.hor.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Block#accept(BlockVisitor)} calls the visitor's method for the block's kind. */
class BlockVisitorTest {

    /** Names the method that was called. */
    private static final class Names implements BlockVisitor<String> {
        @Override
        public String visitSection(Section s) {
            return "section";
        }

        @Override
        public String visitParagraph(Paragraph p) {
            return "paragraph";
        }

        @Override
        public String visitBulletList(BulletList l) {
            return "bulletList";
        }

        @Override
        public String visitFactList(FactList f) {
            return "factList";
        }

        @Override
        public String visitTileGroup(TileGroup t) {
            return "tileGroup";
        }

        @Override
        public String visitTable(Table t) {
            return "table";
        }

        @Override
        public String visitChart(Chart c) {
            return "chart:" + c.title();
        }
    }

    @Test
    @DisplayName("each kind of block, every chart kind included, reaches its own visitor method")
    void dispatch() {
        List<Block> blocks = List.of(
                new Section("S", List.of()),
                Paragraph.of("p"),
                BulletList.of("a"),
                new FactList(List.of(new Fact("k", Cell.number(1)))),
                new TileGroup(List.of()),
                Table.builder("T").columns("c").row(Cell.number(1)).build(),
                LineChart.of("line", "d", List.of("a"), Series.of("s", Cell.number(1))),
                BarChart.of("bar", "d", List.of("a"), Series.of("s", Cell.number(1))),
                StackedBarChart.of("stacked", "d", List.of("a"), Series.of("s", Cell.number(1))),
                new BoxPlot("box", "d", List.of()),
                new HeatMap("heat", "d", List.of(), List.of("c"), List.of()));
        assertThat(blocks.stream().map(b -> b.accept(new Names())).toList())
                .containsExactly(
                        "section",
                        "paragraph",
                        "bulletList",
                        "factList",
                        "tileGroup",
                        "table",
                        "chart:line",
                        "chart:bar",
                        "chart:stacked",
                        "chart:box",
                        "chart:heat");
    }
}
