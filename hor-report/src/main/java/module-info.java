/**
 * hor report: the document model, its renderers, and the site and programme report builders.
 *
 * <p>The document model ({@code org.hor.report.document}) and the renderers
 * ({@code org.hor.report.render}) know nothing of indicators; other tools build their own
 * documents and add formats by providing {@link org.hor.report.render.Renderer}.
 */
module org.hor.report {
    requires transitive org.hor.indicators;
    requires tools.jackson.core;

    exports org.hor.report.document;
    exports org.hor.report.render;
    exports org.hor.report.builder;
    // hor's own PDF and Word renderers share the built-in formatting, labels and charts
    exports org.hor.report.render.internal to org.hor.pdf, org.hor.docx;

    uses org.hor.report.render.Renderer;

    provides org.hor.report.render.Renderer with
            org.hor.report.render.internal.HtmlRenderer,
            org.hor.report.render.internal.MarkdownRenderer,
            org.hor.report.render.internal.JsonRenderer;
}
