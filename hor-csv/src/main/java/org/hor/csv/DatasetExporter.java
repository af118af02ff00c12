package org.hor.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hor.core.model.Dataset;
import org.hor.csv.internal.FolderWriter;
import org.hor.csv.internal.Tables;

/**
 * Exports a dataset as a folder of CSV files that {@link DatasetImporter} reads back to an equal
 * dataset (see there for the layout). All twelve files are written, a file without records with its
 * header only; records keep their order; numbers keep their scale ({@code 1500.00} stays
 * {@code 1500.00}).
 *
 * <p>Safe to open in a spreadsheet program: a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or {@code '} gets a leading {@code '}, which the
 * importer removes again. Files are UTF-8 with CRLF line ends.
 *
 * <p>All or nothing: see {@link #exportTo(Dataset, Path)}. Instances are immutable and
 * thread-safe.
 */
public final class DatasetExporter {

    private final Dialect dialect;
    private final boolean byteOrderMark;
    private final boolean replaceExisting;

    private DatasetExporter(Builder b) {
        this.dialect = b.dialect;
        this.byteOrderMark = b.byteOrderMark != null ? b.byteOrderMark : b.dialect == Dialect.GERMAN;
        this.replaceExisting = b.replaceExisting;
    }

    /**
     * Returns the names of the files an export writes, {@code dataset.csv} first, then the record
     * files in the order of spec 01; these are also the files an import reads.
     *
     * @return the twelve file names, immutable
     */
    public static List<String> fileNames() {
        return Tables.fileNames();
    }

    /**
     * Returns a builder with the defaults: {@link Dialect#STANDARD}, a byte order mark exactly in
     * the German dialect (so that spreadsheet programs take the files as UTF-8).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link DatasetExporter}. */
    public static final class Builder {
        private Dialect dialect = Dialect.STANDARD;
        private Boolean byteOrderMark;
        private boolean replaceExisting = true;

        private Builder() {}

        /**
         * Sets the dialect; default {@link Dialect#STANDARD}.
         *
         * @param dialect {@link Dialect#STANDARD} or {@link Dialect#GERMAN}
         * @return this builder
         * @throws NullPointerException     if {@code dialect} is null
         * @throws IllegalArgumentException if {@code dialect} is {@link Dialect#AUTO}
         */
        public Builder dialect(Dialect dialect) {
            Objects.requireNonNull(dialect, "dialect");
            if (dialect == Dialect.AUTO) {
                throw new IllegalArgumentException("an export needs a dialect, standard or german, not AUTO");
            }
            this.dialect = dialect;
            return this;
        }

        /**
         * Sets whether each file starts with the UTF-8 byte order mark; default: exactly in the
         * German dialect.
         *
         * @param byteOrderMark whether to write the mark
         * @return this builder
         */
        public Builder byteOrderMark(boolean byteOrderMark) {
            this.byteOrderMark = byteOrderMark;
            return this;
        }

        /**
         * Sets whether an export into an existing folder may replace files of the same name; default
         * {@code true}. When {@code false} and one of {@link #fileNames()} exists in the folder,
         * {@link DatasetExporter#exportTo} writes nothing and throws
         * {@link java.nio.file.FileAlreadyExistsException}.
         *
         * @param replaceExisting whether existing files are replaced
         * @return this builder
         */
        public Builder replaceExisting(boolean replaceExisting) {
            this.replaceExisting = replaceExisting;
            return this;
        }

        /**
         * Builds the exporter.
         *
         * @return the exporter
         */
        public DatasetExporter build() {
            return new DatasetExporter(this);
        }
    }

    /**
     * Writes the dataset's CSV files into {@code dir}, all or none: they are first written into a
     * new temporary folder; then a missing {@code dir} is that folder renamed (one atomic step), and
     * into an existing {@code dir} each file is moved by an atomic rename, replacing a file of the
     * same name (other files in it stay). When a move fails, the files moved so far are taken out
     * again and the replaced ones put back, so {@code dir} is as it was; the exception names the file
     * of {@code dir} that could not be written. On failure the temporary folder is removed. Folders
     * and files are created with the ordinary permissions (the umask applies). The dataset is
     * written as it is, not checked; missing parent folders are created.
     *
     * @param dataset the dataset
     * @param dir     the folder
     * @throws java.nio.file.NotDirectoryException      if {@code dir} exists and is no folder
     * @throws java.nio.file.FileAlreadyExistsException if files may not be replaced and one exists
     *                                                  (see {@link Builder#replaceExisting})
     * @throws java.nio.file.FileSystemException        naming the file in {@code dir} that could not
     *                                                  be written (a folder in its way, a failed move)
     * @throws IOException                              on another I/O error
     */
    public void exportTo(Dataset dataset, Path dir) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dir, "dir");
        FolderWriter.write(
                FolderWriter.render(dataset, dialect, byteOrderMark), dir, replaceExisting, FolderWriter::move);
    }
}
