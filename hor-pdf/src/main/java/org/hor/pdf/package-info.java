/**
 * The PDF renderer: {@link org.hor.pdf.PdfRenderer}, format {@code pdf}, found by
 * {@link java.util.ServiceLoader} when this module is on the class or module path.
 */
@NullMarked
package org.hor.pdf;

import org.jspecify.annotations.NullMarked;
