package org.hor.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hor.report.builder.ReportType;
import org.hor.report.builder.Reports;
import org.hor.report.document.Block;
import org.hor.report.document.Chart;
import org.hor.report.document.Document;
import org.hor.report.document.Section;
import org.hor.report.document.Table;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;
import org.hor.report.render.Renderers;
import org.hor.report.testing.SampleReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Word file of the sample's reports, read back: headings with Word's heading styles, tables
 * with repeating header rows, charts as pictures with alt text, the language, page numbers; and it
 * opens in LibreOffice (when installed) with every section heading. Files are kept under
 * {@code target/docx/} to look at.
 */
class DocxRendererTest {

    static final Path OUT = Path.of("target", "docx");
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static Renderer docx;

    @BeforeAll
    static void setUp() throws IOException {
        Files.createDirectories(OUT);
        docx = Renderers.load().get("docx");
    }

    static Document report(String type, String lang, boolean hostile) {
        Locale locale = Locale.forLanguageTag(lang);
        return type.equals("programme")
                ? SampleReports.programme(locale, hostile)
                : SampleReports.site(locale, hostile);
    }

    static byte[] render(Document doc, String name) throws IOException {
        byte[] bytes = docx.renderToBytes(doc, RenderOptions.defaults());
        Files.write(OUT.resolve(name + ".docx"), bytes);
        return bytes;
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    static org.w3c.dom.Document xml(byte[] part) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(part));
    }

    /** Returns the text of a paragraph or cell: its w:t runs joined. */
    static String text(Element e) {
        StringBuilder s = new StringBuilder();
        NodeList ts = e.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            s.append(ts.item(i).getTextContent());
        }
        return s.toString();
    }

    static String style(Element p) {
        NodeList ps = p.getElementsByTagNameNS(W, "pStyle");
        return ps.getLength() == 0 ? "" : ((Element) ps.item(0)).getAttributeNS(W, "val");
    }

    static void walk(List<Block> blocks, int depth, List<String> headings, List<Table> tables, List<Chart> charts) {
        for (Block b : blocks) {
            if (b instanceof Section s) {
                headings.add(depth + " " + s.heading());
                walk(s.body(), depth + 1, headings, tables, charts);
            } else if (b instanceof Table t) {
                tables.add(t);
            } else if (b instanceof Chart c) {
                charts.add(c);
            }
        }
    }

    @Test
    @DisplayName("the found renderer is this module's, for format docx and alias word")
    void found() {
        assertThat(docx).isInstanceOf(DocxRenderer.class);
        assertThat(Renderers.load().get("word")).isInstanceOf(DocxRenderer.class);
        assertThat(docx.fileExtension()).isEqualTo("docx");
    }

    @ParameterizedTest(name = "{0} report, {1}")
    @CsvSource({"programme,de", "site,en"})
    @DisplayName(
            "read back: heading styles in document order, table headers that repeat, every chart a picture with alt text, the language, page numbers")
    void readBack(String type, String lang) throws Exception {
        Document doc = report(type, lang, false);
        Map<String, byte[]> parts = unzip(render(doc, type + "-" + lang));
        org.w3c.dom.Document body = xml(parts.get("word/document.xml"));
        List<String> expectedHeadings = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        walk(doc.body(), 1, expectedHeadings, tables, charts);

        List<String> headings = new ArrayList<>();
        NodeList ps = body.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (style(p).startsWith("Heading")) {
                headings.add(style(p).substring("Heading".length()) + " " + text(p));
            }
        }
        assertThat(headings).containsExactlyElementsOf(expectedHeadings);
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
        assertThat(styles)
                .contains("<w:name w:val=\"heading 1\"/>")
                .contains("<w:outlineLvl w:val=\"0\"/>")
                .contains("<w:name w:val=\"heading 2\"/>")
                .contains("<w:outlineLvl w:val=\"1\"/>");

        // the document's tables, then each chart's data table, in document order; tiles are tables without a header row
        List<List<String>> headerRows = new ArrayList<>();
        NodeList trs = body.getElementsByTagNameNS(W, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            if (tr.getElementsByTagNameNS(W, "tblHeader").getLength() > 0) {
                List<String> cells = new ArrayList<>();
                NodeList tcs = tr.getElementsByTagNameNS(W, "tc");
                for (int c = 0; c < tcs.getLength(); c++) {
                    cells.add(text((Element) tcs.item(c)));
                }
                headerRows.add(cells);
            }
        }
        for (Table t : tables) {
            assertThat(headerRows).contains(t.columns());
        }
        assertThat(headerRows).hasSize(tables.size() + charts.size());

        NodeList pictures = body.getElementsByTagNameNS(
                "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "docPr");
        assertThat(pictures.getLength()).isEqualTo(charts.size()).isPositive();
        for (int i = 0; i < pictures.getLength(); i++) {
            Element pic = (Element) pictures.item(i);
            assertThat(pic.getAttribute("descr"))
                    .isEqualTo(charts.get(i).title() + ": " + charts.get(i).description());
            byte[] png = parts.get("word/media/chart" + (i + 1) + ".png");
            assertThat(png).isNotNull();
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }

        String langTag = lang.equals("en") ? "en-GB" : "de-DE";
        NodeList runs = body.getElementsByTagNameNS(W, "r");
        for (int i = 0; i < runs.getLength(); i++) {
            Element r = (Element) runs.item(i);
            if (r.getElementsByTagNameNS(W, "t").getLength() > 0) {
                NodeList l = r.getElementsByTagNameNS(W, "lang");
                assertThat(l.getLength()).as("run %d has a language", i).isEqualTo(1);
                assertThat(((Element) l.item(0)).getAttributeNS(W, "val")).isEqualTo(langTag);
            }
        }
        assertThat(new String(parts.get("word/footer1.xml"), StandardCharsets.UTF_8))
                .contains("w:instr=\" PAGE \"");
        assertThat(new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8))
                .contains("<dc:title>" + doc.title().replace("&", "&amp;") + "</dc:title>")
                .contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-12-31T00:00:00Z</dcterms:created>");
        assertThat(new String(parts.get("word/document.xml"), StandardCharsets.UTF_8))
                .contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>");
    }

    @Test
    @DisplayName("the same document gives the same bytes; every zip entry is dated the report's asOf")
    void deterministic() throws Exception {
        Document doc = report("site", "de", false);
        byte[] first = docx.renderToBytes(doc, RenderOptions.defaults());
        assertThat(docx.renderToBytes(doc, RenderOptions.defaults())).isEqualTo(first);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo("2025-12-31T00:00:00");
            }
        }
    }

    @Test
    @DisplayName(
            "script and bidi payloads stay text: well-formed XML, every payload whole, no field code or hyperlink from data")
    void hostileText() throws Exception {
        Document doc = report("site", "de", true);
        Map<String, byte[]> parts = unzip(render(doc, "site-de-hostile"));
        org.w3c.dom.Document body = xml(parts.get("word/document.xml"));
        String all = text(body.getDocumentElement());
        int count = 0;
        for (int i = all.indexOf(SampleReports.HOSTILE); i >= 0; i = all.indexOf(SampleReports.HOSTILE, i + 1)) {
            count++;
        }
        assertThat(count).isGreaterThan(5);
        assertThat(body.getElementsByTagNameNS(W, "instrText").getLength()).isZero();
        assertThat(body.getElementsByTagNameNS(W, "fldSimple").getLength()).isZero();
        assertThat(body.getElementsByTagNameNS(W, "hyperlink").getLength()).isZero();
        assertThat(xml(parts.get("docProps/core.xml")).getDocumentElement().getTextContent())
                .contains(SampleReports.HOSTILE);
    }

    @ParameterizedTest(name = "{0} report, {1}")
    @CsvSource({"programme,de", "programme,en", "site,de", "site,en"})
    @DisplayName("LibreOffice opens the file and makes a PDF with every section heading (skipped without soffice)")
    void libreOffice(String type, String lang) throws Exception {
        String soffice = Tools.find("soffice");
        assumeTrue(soffice != null, "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)");
        assumeTrue(Tools.find("pdftotext") != null, "pdftotext is not installed (apt-get install poppler-utils)");
        Locale locale = Locale.forLanguageTag(lang);
        String name = type + "-" + lang + "-lo";
        render(report(type, lang, false), name);
        Path dir = OUT.toAbsolutePath();
        Path profile = Files.createTempDirectory("hor-lo");
        Tools.run(
                dir,
                240,
                soffice,
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                dir.resolve(name + ".docx").toString());
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).exists();
        String text = Tools.run(dir, 60, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> headings =
                Reports.sectionHeadings(type.equals("programme") ? ReportType.PROGRAMME : ReportType.SITE, locale);
        assertThat(headings).isNotEmpty();
        String flat = text.replaceAll("\\s+", " ");
        for (String h : headings) {
            assertThat(flat).as("heading %s", h).contains(h.replaceAll("\\s+", " "));
        }
    }

    /** Finding and running system tools. */
    static final class Tools {
        static String find(String name) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
            return null;
        }

        static String run(Path dir, int seconds, String... command) throws Exception {
            Path log = Files.createTempFile("hor-tool", ".out");
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took longer than " + seconds + " s");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        }
    }
}
