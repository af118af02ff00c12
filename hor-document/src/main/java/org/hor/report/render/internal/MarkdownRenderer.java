package org.hor.report.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hor.report.document.Block;
import org.hor.report.document.BulletList;
import org.hor.report.document.Cell;
import org.hor.report.document.Change;
import org.hor.report.document.Chart;
import org.hor.report.document.Document;
import org.hor.report.document.Fact;
import org.hor.report.document.FactList;
import org.hor.report.document.Inline;
import org.hor.report.document.Paragraph;
import org.hor.report.document.Row;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.document.Tile;
import org.hor.report.document.TileGroup;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;

/**
 * Renders a document as GitHub-flavoured Markdown: ATX headings, pipe tables (numeric columns
 * right-aligned), charts as their data tables, footnote markers in superscript digits with the
 * notes after the block. Text from the document is escaped so it cannot become markup. Lines end
 * with {@code \n}.
 */
public final class MarkdownRenderer implements Renderer {

    /** Creates the renderer; used by {@link java.util.ServiceLoader}. */
    public MarkdownRenderer() {}

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("md");
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8; variant=GFM";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        out.write(new Writer(document).write().getBytes(StandardCharsets.UTF_8));
    }

    /** The state of one rendering. */
    private static final class Writer {
        private final Document doc;
        private final Formatter fmt;
        private final Notes notes;
        private final StringBuilder m = new StringBuilder(8_192);

        Writer(Document doc) {
            this.doc = doc;
            this.fmt = new Formatter(doc.locale());
            this.notes = new Notes(fmt);
        }

        String write() {
            m.append("# ").append(Md.inline(doc.title())).append("\n\n");
            if (!doc.subtitle().isEmpty()) {
                m.append('*').append(Md.inline(doc.subtitle())).append("*\n\n");
            }
            if (!doc.facts().isEmpty()) {
                facts(doc.facts());
            }
            for (Block b : doc.body()) {
                block(b, 1);
            }
            // exactly one line feed at the end
            while (m.length() > 1 && m.charAt(m.length() - 1) == '\n' && m.charAt(m.length() - 2) == '\n') {
                m.setLength(m.length() - 1);
            }
            return m.toString();
        }

        private void block(Block b, int depth) {
            if (b instanceof Section s) {
                m.append("#".repeat(Math.min(6, depth + 1)))
                        .append(' ')
                        .append(Md.inline(s.heading()))
                        .append("\n\n");
                for (Block child : s.body()) {
                    block(child, depth + 1);
                }
            } else if (b instanceof Paragraph p) {
                m.append(paragraph(p)).append("\n\n");
                footnotes();
            } else if (b instanceof BulletList l) {
                for (Paragraph item : l.items()) {
                    m.append("- ").append(paragraph(item)).append('\n');
                }
                m.append('\n');
                footnotes();
            } else if (b instanceof FactList f) {
                facts(f.facts());
            } else if (b instanceof TileGroup t) {
                for (Tile tile : t.tiles()) {
                    m.append("- **")
                            .append(Md.inline(tile.label()))
                            .append(":** ")
                            .append(cell(tile.value()));
                    for (Change c : tile.changes()) {
                        m.append(" (").append(change(c)).append(')');
                    }
                    if (!tile.note().isEmpty()) {
                        m.append(" – ").append(Md.inline(tile.note()));
                    }
                    m.append('\n');
                }
                m.append('\n');
                footnotes();
            } else if (b instanceof Table t) {
                table(t, true);
            } else if (b instanceof Chart c) {
                m.append("**").append(Md.inline(c.title())).append("**\n\n");
                m.append('*').append(Md.inline(c.description())).append("*\n\n");
                table(ChartData.table(c, fmt.labels()), false);
            } else {
                throw new IllegalStateException(
                        "unknown block type " + b.getClass().getName());
            }
        }

        private String paragraph(Paragraph p) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < p.content().size(); i++) {
                Inline run = p.content().get(i);
                if (run instanceof Inline.Text t) {
                    out.append(i == 0 ? Md.block(t.text()) : Md.inline(t.text()));
                } else if (run instanceof Inline.Strong s) {
                    out.append("**").append(Md.inline(s.text())).append("**");
                } else if (run instanceof Inline.Value v) {
                    out.append(cell(v.cell()));
                } else {
                    throw new IllegalStateException(
                            "unknown inline type " + run.getClass().getName());
                }
            }
            return out.toString();
        }

        private void facts(List<Fact> facts) {
            for (Fact f : facts) {
                m.append("- **")
                        .append(Md.inline(f.label()))
                        .append(":** ")
                        .append(cell(f.value()))
                        .append('\n');
            }
            m.append('\n');
            footnotes();
        }

        private String change(Change c) {
            Cell amount = c.amount();
            StringBuilder out = new StringBuilder();
            if (amount.isNumeric()) {
                int sign = amount.numericValue()
                        .setScale(ChartData.decimals(amount), RoundingMode.HALF_UP)
                        .signum();
                out.append(sign > 0 ? "▲ " : sign < 0 ? "▼ " : "▶ ").append(Md.inline(fmt.signed(amount)));
            } else {
                out.append(cell(amount));
            }
            if (!c.label().isEmpty()) {
                out.append(' ').append(Md.inline(c.label()));
            }
            return out.toString();
        }

        private void table(Table t, boolean caption) {
            if (caption) {
                m.append("**").append(Md.inline(t.caption())).append("**\n\n");
            }
            boolean[] numeric = HtmlRenderer.numericColumns(t);
            m.append('|');
            for (String column : t.columns()) {
                m.append(' ').append(Md.inline(column)).append(" |");
            }
            m.append("\n|");
            for (boolean n : numeric) {
                m.append(n ? " ---: |" : " --- |");
            }
            m.append('\n');
            for (Row r : t.rows()) {
                m.append('|');
                for (Cell c : r.cells()) {
                    String text = cell(c);
                    m.append(' ')
                            .append(r.total() && !text.isEmpty() ? "**" + text + "**" : text)
                            .append(" |");
                }
                m.append('\n');
            }
            m.append('\n');
            for (String note : t.notes()) {
                m.append(Md.block(note)).append("\n\n");
            }
            footnotes();
        }

        private String cell(Cell c) {
            if (c instanceof Cell.Noted n) {
                return cell(n.value()) + Md.superscript(notes.mark(n.note()));
            }
            String text = Md.inline(fmt.format(c));
            int note = notes.mark(c);
            return note == 0 ? text : text + Md.superscript(note);
        }

        private void footnotes() {
            for (Notes.Note n : notes.drain()) {
                m.append(Md.superscript(n.number()))
                        .append(' ')
                        .append(Md.inline(n.text()))
                        .append("\n\n");
            }
        }
    }
}
