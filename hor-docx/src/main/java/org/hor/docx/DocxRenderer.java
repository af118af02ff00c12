package org.hor.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.hor.docx.internal.Docx;
import org.hor.report.document.Document;
import org.hor.report.render.RenderOptions;
import org.hor.report.render.Renderer;

/**
 * Renders a document as a Word file (DOCX): Word's built-in heading styles, so the navigation
 * pane shows the structure; tables whose header row repeats on every page and whose rows do not
 * split; charts as pictures with their text alternative; the document's language on every run;
 * A4 pages with page numbers in the footer. Written as plain OOXML without an office library; the
 * same document gives the same bytes (every zip entry dated the document's first date fact, a
 * report's {@code asOf}).
 *
 * <p>Found by {@link java.util.ServiceLoader} as format {@code docx} (also {@code word}).
 */
public final class DocxRenderer implements Renderer {

    /** Creates the renderer; used by {@link java.util.ServiceLoader}. */
    public DocxRenderer() {}

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public java.util.Set<String> aliases() {
        return java.util.Set.of("word");
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        Docx.write(document, options, out);
    }
}
