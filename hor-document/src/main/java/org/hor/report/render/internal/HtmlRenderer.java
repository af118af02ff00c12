package org.hor.report.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.hor.report.document.Tone;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;

/**
 * Renders a document as one self-contained HTML file: inline CSS (with an A4 print stylesheet and
 * a narrow-screen layout), inline SVG charts, no JavaScript and nothing fetched; a
 * Content-Security-Policy forbids scripts and external resources as a second line of defence.
 * Every text from the document is escaped.
 */
public final class HtmlRenderer implements Renderer {

    private static final String CSS = loadCss();
    /** The longest tile value shown in the tile's large type. */
    static final int TILE_CHARS = 8;
    /** Tables with more columns than this are set smaller in print, so they fit the A4 width. */
    static final int WIDE_COLUMNS = 7;

    /** Creates the renderer; used by {@link java.util.ServiceLoader}. */
    public HtmlRenderer() {}

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        out.write(new Writer(document, options).write().getBytes(StandardCharsets.UTF_8));
    }

    /** The state of one rendering: output, footnotes and id counters. */
    private static final class Writer {
        private final Document doc;
        private final RenderOptions options;
        private final Formatter fmt;
        private final Labels labels;
        private final Notes notes;
        private final StringBuilder h = new StringBuilder(16_384);
        private int charts;
        private int tables;

        Writer(Document doc, RenderOptions options) {
            this.doc = doc;
            this.options = options;
            this.fmt = new Formatter(doc.locale());
            this.labels = fmt.labels();
            this.notes = new Notes(fmt);
        }

        String write() {
            h.append("<!DOCTYPE html>\n<html lang=\"")
                    .append(Html.escape(doc.locale().toLanguageTag()))
                    .append("\">\n");
            h.append("<head>\n<meta charset=\"utf-8\">\n");
            h.append(
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
            h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            h.append("<title>").append(Html.escape(doc.title())).append("</title>\n");
            h.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main class=\"report\">\n");
            h.append("<header class=\"doc-header\">\n<h1>")
                    .append(Html.content(doc.title()))
                    .append("</h1>\n");
            if (!doc.subtitle().isEmpty()) {
                h.append("<p class=\"subtitle\">")
                        .append(Html.content(doc.subtitle()))
                        .append("</p>\n");
            }
            if (!doc.facts().isEmpty()) {
                facts(doc.facts(), "facts");
                footnotes();
            }
            h.append("</header>\n");
            toc();
            int top = 0;
            for (Block b : doc.body()) {
                if (b instanceof Section s) {
                    top++;
                    section(s, "section-" + top, 1, top > 1 && options.pageBreaks());
                } else {
                    block(b);
                }
            }
            h.append("</main>\n</body>\n</html>\n");
            return h.toString();
        }

        private void toc() {
            List<Section> sections = doc.body().stream()
                    .filter(Section.class::isInstance)
                    .map(Section.class::cast)
                    .toList();
            if (!options.tableOfContents() || sections.size() < 2) {
                return;
            }
            h.append("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<p class=\"toc-title\" id=\"toc-title\">")
                    .append(Html.escape(labels.get("toc.title")))
                    .append("</p>\n<ol>\n");
            for (int i = 0; i < sections.size(); i++) {
                h.append("<li><a href=\"#section-")
                        .append(i + 1)
                        .append("\">")
                        .append(Html.content(sections.get(i).heading()))
                        .append("</a></li>\n");
            }
            h.append("</ol>\n</nav>\n");
        }

        private void section(Section s, String id, int depth, boolean pageBreak) {
            int level = Math.min(6, depth + 1);
            h.append("<section id=\"")
                    .append(id)
                    .append("\" class=\"level-")
                    .append(depth)
                    .append(pageBreak ? " page-break" : "")
                    .append("\" aria-labelledby=\"")
                    .append(id)
                    .append("-h\">\n");
            h.append("<h")
                    .append(level)
                    .append(" id=\"")
                    .append(id)
                    .append("-h\">")
                    .append(Html.content(s.heading()))
                    .append("</h")
                    .append(level)
                    .append(">\n");
            int sub = 0;
            for (Block b : s.body()) {
                if (b instanceof Section child) {
                    sub++;
                    section(child, id + "-" + sub, depth + 1, false);
                } else {
                    block(b);
                }
            }
            h.append("</section>\n");
        }

        private void block(Block b) {
            if (b instanceof Paragraph p) {
                h.append("<p>");
                inline(p);
                h.append("</p>\n");
                footnotes();
            } else if (b instanceof BulletList l) {
                h.append("<ul class=\"bullets\">\n");
                for (Paragraph item : l.items()) {
                    h.append("<li>");
                    inline(item);
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
                footnotes();
            } else if (b instanceof FactList f) {
                facts(f.facts(), "facts");
                footnotes();
            } else if (b instanceof TileGroup t) {
                tiles(t);
                footnotes();
            } else if (b instanceof Table t) {
                table(t, "table-" + (++tables));
            } else if (b instanceof Chart c) {
                chart(c);
            } else {
                throw new IllegalStateException(
                        "unknown block type " + b.getClass().getName());
            }
        }

        private void inline(Paragraph p) {
            for (Inline run : p.content()) {
                if (run instanceof Inline.Text t) {
                    h.append(Html.content(t.text()));
                } else if (run instanceof Inline.Strong st) {
                    h.append("<strong>").append(Html.content(st.text())).append("</strong>");
                } else if (run instanceof Inline.Value v) {
                    cell(v.cell());
                } else {
                    throw new IllegalStateException(
                            "unknown inline type " + run.getClass().getName());
                }
            }
        }

        private void facts(List<Fact> facts, String cls) {
            h.append("<dl class=\"").append(cls).append("\">\n");
            for (Fact f : facts) {
                h.append("<dt>").append(Html.content(f.label())).append("</dt><dd>");
                cell(f.value());
                h.append("</dd>\n");
            }
            h.append("</dl>\n");
        }

        private void tiles(TileGroup group) {
            h.append("<div class=\"tiles\">\n");
            for (Tile t : group.tiles()) {
                h.append("<div class=\"tile\">\n<p class=\"tile-label\">")
                        .append(Html.content(t.label()))
                        .append("</p>\n");
                h.append(isLong(fmt.format(t.value())) ? "<p class=\"tile-value long\">" : "<p class=\"tile-value\">");
                cell(t.value());
                h.append("</p>\n");
                for (Change c : t.changes()) {
                    change(c);
                }
                if (!t.note().isEmpty()) {
                    h.append("<p class=\"tile-note\">")
                            .append(Html.content(t.note()))
                            .append("</p>\n");
                }
                h.append("</div>\n");
            }
            h.append("</div>\n");
        }

        private void change(Change c) {
            Cell amount = c.amount();
            String arrow;
            String direction;
            if (!amount.isNumeric()) {
                arrow = "";
                direction = "";
            } else {
                int sign = amount.numericValue()
                        .setScale(ChartData.decimals(amount), java.math.RoundingMode.HALF_UP)
                        .signum();
                arrow = sign > 0 ? "▲" : sign < 0 ? "▼" : "▶";
                direction = labels.get(sign > 0 ? "change.up" : sign < 0 ? "change.down" : "change.flat");
            }
            h.append("<p class=\"tile-change ").append(toneClass(c.tone())).append("\">");
            if (!arrow.isEmpty()) {
                h.append("<span aria-hidden=\"true\">")
                        .append(arrow)
                        .append("</span> ")
                        .append("<span class=\"vh\">")
                        .append(Html.escape(direction))
                        .append("</span>");
            }
            if (amount.isNumeric()) {
                h.append(Html.escape(fmt.signed(amount)));
            } else {
                cell(amount);
            }
            if (!c.label().isEmpty()) {
                h.append(' ').append(Html.content(c.label()));
            }
            h.append("</p>\n");
        }

        private void table(Table t, String id) {
            h.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
                    .append(id)
                    .append("-caption\">\n");
            h.append("<table id=\"")
                    .append(id)
                    .append(t.columns().size() > WIDE_COLUMNS ? "\" class=\"wide" : "")
                    .append("\">\n<caption id=\"")
                    .append(id)
                    .append("-caption\">")
                    .append(Html.content(t.caption()))
                    .append("</caption>\n<thead>\n<tr>");
            boolean[] numeric = numericColumns(t);
            for (int i = 0; i < t.columns().size(); i++) {
                h.append("<th scope=\"col\"")
                        .append(numeric[i] ? " class=\"num\"" : "")
                        .append('>')
                        .append(Html.content(t.columns().get(i)))
                        .append("</th>");
            }
            h.append("</tr>\n</thead>\n<tbody>\n");
            for (Row r : t.rows()) {
                h.append(r.total() ? "<tr class=\"total\">" : "<tr>");
                for (int i = 0; i < r.cells().size(); i++) {
                    Cell c = r.cells().get(i);
                    boolean header = i == 0 && t.rowHeaders();
                    String tag = header ? "th" : "td";
                    h.append('<')
                            .append(tag)
                            .append(header ? " scope=\"row\"" : "")
                            .append(c.isNumeric() || c.isGap() && numeric[i] ? " class=\"num\"" : "")
                            .append('>');
                    cell(c);
                    h.append("</").append(tag).append('>');
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n</div>\n");
            for (String note : t.notes()) {
                h.append("<p class=\"table-notes\">").append(Html.content(note)).append("</p>\n");
            }
            footnotes();
        }

        private void chart(Chart c) {
            String id = "chart-" + (++charts);
            h.append("<figure class=\"chart\" id=\"")
                    .append(id)
                    .append("\">\n<figcaption>")
                    .append(Html.content(c.title()))
                    .append("</figcaption>\n");
            h.append(Svg.draw(c, id, fmt)).append('\n');
            h.append("<p class=\"chart-desc\">")
                    .append(Html.content(c.description()))
                    .append("</p>\n");
            if (options.chartData()) {
                h.append("<details class=\"chart-data\">\n<summary>")
                        .append(Html.escape(labels.get("chart.data")))
                        .append("</summary>\n");
                table(ChartData.table(c, labels), id + "-data");
                h.append("</details>\n");
            } else {
                footnotes();
            }
            h.append("</figure>\n");
        }

        private void cell(Cell c) {
            if (c instanceof Cell.Noted n) {
                cell(n.value());
                marker(notes.mark(n.note()));
            } else if (c instanceof Cell.Status s) {
                h.append("<span class=\"badge ")
                        .append(toneClass(s.tone()))
                        .append("\">")
                        .append(Html.content(s.label()))
                        .append("</span>");
            } else if (c instanceof Cell.Suppressed) {
                h.append("<span class=\"suppressed\" title=\"")
                        .append(Html.escape(labels.get("suppressed.text")))
                        .append("\">")
                        .append(Html.escape(fmt.format(c)))
                        .append("</span>");
                marker(notes.mark(c));
            } else if (c instanceof Cell.Undefined u) {
                h.append("<abbr class=\"undefined\" title=\"")
                        .append(Html.escape(fmt.reasonOf(u)))
                        .append("\">")
                        .append(Html.escape(fmt.format(c)))
                        .append("</abbr>");
                marker(notes.mark(c));
            } else {
                h.append(Html.content(fmt.format(c)));
            }
        }

        private void marker(int number) {
            h.append("<sup class=\"fn\"><a href=\"#note-")
                    .append(number)
                    .append("\" aria-label=\"")
                    .append(Html.escape(labels.get("note.marker", number)))
                    .append("\">")
                    .append(number)
                    .append("</a></sup>");
        }

        private void footnotes() {
            List<Notes.Note> pending = notes.drain();
            if (pending.isEmpty()) {
                return;
            }
            h.append("<div class=\"notes\">\n<p class=\"notes-title\">")
                    .append(Html.escape(labels.get("notes.title")))
                    .append("</p>\n<ol>\n");
            for (Notes.Note n : pending) {
                h.append("<li id=\"note-")
                        .append(n.number())
                        .append("\" value=\"")
                        .append(n.number())
                        .append("\">")
                        .append(Html.content(n.text()))
                        .append("</li>\n");
            }
            h.append("</ol>\n</div>\n");
        }
    }

    /**
     * Returns whether a tile value is too long for the tile's large type (more than
     * {@value #TILE_CHARS} characters, such as {@code 546.107,50 €}); such values get a smaller
     * font so they fit without being cut.
     */
    static boolean isLong(String value) {
        return value.codePointCount(0, value.length()) > TILE_CHARS;
    }

    /** Returns which columns hold numbers, so header and gap cells align with them. */
    static boolean[] numericColumns(Table t) {
        boolean[] numeric = new boolean[t.columns().size()];
        for (int i = 0; i < numeric.length; i++) {
            boolean any = false;
            boolean onlyNumbers = true;
            for (Row r : t.rows()) {
                Cell c = r.cells().get(i);
                if (c.isNumeric()) {
                    any = true;
                } else if (!c.isGap()) {
                    onlyNumbers = false;
                }
            }
            numeric[i] = any && onlyNumbers && !(i == 0 && t.rowHeaders());
        }
        return numeric;
    }

    private static String toneClass(Tone tone) {
        return "tone-" + tone.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String loadCss() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
