/**
 * hor report: the site and programme report builders.
 *
 * <p>The builders ({@code org.hor.report.builder}) make a document of the model in
 * {@code org.hor.report.document} from an evaluation and its findings; the renderers of the
 * module {@code org.hor.report.document} (and of any format module on the path) write it.
 */
module org.hor.report {
    requires static org.jspecify;
    requires transitive org.hor.indicators;
    requires transitive org.hor.report.document;

    exports org.hor.report.builder;
}
