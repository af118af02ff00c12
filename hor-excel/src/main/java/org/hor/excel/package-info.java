/**
 * Excel workbooks in and out: {@link org.hor.excel.WorkbookImporter} (a workbook of the CSV
 * folder's tables, one sheet per table, to a checked dataset), {@link org.hor.excel.WorkbookExporter},
 * {@link org.hor.excel.WorkbookTemplate} (the entry template) and {@link org.hor.excel.ResultsWorkbook}
 * (an evaluation as a workbook). Everything is written through a temporary file and moved into place.
 */
@NullMarked
package org.hor.excel;

import org.jspecify.annotations.NullMarked;
