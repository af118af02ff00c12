/**
 * hor Word: renders hor documents as DOCX with Word's heading styles, repeating table headers,
 * charts as pictures with alt text, the language set and page numbers. The renderer is found by
 * {@link java.util.ServiceLoader} under the format name {@code docx}.
 */
module org.hor.docx {
    requires static org.jspecify;
    requires org.hor.report.document;
    requires java.desktop;
    requires batik.transcoder;
    requires net.sf.jasperreports.fonts;

    exports org.hor.docx;

    provides org.hor.report.render.Renderer with
            org.hor.docx.DocxRenderer;
}
