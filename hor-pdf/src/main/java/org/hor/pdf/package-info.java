/**
 * The PDF renderer: {@link org.hor.pdf.PdfRenderer}, format {@code pdf}, found by
 * {@link java.util.ServiceLoader} when this module is on the class or module path.
 */
package org.hor.pdf;
