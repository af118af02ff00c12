/**
 * Implementation of reading and writing: the record schemas, the streaming parser and the canonical
 * writer. Not exported: do not depend on it.
 */
package org.hor.core.io.internal;
