package org.hor.pdf.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
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
import org.hor.report.render.internal.FormatKit;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Builds the XHTML the PDF engine lays out, as a DOM: data only ever becomes text nodes and
 * attribute values, never markup. Headings become {@code h1}–{@code h6} (tagged headings and
 * bookmarks), tables get {@code th} with {@code scope}, every chart is an inline SVG with its text
 * alternative in {@code alt} (tagged as a Figure with Alt).
 */
public final class Xhtml {

    /** The XHTML namespace. */
    public static final String NS = "http://www.w3.org/1999/xhtml";

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Tables with more columns than this are set in a smaller type. */
    static final int WIDE_COLUMNS = 7;
    /** How much wider a text column is than a number column. */
    static final double TEXT_WEIGHT = 1.6;

    private final Document doc;
    private final RenderOptions options;
    private final FormatKit kit;
    private final org.w3c.dom.Document dom;
    private final DocumentBuilder svgParser;
    private final Map<String, Integer> pendingNotes = new LinkedHashMap<>();
    private final Element bookmarks;
    private int nextNote = 1;
    private int charts;
    private int headings;

    private Xhtml(Document doc, RenderOptions options) {
        this.doc = doc;
        this.options = options;
        this.kit = FormatKit.of(doc.locale());
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            this.dom = f.newDocumentBuilder().newDocument();
            this.svgParser = f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        this.bookmarks = el("bookmarks");
    }

    /**
     * Returns the document as an XHTML DOM with the given style sheet.
     *
     * @param css the style sheet, put into the head as it is
     */
    public static org.w3c.dom.Document build(Document doc, RenderOptions options, String css) {
        return new Xhtml(doc, options).write(css);
    }

    private org.w3c.dom.Document write(String css) {
        Element html = el("html");
        String lang = doc.locale().getLanguage().isEmpty() ? "de" : doc.locale().getLanguage();
        html.setAttribute("lang", lang);
        dom.appendChild(html);
        Element head = add(html, "head");
        add(head, "title").appendChild(dom.createTextNode(FormatKit.clean(doc.title())));
        // the description PDF/UA asks for: the subtitle, else the title
        Element subject = add(head, "meta");
        subject.setAttribute("name", "subject");
        subject.setAttribute("content", FormatKit.clean(doc.subtitle().isEmpty() ? doc.title() : doc.subtitle()));
        add(head, "style").appendChild(dom.createTextNode(css));
        head.appendChild(bookmarks);
        Element body = add(html, "body");
        Element header = add(body, "div");
        header.setAttribute("class", "doc-header");
        text(add(header, "h1"), doc.title());
        if (!doc.subtitle().isEmpty()) {
            text(addClass(header, "p", "subtitle"), doc.subtitle());
        }
        if (!doc.facts().isEmpty()) {
            facts(header, doc.facts());
            footnotes(header);
        }
        int top = 0;
        for (Block b : doc.body()) {
            if (b instanceof Section s) {
                top++;
                section(body, bookmarks, s, 1, top > 1 && options.pageBreaks());
            } else {
                block(body, b);
            }
        }
        return dom;
    }

    private void section(Element parent, Element bookmarkParent, Section s, int depth, boolean pageBreak) {
        Element div = addClass(parent, "div", pageBreak ? "section page-break" : "section");
        String id = "h-" + (++headings);
        Element h = add(div, "h" + Math.min(6, depth + 1));
        h.setAttribute("id", id);
        text(h, s.heading());
        Element bookmark = el("bookmark");
        bookmark.setAttribute("name", FormatKit.clean(s.heading()));
        bookmark.setAttribute("href", "#" + id);
        bookmarkParent.appendChild(bookmark);
        for (Block b : s.body()) {
            if (b instanceof Section child) {
                section(div, bookmark, child, depth + 1, false);
            } else {
                block(div, b);
            }
        }
    }

