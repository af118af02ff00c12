package org.hor.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hor.report.document.Block;
import org.hor.report.document.Document;
import org.hor.report.document.Section;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;
import org.hor.report.render.Renderers;
import org.hor.report.testing.SampleReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF of the sample's reports passes veraPDF's PDF/UA-1 and PDF/A-2a checks in both languages,
 * also with script and bidi payloads in every free text, and carries the structure a reader needs.
 * The files are kept under {@code target/pdf/} to look at.
 */
class PdfRendererTest {

    static final Path OUT = Path.of("target", "pdf");
    static Renderer pdf;

    @BeforeAll
    static void setUp() throws Exception {
        Files.createDirectories(OUT);
        pdf = Renderers.load().get("pdf");
    }

    static byte[] render(Document doc, String name) throws Exception {
        byte[] bytes = pdf.renderToBytes(doc, RenderOptions.defaults());
        Files.write(OUT.resolve(name + ".pdf"), bytes);
        return bytes;
    }

    static Document report(String type, String lang, boolean hostile) {
        Locale locale = Locale.forLanguageTag(lang);
        return type.equals("programme")
                ? SampleReports.programme(locale, hostile)
                : SampleReports.site(locale, hostile);
    }

    @ParameterizedTest(name = "{0} report, {1}, payloads {2}")
    @CsvSource({
        "programme,de,false",
        "programme,en,false",
        "site,de,false",
        "site,en,false",
        "programme,de,true",
        "site,en,true"
    })
    @DisplayName("veraPDF finds no failed rule of PDF/UA-1")
    void pdfUa(String type, String lang, boolean hostile) throws Exception {
        byte[] bytes = render(report(type, lang, hostile), type + "-" + lang + (hostile ? "-hostile" : ""));
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @ParameterizedTest(name = "{0} report, {1}, payloads {2}")
    @CsvSource({"programme,de,false", "site,en,true"})
    @DisplayName("veraPDF finds no failed rule of PDF/A-2a")
    void pdfA(String type, String lang, boolean hostile) throws Exception {
        byte[] bytes = render(report(type, lang, hostile), type + "-" + lang + (hostile ? "-hostile" : "") + "-a");
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    @DisplayName("the found renderer is this module's, for format pdf")
    void found() {
        assertThat(pdf).isInstanceOf(PdfRenderer.class);
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.fileExtension()).isEqualTo("pdf");
    }

    @Test
    @DisplayName("the same document gives the same bytes, dated the report's asOf, not today")
    void deterministic() throws Exception {
        Document doc = report("site", "de", false);
        byte[] first = pdf.renderToBytes(doc, RenderOptions.defaults());
        byte[] second = pdf.renderToBytes(doc, RenderOptions.defaults());
        assertThat(second).isEqualTo(first);
        try (PDDocument d = Loader.loadPDF(first)) {
            Calendar created = d.getDocumentInformation().getCreationDate();
            Calendar modified = d.getDocumentInformation().getModificationDate();
            // the sample's asOf is 2025-12-31
            assertThat(LocalDate.ofInstant(
                            created.toInstant(), TimeZone.getTimeZone("UTC").toZoneId()))
                    .isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(modified.toInstant()).isEqualTo(created.toInstant());
            String xmp = new String(
                    d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("<xmp:CreateDate>2025-12-31T00:00:00Z</xmp:CreateDate>")
                    .contains("<xmp:ModifyDate>2025-12-31T00:00:00Z</xmp:ModifyDate>");
        }
    }

    @Test
    @DisplayName(
            "A4 pages with page numbers, the title in the metadata and shown, the language set, every font embedded")
    void pageAndMetadata() throws Exception {
        Document doc = report("programme", "en", false);
        byte[] bytes = render(doc, "programme-en-meta");
        try (PDDocument d = Loader.loadPDF(bytes)) {
            int pages = d.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            for (PDPage page : d.getPages()) {
                assertThat(page.getMediaBox().getWidth())
                        .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight())
                        .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo(doc.title());
            assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en");
            String xmp = new String(
                    d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("<dc:title>")
                    .contains(doc.title())
                    .contains("<pdfuaid:part>1</pdfuaid:part>")
                    .contains("<pdfaid:part>2</pdfaid:part>")
                    .contains("<pdfaid:conformance>A</pdfaid:conformance>");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(d)).as("page %d", p).contains(p + " / " + pages);
            }
        }
    }

    @Test
    @DisplayName(
            "every section is a tagged heading and a bookmark; tables have TH with Scope; every chart is a Figure with Alt")
    void structure() throws Exception {
        Document doc = report("programme", "de", false);
        byte[] bytes = render(doc, "programme-de-structure");
        List<String> topHeadings = new ArrayList<>();
        int charts = 0;
        for (Block b : doc.body()) {
            if (b instanceof Section s) {
                topHeadings.add(s.heading());
                charts += countCharts(s);
            }
        }
        try (PDDocument d = Loader.loadPDF(bytes)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item :
                    d.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactlyElementsOf(topHeadings);
            List<PDStructureElement> all = new ArrayList<>();
            collect(d.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all).filteredOn(e -> "H2".equals(e.getStructureType())).hasSize(topHeadings.size());
            assertThat(all).filteredOn(e -> "H1".equals(e.getStructureType())).hasSize(1);
            List<PDStructureElement> th =
                    all.stream().filter(e -> "TH".equals(e.getStructureType())).toList();
            assertThat(th).isNotEmpty().allSatisfy(e -> assertThat(scope(e)).isIn("Column", "Row"));
            List<PDStructureElement> figures = all.stream()
                    .filter(e -> "Figure".equals(e.getStructureType()))
                    .toList();
            assertThat(figures)
                    .hasSize(charts)
                    .allSatisfy(f -> assertThat(f.getAlternateDescription()).isNotBlank());
        }
    }

    @Test
    @DisplayName("script and bidi payloads come out as text: nothing runs (no JavaScript, no actions), nothing is lost")
    void hostileText() throws Exception {
        byte[] bytes = render(report("site", "de", true), "site-de-hostile-text");
        try (PDDocument d = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains(SampleReports.XSS);
            // the text extractor applies the bidi algorithm, so the overridden run may come back reversed
            assertThat(text).containsAnyOf("exe.txt", "txt.exe").contains("iso");
            // drawn right to left, so the extractor's bidi pass gives the Hebrew word back in reading order
            assertThat(text).contains("\u05E9\u05DC\u05D5\u05DD").doesNotContain("\u05DD\u05D5\u05DC\u05E9");
            assertThat(d.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(d.getDocumentCatalog().getNames() == null
                            || d.getDocumentCatalog().getNames().getJavaScript() == null)
                    .isTrue();
            for (PDPage page : d.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
        }
    }

    private static int countCharts(Section s) {
        int n = 0;
        for (Block b : s.body()) {
            if (b instanceof org.hor.report.document.Chart) {
                n++;
            } else if (b instanceof Section child) {
                n += countCharts(child);
            }
        }
        return n;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    /** Returns the table scope of a TH element from its Table attribute object, or "" for none. */
    private static String scope(PDStructureElement e) {
        for (var revision = 0; revision < e.getAttributes().size(); revision++) {
            COSName scope =
                    e.getAttributes().getObject(revision).getCOSObject().getCOSName(COSName.getPDFName("Scope"));
            if (scope != null) {
                return scope.getName();
            }
        }
        return "";
    }
}
