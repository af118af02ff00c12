/**
 * The document model: a report as sections, paragraphs, key-figure tiles, tables with typed cells
 * and charts, each chart with a title and a text alternative.
 *
 * <p>The model knows nothing of indicators or datasets: it is plain immutable records over Java
 * types, so any tool can build a {@link org.hor.report.document.Document} with
 * {@link org.hor.report.document.Document#builder(String, java.util.Locale)} and render it with
 * the renderers of {@code org.hor.report.render}. Values are never pre-formatted strings: cells
 * carry exact {@link java.math.BigDecimal} values and their kind, and the renderers format them
 * for the document's locale.
 */
@NullMarked
package org.hor.report.document;

import org.jspecify.annotations.NullMarked;
