/**
 * The OOXML writer and the chart pictures of the Word renderer. Not API: do not depend on this
 * package; it is not exported.
 */
package org.hor.docx.internal;
