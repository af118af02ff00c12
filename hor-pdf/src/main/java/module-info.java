/**
 * hor PDF: renders hor documents as tagged, accessible PDF (PDF/UA-1 and PDF/A-2a) with embedded
 * DejaVu fonts, A4 pages and page numbers. The renderer is found by {@link java.util.ServiceLoader}
 * under the format name {@code pdf}.
 */
module org.hor.pdf {
    requires static org.jspecify;
    requires org.hor.report.document;
    requires java.xml;
    requires java.desktop;
    requires java.logging;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.svg.support;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.xmpbox;
    requires net.sf.jasperreports.fonts;

    exports org.hor.pdf;

    provides org.hor.report.render.Renderer with
            org.hor.pdf.PdfRenderer;
}
