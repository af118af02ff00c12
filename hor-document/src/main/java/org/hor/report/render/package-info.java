/**
 * Renderers turn a {@link org.hor.report.document.Document} into bytes of one format.
 *
 * <p>{@link org.hor.report.render.Renderer} is the extension point: the built-in formats
 * ({@code html}, {@code markdown}, {@code json}) are found through {@link java.util.ServiceLoader}
 * like any other, and another jar adds a format by declaring its implementation in
 * {@code META-INF/services/org.hor.report.render.Renderer} (and {@code provides} in its
 * {@code module-info}). {@link org.hor.report.render.Renderers} looks renderers up by format name.
 * Renderers never ask for anything beyond the document: the same document and options always give
 * the same bytes.
 *
 * <p>A renderer from another jar formats cells with {@link org.hor.report.render.CellFormat}, which
 * gives exactly the texts of the built-in renderers, and walks the blocks with a
 * {@link org.hor.report.document.BlockVisitor} instead of an {@code instanceof} chain.
 */
@NullMarked
package org.hor.report.render;

import org.jspecify.annotations.NullMarked;
