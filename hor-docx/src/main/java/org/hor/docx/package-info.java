/**
 * The Word renderer: {@link org.hor.docx.DocxRenderer}, format {@code docx}, found by
 * {@link java.util.ServiceLoader} when this module is on the class or module path.
 */
@NullMarked
package org.hor.docx;

import org.jspecify.annotations.NullMarked;
