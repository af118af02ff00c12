package org.hor.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.hor.pdf.internal.Pdf;
import org.hor.report.document.Document;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;

/**
 * Renders a document as a tagged, accessible PDF: PDF/UA-1 and PDF/A-2a, A4 pages with page
 * numbers, headings as tagged headings and bookmarks, tables with header cells, every chart a
 * Figure with its text alternative, the document's language and title in the metadata, the
 * DejaVu Sans Condensed fonts embedded. The same document gives the same bytes: the creation and
 * modification dates are the document's first date fact (a report's {@code asOf}; 2000-01-01 when
 * there is none) and the document ID is a digest of the content.
 *
 * <p>Found by {@link java.util.ServiceLoader} as format {@code pdf}.
 */
public final class PdfRenderer implements Renderer {

    /** Creates the renderer; used by {@link java.util.ServiceLoader}. */
    public PdfRenderer() {}

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        Pdf.render(document, options, out);
    }
}
