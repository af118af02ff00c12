/** A renderer from "another jar": a test-only plugin that writes a document's headings as plain text. */
package com.example.plaintext;
