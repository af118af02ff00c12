/**
 * How a document becomes XHTML for the PDF engine, and the PDF's fixed metadata. Not API: do not
 * depend on this package; it is not exported.
 */
package org.hor.pdf.internal;
