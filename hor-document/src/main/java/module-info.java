/**
 * hor document: the document model and its renderers, usable on their own.
 *
 * <p>The document model ({@code org.hor.report.document}) holds sections, paragraphs, tables and
 * charts as immutable records; the renderers ({@code org.hor.report.render}) turn a document into
 * HTML, Markdown or JSON. Nothing here knows of indicators, datasets or the engine: other tools
 * build their own documents, and add formats by providing {@link org.hor.report.render.Renderer}.
 */
module org.hor.report.document {
    requires static transitive org.jspecify;
    requires tools.jackson.core;

    exports org.hor.report.document;
    exports org.hor.report.render;
    // the format modules share the HTML renderer's cell formatting, labels and charts (FormatKit); no API
    exports org.hor.report.render.internal to
            org.hor.pdf,
            org.hor.docx;

    uses org.hor.report.render.Renderer;

    provides org.hor.report.render.Renderer with
            org.hor.report.render.internal.HtmlRenderer,
            org.hor.report.render.internal.MarkdownRenderer,
            org.hor.report.render.internal.JsonRenderer;
}
