package org.hor.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.hor.csv.Templates;
import org.hor.excel.internal.AtomicFile;
import org.hor.excel.internal.DatasetSheets;

/**
 * The entry template a house fills in: a first sheet of instructions ({@code Anleitung} or
 * {@code instructions}), then the sheets of {@link WorkbookExporter} holding the example of the CSV
 * template ({@link Templates#example()}), which imports without problems. Drop-down lists cover the
 * first 1 000 rows of every enum and boolean column. Deleting the example rows without entering
 * one's own gives an import that says the workbook holds no data.
 */
public final class WorkbookTemplate {

    private WorkbookTemplate() {}

    /**
     * Writes the template to a stream (not closed).
     *
     * @param locale the language of instructions and explanations (English for English locales, else German)
     * @param out    the stream
     * @throws IOException on an I/O error
     */
    public static void write(Locale locale, OutputStream out) throws IOException {
        new DatasetSheets(Objects.requireNonNull(locale, "locale")).write(Templates.example(), true, out);
    }

    /**
     * Writes the template to a new file; an existing file is never replaced.
     *
     * @param file   the file
     * @param locale the language
     * @throws java.nio.file.FileAlreadyExistsException if the file exists
     * @throws IOException                               on an I/O error
     */
    public static void write(Path file, Locale locale) throws IOException {
        write(file, locale, false);
    }

    /**
     * Writes the template to a file.
     *
     * @param file    the file
     * @param locale  the language
     * @param replace whether an existing file may be replaced
     * @throws java.nio.file.FileAlreadyExistsException if the file exists and {@code replace} is false
     * @throws IOException                               on an I/O error
     */
    public static void write(Path file, Locale locale, boolean replace) throws IOException {
        Objects.requireNonNull(locale, "locale");
        AtomicFile.write(file, replace, out -> write(locale, out));
    }
}