    private void block(Element parent, Block b) {
        if (b instanceof Paragraph p) {
            inline(add(parent, "p"), p);
            footnotes(parent);
        } else if (b instanceof BulletList l) {
            Element ul = add(parent, "ul");
            for (Paragraph item : l.items()) {
                inline(add(ul, "li"), item);
            }
            footnotes(parent);
        } else if (b instanceof FactList f) {
            facts(parent, f.facts());
            footnotes(parent);
        } else if (b instanceof TileGroup t) {
            tiles(parent, t);
            footnotes(parent);
        } else if (b instanceof Table t) {
            table(parent, t, false);
        } else if (b instanceof Chart c) {
            chart(parent, c);
        } else {
            throw new IllegalStateException("unknown block type " + b.getClass().getName());
        }
    }

    private void inline(Element parent, Paragraph p) {
        for (Inline run : p.content()) {
            if (run instanceof Inline.Text t) {
                parent.appendChild(dom.createTextNode(FormatKit.clean(t.text())));
            } else if (run instanceof Inline.Strong st) {
                text(add(parent, "strong"), st.text());
            } else if (run instanceof Inline.Value v) {
                cell(parent, v.cell());
            }
        }
    }

    private void facts(Element parent, List<Fact> facts) {
        Element div = addClass(parent, "div", "facts");
        for (Fact f : facts) {
            Element p = add(div, "p");
            text(add(p, "strong"), f.label() + ":");
            p.appendChild(dom.createTextNode(" "));
            cell(p, f.value());
        }
    }

    private void tiles(Element parent, TileGroup group) {
        // key figures as a table: one row per figure, so a reader hears label, value and change together
        Element table = addClass(parent, "table", "tiles");
        Element tbody = add(table, "tbody");
        for (Tile t : group.tiles()) {
            Element tr = add(tbody, "tr");
            Element th = addClass(tr, "th", "tile-label");
            th.setAttribute("scope", "row");
            text(th, t.label());
            cell(addClass(tr, "td", "tile-value"), t.value());
            Element changes = addClass(tr, "td", "tile-change");
            boolean first = true;
            for (Change c : t.changes()) {
                if (!first) {
                    add(changes, "br");
                }
                first = false;
                Element span = addClass(changes, "span", tone(c.tone()));
                if (c.amount().isNumeric()) {
                    span.appendChild(dom.createTextNode(kit.signed(c.amount())));
                } else {
                    cell(span, c.amount());
                }
                if (!c.label().isEmpty()) {
                    changes.appendChild(dom.createTextNode(" " + FormatKit.clean(c.label())));
                }
            }
            if (!t.note().isEmpty()) {
                if (!first) {
                    add(changes, "br");
                }
                text(addClass(changes, "span", "tile-note"), t.note());
            }
        }
    }

    private void table(Element parent, Table t, boolean chartData) {
        String cls = (t.columns().size() > WIDE_COLUMNS ? "wide" : "")
                + (t.columns().size() > 2 * WIDE_COLUMNS ? " very-wide" : "")
                + (chartData ? " chart-data" : "");
        Element table = add(parent, "table");
        if (!cls.isBlank()) {
            table.setAttribute("class", cls.trim());
        }
        text(add(table, "caption"), t.caption());
        boolean[] numeric = kit.numericColumns(t);
        String[] widths = widths(numeric);
        Element tr = add(add(table, "thead"), "tr");
        for (int i = 0; i < t.columns().size(); i++) {
            Element th = add(tr, "th");
            th.setAttribute("scope", "col");
            if (numeric[i]) {
                th.setAttribute("class", "num");
            }
            th.setAttribute("style", "width: " + widths[i] + "%");
            text(th, t.columns().get(i));
        }
        Element tbody = add(table, "tbody");
        for (Row r : t.rows()) {
            Element row = add(tbody, "tr");
            if (r.total()) {
                row.setAttribute("class", "total");
            }
            for (int i = 0; i < r.cells().size(); i++) {
                Cell c = r.cells().get(i);
                boolean header = i == 0 && t.rowHeaders();
                Element td = add(row, header ? "th" : "td");
                if (header) {
                    td.setAttribute("scope", "row");
                }
                if (c.isNumeric() || c.isGap() && numeric[i]) {
                    td.setAttribute("class", "num");
                }
                cell(td, c);
            }
        }
        for (String note : t.notes()) {
            text(addClass(parent, "p", "table-notes"), note);
        }
        footnotes(parent);
    }

