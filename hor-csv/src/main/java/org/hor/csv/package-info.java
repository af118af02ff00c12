/**
 * Spreadsheet import and export of datasets: a folder with one CSV file per record type
 * ({@code sites.csv}, {@code deliveries.csv}, …) plus {@code dataset.csv}.
 *
 * <p>{@link org.hor.csv.DatasetImporter} reads such a folder into a validated
 * {@link org.hor.core.model.Dataset} or gives every problem at once, each located by file, line
 * and column ({@link org.hor.csv.CsvViolation}); {@link org.hor.csv.DatasetExporter} writes a
 * dataset as such a folder, all files or none; {@link org.hor.csv.Templates} writes a folder with
 * headers and example rows. Two dialects are understood ({@link org.hor.csv.Dialect}) and two
 * encodings ({@link org.hor.csv.Encoding}).
 */
@NullMarked
package org.hor.csv;

import org.jspecify.annotations.NullMarked;
