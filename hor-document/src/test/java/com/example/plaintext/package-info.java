/**
 * A renderer from "another jar": a test-only plugin that writes a document as plain text with the
 * renderer kit ({@code BlockVisitor}, {@code CellFormat}) in about 30 lines.
 */
package com.example.plaintext;