    /**
     * Returns the column widths in percent for the fixed table layout: a text column gets
     * {@value #TEXT_WEIGHT} times the width of a number column, so names are not broken into
     * syllables while numbers have room.
     */
    static String[] widths(boolean[] numeric) {
        double total = 0;
        for (boolean n : numeric) {
            total += n ? 1 : TEXT_WEIGHT;
        }
        String[] widths = new String[numeric.length];
        for (int i = 0; i < numeric.length; i++) {
            widths[i] = String.format(java.util.Locale.ROOT, "%.1f", 100 * (numeric[i] ? 1 : TEXT_WEIGHT) / total);
        }
        return widths;
    }

    private void chart(Element parent, Chart c) {
        String id = "chart-" + (++charts);
        Element figure = addClass(parent, "div", "figure");
        text(addClass(figure, "p", "figure-title"), c.title());
        Element svg = svg(c, id);
        figure.appendChild(svg);
        text(addClass(figure, "p", "chart-desc"), c.description());
        if (options.chartData()) {
            table(parent, kit.chartData(c), true);
        } else {
            footnotes(parent);
        }
    }

    /** Parses the built-in SVG of the chart into this DOM, with the text alternative as {@code alt}. */
    private Element svg(Chart c, String id) {
        String source = kit.svg(c, id).replaceFirst("^<svg ", "<svg xmlns=\"" + SVG_NS + "\" ");
        org.w3c.dom.Document parsed;
        try {
            parsed = svgParser.parse(new InputSource(new StringReader(source)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the chart's SVG is not well-formed XML: " + e.getMessage(), e);
        }
        Element svg = (Element) dom.importNode(parsed.getDocumentElement(), true);
        svg.setAttribute("alt", FormatKit.clean(c.title() + ": " + c.description()));
        svg.setAttribute("font-family", Pdf.FONT);
        svg.setAttribute("font-size", "12");
        svg.removeAttribute("role");
        svg.removeAttribute("aria-labelledby");
        svg.removeAttribute("class");
        return svg;
    }

    private void cell(Element parent, Cell c) {
        if (c instanceof Cell.Noted n) {
            cell(parent, n.value());
            marker(parent, mark(n.note()));
        } else if (c instanceof Cell.Status s) {
            text(addClass(parent, "span", "badge " + tone(s.tone())), s.label());
        } else if (c instanceof Cell.Suppressed || c instanceof Cell.Undefined) {
            parent.appendChild(dom.createTextNode(FormatKit.clean(kit.format(c))));
            marker(parent, mark(kit.noteFor(c)));
        } else {
            parent.appendChild(dom.createTextNode(FormatKit.clean(kit.format(c))));
        }
    }

    private int mark(String note) {
        return pendingNotes.computeIfAbsent(note, k -> nextNote++);
    }

    private void marker(Element parent, int number) {
        text(addClass(parent, "span", "fn"), String.valueOf(number));
    }

    private void footnotes(Element parent) {
        if (pendingNotes.isEmpty()) {
            return;
        }
        Element div = addClass(parent, "div", "notes");
        text(addClass(div, "p", "notes-title"), kit.label("notes.title"));
        pendingNotes.forEach((text, number) -> text(addClass(div, "p", "note"), number + " " + text));
        pendingNotes.clear();
    }

    private static String tone(Tone tone) {
        return "tone-" + tone.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Element el(String name) {
        return dom.createElementNS(NS, name);
    }

    private Element add(Element parent, String name) {
        Element e = el(name);
        parent.appendChild(e);
        return e;
    }

    private Element addClass(Element parent, String name, String cls) {
        Element e = add(parent, name);
        e.setAttribute("class", cls);
        return e;
    }

    private void text(Element e, String text) {
        e.appendChild(dom.createTextNode(FormatKit.clean(text)));
    }
}
