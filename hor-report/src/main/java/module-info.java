/** hor report: the document model, its renderers, and the site and programme report builders. */
module org.hor.report {
    requires transitive org.hor.indicators;
    requires tools.jackson.core;
}
