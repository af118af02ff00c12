/**
 * Implementation of reading and writing: the record schemas, the two ways of reading a document
 * ({@link org.hor.core.io.internal.RecordParser} and {@link org.hor.core.io.internal.ColumnarParser}
 * on their shared {@link org.hor.core.io.internal.DatasetParser}), the canonical writer. Not
 * exported: do not depend on it.
 */
package org.hor.core.io.internal;
