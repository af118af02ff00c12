package org.hor.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.hor.report.document.Cell;
import org.hor.report.document.Document;
import org.hor.report.document.Fact;
import org.hor.report.render.RenderOptions;

/**
 * Lays the XHTML out with openhtmltopdf and fixes what would otherwise change from run to run: the
 * creation and modification dates (the document's date, such as the dataset's {@code asOf}) and the
 * document ID (a digest of the page content).
 */
public final class Pdf {

    /** The font family of every text, embedded from the DejaVu jar. */
    public static final String FONT = "DejaVu Sans Condensed";

    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";
    private static final String CSS = load("org/hor/pdf/internal/report-pdf.css");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The date used when a document names none. */
    static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new QuietLog());
    }

    private Pdf() {}

    /** Renders the document as PDF/UA-1 and PDF/A-2a to {@code out}. */
    public static void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        org.w3c.dom.Document xhtml = Xhtml.build(document, options, CSS);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(SRGB);
        builder.withProducer("hor");
        builder.useUnicodeBidiSplitter(JdkBidi.FACTORY);
        builder.useUnicodeBidiReorderer(new JdkBidi());
        builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
        font(builder, "DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSansCondensed-BoldOblique.ttf", 700, FontStyle.ITALIC);
        BatikSVGDrawer svg =
                new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE);
        builder.useSVGDrawer(svg);
        builder.withW3cDocument(xhtml, "about:blank");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                fix(pdf, dateOf(document));
                pdf.save(bytes);
            }
        }
        bytes.writeTo(out);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(FONT_DIR + file), FONT, weight, style, true);
    }

    private static InputStream open(String resource) {
        InputStream in = Pdf.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    "font " + resource + " is missing: is jasperreports-fonts on the class path?");
        }
        return in;
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

    /** Sets both dates in the info dictionary and the XMP to {@code date} and the ID to a content digest. */
    static void fix(PDDocument pdf, LocalDate date) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        String stamp = date + "T00:00:00Z";
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            xmp = xmp.replaceAll(
                            "<xmp:CreateDate>[^<]*</xmp:CreateDate>",
                            "<xmp:CreateDate>" + stamp + "</xmp:CreateDate><xmp:ModifyDate>" + stamp
                                    + "</xmp:ModifyDate>")
                    .replaceAll("<xmp:ModifyDate>[^<]*</xmp:ModifyDate>(<xmp:ModifyDate>)", "$1");
            PDMetadata fixed = new PDMetadata(pdf);
            fixed.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            pdf.getDocumentCatalog().setMetadata(fixed);
        }
        byte[] id = digest(pdf);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    /** Returns a digest of the pages' content streams: the same content gives the same ID. */
    private static byte[] digest(PDDocument pdf) throws IOException {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (var page : pdf.getPages()) {
                try (InputStream in = page.getContents()) {
                    md5.update(in.readAllBytes());
                }
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String load(String resource) {
        try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
