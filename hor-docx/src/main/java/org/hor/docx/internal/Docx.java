package org.hor.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

/**
 * Writes a document as a Word file in plain OOXML (WordprocessingML, transitional): built-in
 * heading styles (so Word's navigation pane shows the structure), tables whose header row repeats
 * on every page, charts as PNG pictures with their text alternative, the language on every run,
 * A4 pages with page numbers in the footer. Deterministic: parts in a fixed order, every zip entry
 * dated the document's date, ids counted from 1.
 */
public final class Docx {

    /** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 2 * 1134;
    /** Tables with more columns than this are set in a smaller type. */
    static final int WIDE_COLUMNS = 7;
    /** The charts' width on the page in EMU (16 cm). */
    static final long CHART_WIDTH_EMU = 16L * 360_000L;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    private final Document doc;
    private final RenderOptions options;
    private final FormatKit kit;
    private final String lang;
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final Map<String, Integer> pendingNotes = new LinkedHashMap<>();
    private final List<byte[]> images = new ArrayList<>();
    private int nextNote = 1;
    private int drawings;

    private Docx(Document doc, RenderOptions options) {
        this.doc = doc;
        this.options = options;
        this.kit = FormatKit.of(doc.locale());
        this.lang = "en".equals(doc.locale().getLanguage()) ? "en-GB" : "de-DE";
    }

    /** Writes {@code doc} as a DOCX zip to {@code out}. */
    public static void write(Document doc, RenderOptions options, OutputStream out) throws IOException {
        new Docx(doc, options).zip(out);
    }

