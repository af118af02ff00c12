package org.hor.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.hor.core.model.Dataset;
import org.hor.excel.internal.AtomicFile;
import org.hor.excel.internal.DatasetSheets;

/**
 * Writes a dataset as a workbook of the shape {@link WorkbookImporter} reads: a sheet
 * {@code dataset}, then one sheet per record type in the order of spec 01, each with a styled,
 * frozen header whose cells explain their column in a comment, drop-down lists for enum and boolean
 * columns, dates as Excel dates and numbers as numbers formatted with their own decimals (so that
 * export then import gives an equal dataset); text cells that would start a formula get a leading
 * {@code '} as in the CSV export. Immutable and thread-safe.
 */
public final class WorkbookExporter {

    private final Locale locale;

    /**
     * Creates an exporter whose column explanations are in {@code locale} (English for English
     * locales, else German).
     *
     * @param locale the locale
     * @throws NullPointerException if {@code locale} is null
     */
    public WorkbookExporter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Writes the workbook to a stream (not closed).
     *
     * @param dataset the dataset, written as it is
     * @param out     the stream
     * @throws IOException on an I/O error
     */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        new DatasetSheets(locale).write(Objects.requireNonNull(dataset, "dataset"), false, out);
    }

    /**
     * Writes the workbook to {@code file} through a temporary file moved into place (replacing an
     * existing file only when everything was written).
     *
     * @param dataset the dataset
     * @param file    the file
     * @throws IOException on an I/O error
     */
    public void exportTo(Dataset dataset, Path file) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        AtomicFile.write(file, true, out -> write(dataset, out));
    }
}
