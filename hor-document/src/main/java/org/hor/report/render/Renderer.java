package org.hor.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.hor.report.document.Document;

/**
 * Turns a document into one format. Implementations are found through
 * {@link java.util.ServiceLoader} (see {@link Renderers}) and must have a public no-argument
 * constructor. A renderer must be stateless and deterministic: the same document and options give
 * the same bytes, with no clock, no random ids and no hash-order iteration.
 */
public interface Renderer {

    /**
     * {@return the format name users ask for, unique among all renderers, in lower case, such as
     * {@code html}} The names {@code html}, {@code markdown} and {@code json} belong to the
     * built-in renderers.
     */
    String format();

    /** {@return the media type of the output, such as {@code text/html; charset=UTF-8}} */
    String mediaType();

    /**
     * Renders {@code document} to {@code out}. Does not close {@code out}.
     *
     * @param document the document, never null
     * @param options  the options, never null
     * @param out      where the bytes go, never null
     * @throws IOException if writing fails
     */
    void render(Document document, RenderOptions options, OutputStream out) throws IOException;

    /** {@return other names this format may be asked for, such as {@code md}; none by default} */
    default Set<String> aliases() {
        return Set.of();
    }

    /** {@return the usual file name extension without the dot; the format name by default} */
    default String fileExtension() {
        return format();
    }

    /**
     * Renders {@code document} into a byte array.
     *
     * @param document the document
     * @param options how to render it
     * @return the rendered bytes
     * @throws UncheckedIOException never in practice, as memory does not fail to be written
     */
    default byte[] renderToBytes(Document document, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(document, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
