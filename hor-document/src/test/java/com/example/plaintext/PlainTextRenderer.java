package com.example.plaintext;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hor.report.document.*;
import org.hor.report.render.CellFormat;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;

/** Writes a document as plain text with the renderer kit ({@link BlockVisitor}, {@link CellFormat}). */
public final class PlainTextRenderer implements Renderer {
    @Override
    public String format() {
        return "plaintext";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        Text text = new Text(document.locale());
        String all = document.title() + "\n" + text.visitFactList(new FactList(document.facts()))
                + text.blocks(document.body());
        out.write(all.getBytes(StandardCharsets.UTF_8));
    }

    /** Every block as lines of text, cells as the HTML renderer shows them. */
    private record Text(Locale locale) implements BlockVisitor<String> {
        String blocks(List<Block> blocks) {
            return blocks.stream().map(b -> b.accept(this)).collect(joining());
        }

        String cell(Cell cell) {
            return CellFormat.format(cell, locale);
        }

        String line(List<String> texts) {
            return String.join(" | ", texts).stripTrailing() + "\n";
        }

        @Override
        public String visitSection(Section s) {
            return "\n" + s.heading() + "\n" + blocks(s.body());
        }

        @Override
        public String visitParagraph(Paragraph p) {
            return CellFormat.format(p, locale) + "\n";
        }

        @Override
        public String visitBulletList(BulletList l) {
            return l.items().stream().map(p -> "- " + visitParagraph(p)).collect(joining());
        }

        @Override
        public String visitFactList(FactList f) {
            return f.facts().stream()
                    .map(x -> x.label() + ": " + cell(x.value()) + "\n")
                    .collect(joining());
        }

        @Override
        public String visitTileGroup(TileGroup g) {
            return g.tiles().stream()
                    .map(t -> t.label() + ": " + cell(t.value()) + "\n")
                    .collect(joining());
        }

        @Override
        public String visitTable(Table t) {
            return line(t.columns())
                    + t.rows().stream()
                            .map(r -> line(r.cells().stream().map(this::cell).toList()))
                            .collect(joining());
        }

        @Override
        public String visitChart(Chart c) {
            return "[" + c.title() + "] " + c.description() + "\n";
        }
    }
}