    private void zip(OutputStream out) throws IOException {
        content();
        LocalDateTime time = dateOf(doc).atStartOfDay();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, time, "[Content_Types].xml", contentTypes());
        entry(
                zip,
                time,
                "_rels/.rels",
                XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
                        + "</Relationships>");
        entry(zip, time, "docProps/core.xml", core());
        entry(
                zip,
                time,
                "docProps/app.xml",
                XML + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                        + "<Application>hor</Application></Properties>");
        entry(zip, time, "word/document.xml", document());
        entry(zip, time, "word/_rels/document.xml.rels", documentRels());
        entry(zip, time, "word/styles.xml", Styles.xml(lang));
        entry(
                zip,
                time,
                "word/settings.xml",
                XML + "<w:settings xmlns:w=\"" + W + "\">"
                        + "<w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                        + "<w:themeFontLang w:val=\"" + lang
                        + "\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                        + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>");
        entry(zip, time, "word/numbering.xml", numbering());
        entry(zip, time, "word/footer1.xml", footer());
        for (int i = 0; i < images.size(); i++) {
            entry(zip, time, "word/media/chart" + (i + 1) + ".png", images.get(i));
        }
        zip.finish();
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static void entry(ZipOutputStream zip, LocalDateTime time, String name, String text) throws IOException {
        entry(zip, time, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, LocalDateTime time, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private String contentTypes() {
        return XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>";
    }

    private String core() {
        String date = dateOf(doc) + "T00:00:00Z";
        return XML
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + esc(doc.title()) + "</dc:title>"
                + (doc.subtitle().isEmpty() ? "" : "<dc:subject>" + esc(doc.subtitle()) + "</dc:subject>")
                + "<dc:language>" + lang + "</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private String documentRels() {
        StringBuilder s = new StringBuilder(XML)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
                .append(
                        "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                .append(
                        "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>")
                .append(
                        "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>")
                .append(
                        "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>");
        for (int i = 1; i <= images.size(); i++) {
            s.append("<Relationship Id=\"rIdImg")
                    .append(i)
                    .append(
                            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart")
                    .append(i)
                    .append(".png\"/>");
        }
        return s.append("</Relationships>").toString();
    }

    private String numbering() {
        return XML + "<w:numbering xmlns:w=\"" + W
                + "\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    }

    private String footer() {
        return XML + "<w:ftr xmlns:w=\"" + W
                + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t xml:space=\"preserve\"> / </w:t></w:r>"
                + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";
    }

    private String document() {
        return XML + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"
                + body
                + "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>";
    }

    // ---- content ------------------------------------------------------------------------------

    private void content() throws IOException {
        paragraph("Title", run(doc.title(), false));
        if (!doc.subtitle().isEmpty()) {
            paragraph("Subtitle", run(doc.subtitle(), false));
        }
        if (!doc.facts().isEmpty()) {
            facts(doc.facts());
            footnotes();
        }
        int top = 0;
        for (Block b : doc.body()) {
            if (b instanceof Section s) {
                top++;
                section(s, 1, top > 1 && options.pageBreaks());
            } else {
                block(b);
            }
        }
    }

    private void section(Section s, int depth, boolean pageBreak) throws IOException {
        int level = Math.min(6, depth);
        body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading")
                .append(level)
                .append("\"/>")
                .append(pageBreak ? "<w:pageBreakBefore/>" : "")
                .append("</w:pPr>")
                .append(run(s.heading(), false))
                .append("</w:p>");
        for (Block b : s.body()) {
            if (b instanceof Section child) {
                section(child, depth + 1, false);
            } else {
                block(b);
            }
        }
    }

    private void block(Block b) throws IOException {
        if (b instanceof Paragraph p) {
            paragraph(null, inline(p));
            footnotes();
        } else if (b instanceof BulletList l) {
            for (Paragraph item : l.items()) {
                body.append(
                                "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
                        .append(inline(item))
                        .append("</w:p>");
            }
            footnotes();
        } else if (b instanceof FactList f) {
            facts(f.facts());
            footnotes();
        } else if (b instanceof TileGroup t) {
            tiles(t);
            footnotes();
        } else if (b instanceof Table t) {
            table(t, false);
        } else if (b instanceof Chart c) {
            chart(c);
        } else {
            throw new IllegalStateException("unknown block type " + b.getClass().getName());
        }
    }

    private void paragraph(String style, String runs) {
        body.append("<w:p>");
        if (style != null) {
            body.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        body.append(runs).append("</w:p>");
    }

    private String inline(Paragraph p) {
        StringBuilder s = new StringBuilder();
        for (Inline i : p.content()) {
            if (i instanceof Inline.Text t) {
                s.append(run(t.text(), false));
            } else if (i instanceof Inline.Strong st) {
                s.append(run(st.text(), true));
            } else if (i instanceof Inline.Value v) {
                s.append(cell(v.cell(), false));
            }
        }
        return s.toString();
    }

    private void facts(List<Fact> facts) {
        for (Fact f : facts) {
            paragraph("Fact", run(f.label() + ": ", true) + cell(f.value(), false));
        }
    }

    private void tiles(TileGroup group) {
        // key figures as a two-column table with row headers: label, value and change read together
        StringBuilder t = new StringBuilder();
        tableStart(t, "", 3, false);
        int[] widths = {
            TEXT_WIDTH * 40 / 100, TEXT_WIDTH * 22 / 100, TEXT_WIDTH - TEXT_WIDTH * 40 / 100 - TEXT_WIDTH * 22 / 100
        };
        grid(t, widths);
        for (Tile tile : group.tiles()) {
            t.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            tc(t, widths[0], false, run(tile.label(), false));
            tc(t, widths[1], true, cell(tile.value(), true));
            StringBuilder change = new StringBuilder();
            for (Change c : tile.changes()) {
                if (change.length() > 0) {
                    change.append("<w:r><w:br/></w:r>");
                }
                change.append(
                        c.amount().isNumeric()
                                ? run(kit.signed(c.amount()), false, tone(c.tone()))
                                : cell(c.amount(), false));
                if (!c.label().isEmpty()) {
                    change.append(run(" " + c.label(), false));
                }
            }
            if (!tile.note().isEmpty()) {
                if (change.length() > 0) {
                    change.append("<w:r><w:br/></w:r>");
                }
                change.append(run(tile.note(), false));
            }
            tc(t, widths[2], false, change.toString());
            t.append("</w:tr>");
        }
        t.append("</w:tbl>");
        body.append(t);
        paragraph(null, "");
    }

    private void table(Table table, boolean chartData) {
        int n = table.columns().size();
        boolean wide = n > WIDE_COLUMNS || chartData;
        paragraph("Caption", run(table.caption(), false));
        StringBuilder t = new StringBuilder();
        tableStart(t, table.caption(), n, true);
        int[] widths = new int[n];
        int first = n == 1
                ? TEXT_WIDTH
                : Math.max(TEXT_WIDTH / n, Math.min(TEXT_WIDTH * 30 / 100, TEXT_WIDTH * 2 / (n + 1)));
        widths[0] = first;
        for (int i = 1; i < n; i++) {
            widths[i] = (TEXT_WIDTH - first) / (n - 1);
        }
        grid(t, widths);
        boolean[] numeric = kit.numericColumns(table);
        t.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (int i = 0; i < n; i++) {
            tcStyled(
                    t,
                    widths[i],
                    numeric[i],
                    wide ? "TableHeaderSmall" : "TableHeader",
                    run(table.columns().get(i), false),
                    true);
        }
        t.append("</w:tr>");
        for (Row r : table.rows()) {
            t.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int i = 0; i < n; i++) {
                Cell c = r.cells().get(i);
                boolean right = c.isNumeric() || c.isGap() && numeric[i];
                boolean bold = r.total() || i == 0 && table.rowHeaders();
                tcStyled(t, widths[i], right, wide ? "TableTextSmall" : "TableText", cell(c, bold), false);
            }
            t.append("</w:tr>");
        }
        t.append("</w:tbl>");
        body.append(t);
        for (String note : table.notes()) {
            paragraph("Note", run(note, false));
        }
        if (table.notes().isEmpty() && pendingNotes.isEmpty()) {
            paragraph(null, "");
        }
        footnotes();
    }

    private void tableStart(StringBuilder t, String caption, int columns, boolean borders) {
        t.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"")
                .append(borders ? "HorTable" : "HorPlain")
                .append("\"/>")
                .append("<w:tblW w:w=\"")
                .append(TEXT_WIDTH)
                .append("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
                .append(
                        "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>");
        if (!caption.isEmpty()) {
            t.append("<w:tblCaption w:val=\"").append(esc(caption)).append("\"/>");
        }
        t.append("</w:tblPr>");
    }

    private static void grid(StringBuilder t, int[] widths) {
        t.append("<w:tblGrid>");
        for (int w : widths) {
            t.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        t.append("</w:tblGrid>");
    }

    private static void tc(StringBuilder t, int width, boolean right, String runs) {
        tcStyled(t, width, right, "TableText", runs, false);
    }

    private static void tcStyled(StringBuilder t, int width, boolean right, String style, String runs, boolean header) {
        t.append("<w:tc><w:tcPr><w:tcW w:w=\"")
                .append(width)
                .append("\" w:type=\"dxa\"/>")
                .append(header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EDF2F7\"/>" : "")
                .append("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"")
                .append(style)
                .append("\"/>")
                .append(right ? "<w:jc w:val=\"right\"/>" : "")
                .append("</w:pPr>")
                .append(runs)
                .append("</w:p></w:tc>");
    }

    private void chart(Chart c) throws IOException {
        Png.Picture picture = Png.render(kit.svg(c, "chart-" + (drawings + 1)));
        images.add(picture.png());
        int id = ++drawings;
        long cx = CHART_WIDTH_EMU;
        long cy = Math.round((double) CHART_WIDTH_EMU * picture.height() / picture.width());
        String alt = esc(c.title() + ": " + c.description());
        paragraph("Caption", run(c.title(), false));
        body.append(
                        "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
                .append("<wp:extent cx=\"")
                .append(cx)
                .append("\" cy=\"")
                .append(cy)
                .append("\"/>")
                .append("<wp:docPr id=\"")
                .append(id)
                .append("\" name=\"Chart ")
                .append(id)
                .append("\" descr=\"")
                .append(alt)
                .append("\" title=\"")
                .append(esc(c.title()))
                .append("\"/>")
                .append("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .append(
                        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>")
                .append("<pic:nvPicPr><pic:cNvPr id=\"")
                .append(id)
                .append("\" name=\"chart")
                .append(id)
                .append(".png\" descr=\"")
                .append(alt)
                .append("\"/><pic:cNvPicPr/></pic:nvPicPr>")
                .append("<pic:blipFill><a:blip r:embed=\"rIdImg")
                .append(id)
                .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
                .append(cx)
                .append("\" cy=\"")
                .append(cy)
                .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
                .append("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        paragraph("Note", run(c.description(), false));
        if (options.chartData()) {
            table(kit.chartData(c), true);
        } else {
            footnotes();
        }
    }

    private String cell(Cell c, boolean bold) {
        if (c instanceof Cell.Noted n) {
            return cell(n.value(), bold) + marker(mark(n.note()));
        } else if (c instanceof Cell.Status s) {
            return run(s.label(), bold, tone(s.tone()));
        } else if (c instanceof Cell.Suppressed || c instanceof Cell.Undefined) {
            return run(kit.format(c), bold) + marker(mark(kit.noteFor(c)));
        }
        return run(kit.format(c), bold);
    }

    private int mark(String note) {
        return pendingNotes.computeIfAbsent(note, k -> nextNote++);
    }

    private String marker(int number) {
        return "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/><w:lang w:val=\"" + lang + "\"/></w:rPr><w:t>" + number
                + "</w:t></w:r>";
    }

    private void footnotes() {
        if (pendingNotes.isEmpty()) {
            return;
        }
        paragraph("Note", run(kit.label("notes.title"), true));
        pendingNotes.forEach((text, number) -> paragraph("Note", run(number + " " + text, false)));
        pendingNotes.clear();
        paragraph(null, "");
    }

    private static String tone(Tone tone) {
        return switch (tone) {
            case POSITIVE -> "1E5631";
            case NEGATIVE -> "8A1C1C";
            case WARNING -> "7A4A00";
            case INFO -> "1F4E79";
            case NEUTRAL -> null;
        };
    }

    private String run(String text, boolean bold) {
        return run(text, bold, null);
    }

    /** Returns one run of text with the document's language; data text is escaped, line breaks kept. */
    private String run(String text, boolean bold, String colour) {
        StringBuilder s = new StringBuilder("<w:r><w:rPr>");
        if (bold) {
            s.append("<w:b/>");
        }
        if (colour != null) {
            s.append("<w:color w:val=\"").append(colour).append("\"/>");
        }
        s.append("<w:lang w:val=\"").append(lang).append("\"/></w:rPr>");
        String[] lines = FormatKit.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                s.append("<w:br/>");
            }
            s.append("<w:t xml:space=\"preserve\">").append(esc(lines[i])).append("</w:t>");
        }
        return s.append("</w:r>").toString();
    }

    /** Returns {@code text} cleaned and escaped for XML text and double-quoted attributes. */
    static String esc(String text) {
        String clean = FormatKit.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\r' -> out.append("&#13;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Returns the document's date: the first date among its facts (a report's {@code asOf}). */
    static LocalDate dateOf(Document document) {
        for (Fact f : document.facts()) {
            if (f.value().plain() instanceof Cell.Date d) {
                return d.date();
            }
        }
        return NO_DATE;
    }
}
